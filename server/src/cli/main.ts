/**
 * The `cellspec` command: a second thin front over the core (the language server is the first).
 * Every failure the user can cause ends as one line on stderr and exit code 2.
 */
import path from 'node:path';
import { runCheck } from './check';
import { runCompare } from './compare';
import { tuneCompilerForOneOffRun } from './compiler';
import { runFormula } from './formula';
import { writeError } from './output';
import { runReport } from './report';
import { TOOL } from './tool';
import { isUsageError, USAGE, UsageError } from './usage';

/**
 * The language server is a bundle of its own (dist/cli-lsp.js, built from ./lsp.ts), loaded only
 * by `cellspec lsp`: check, report and formula never load vscode-languageserver. The path is
 * computed so that esbuild leaves the require to run time.
 */
function loadLsp(): typeof import('./lsp') {
  const bundle = path.join(__dirname, 'cli-lsp.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(bundle) as typeof import('./lsp');
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'lsp') tuneCompilerForOneOffRun();
  switch (command) {
    case 'check':
      return runCheck(rest);
    case 'report':
      return runReport(rest);
    case 'formula':
      return runFormula(rest);
    case 'compare':
      return runCompare(rest);
    case 'lsp':
      return loadLsp().runLsp(rest);
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
      throw new UsageError(`unknown command \`${command}\` (expected check, report, compare, formula or lsp; see cellspec --help)`);
  }
}

// A reader that stops early (`cellspec formula --stdin < big | head`) closes the pipe: the output
// is no longer wanted, so the command ends quietly, as Unix tools do, instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    // `lsp` keeps running; every other command ends here.
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    const message = isUsageError(error) ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    writeError(message);
    process.exitCode = 2;
  },
);
