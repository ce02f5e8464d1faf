/**
 * The `cellspec` command: a second thin front over the core (the language server is the first).
 * Every failure the user can cause ends as one line on stderr and exit code 2.
 */
import { runCheck } from './check';
import { runFormula } from './formula';
import { runLsp } from './lsp';
import { writeError } from './output';
import { runReport } from './report';
import { TOOL } from './tool';
import { USAGE, UsageError } from './usage';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest);
    case 'report':
      return runReport(rest);
    case 'formula':
      return runFormula(rest);
    case 'lsp':
      return runLsp(rest);
    case '--version':
    case '-v':
      process.stdout.write(`${TOOL.version}\n`);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command \`${command}\` (expected check, report, formula or lsp; see cellspec --help)`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // `lsp` keeps running; every other command ends here.
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    writeError(message);
    process.exitCode = 2;
  },
);
