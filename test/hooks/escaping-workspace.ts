/**
 * A workspace beside a folder outside it, with real links on disk: a file link and a folder link
 * pointing out, one link pointing inside (allowed). The CLI's and the server's safety tests both
 * check that nothing outside is ever read; `main.cell` imports every one of those paths.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Fails loudly (FORBIDDEN on stderr) on any network, child process, worker, vm or eval use. */
export const FORBID_HOOK = path.join(__dirname, 'forbid-network-and-processes.cjs');

const SECRET = `material SecretCatholyte {
  formula    Li6PS5Cl
  role       electrolyte
  ionic      2 mS/cm
}
`;

export interface EscapingWorkspace {
  readonly workspace: string;
  readonly outside: string;
  readonly main: string;
  remove(): void;
}

/** `extraImports` are added after the relative ones (e.g. an absolute path to the outside file). */
export function makeEscapingWorkspace(prefix: string, extraImports: (outside: string) => string[] = () => []): EscapingWorkspace {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  const workspace = path.join(base, 'workspace');
  const outside = path.join(base, 'outside');
  mkdirSync(workspace);
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.cell'), SECRET);
  writeFileSync(path.join(workspace, 'lib.cell'), SECRET.replace('SecretCatholyte', 'OwnCatholyte'));
  symlinkSync(path.join(outside, 'secret.cell'), path.join(workspace, 'file-link.cell'));
  symlinkSync(outside, path.join(workspace, 'folder-link'));
  symlinkSync(path.join(workspace, 'lib.cell'), path.join(workspace, 'inside-link.cell'));
  const main = [
    'import "file-link.cell"',
    'import "folder-link/secret.cell"',
    'import "../outside/secret.cell"',
    ...extraImports(outside),
    'import "inside-link.cell"',
    '',
    'composite Mix {',
    '  NCM811           70 wt%  coated LiNbO3',
    '  SecretCatholyte  27 wt%',
    '  OwnCatholyte      3 wt%',
    '}',
    '',
  ].join('\n');
  writeFileSync(path.join(workspace, 'main.cell'), main);
  return { workspace, outside, main, remove: () => rmSync(base, { recursive: true, force: true }) };
}
