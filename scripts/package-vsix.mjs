// npm run package → cellspec-<version>.vsix.
// The repository's package.json also publishes the CLI to npm, and its `files` list (the npm
// allowlist) makes vsce refuse the .vscodeignore. So the extension is staged in .cache/vsix with
// the same manifest minus the npm-only fields, and vsce packages that folder: everything the
// extension runs is bundled in dist/, hence --no-dependencies.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = path.join(root, '.cache/vsix');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
const staged = [
  '.vscodeignore',
  'dist/extension.js',
  'dist/server.js',
  // VS Code for the Web (package.json `browser`): the extension's web entry and the server's web worker.
  'dist/web/extension.js',
  'dist/web/server.js',
  'syntaxes/cellspec.tmLanguage.json',
  'language-configuration.json',
  'snippets/cellspec.json',
  'schemas/cellspec.schema.json',
  'images/icon.png',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
];
for (const file of staged) {
  const from = path.join(root, file);
  if (!existsSync(from)) {
    console.error(`package: ${file} is missing`);
    if (file === 'README.md') continue; // vsce says what it needs instead
    process.exit(1);
  }
  mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
  copyFileSync(from, path.join(stage, file));
}
// The README links to files of the source tree (docs/, examples/). vsce turns relative links
// into links under the repository's URL; while the manifest names no repository there is
// nothing to point them at, so the packaged README names those paths as plain text instead.
if (!manifest.repository && existsSync(path.join(stage, 'README.md'))) {
  // vsce accepts only https images; until a repository URL exists, a screenshot becomes a
  // pointer to the file in the source tree.
  const readme = readFileSync(path.join(stage, 'README.md'), 'utf8').replace(
    /!\[([^\]]*)\]\((?![a-z][a-z0-9+.-]*:)([^)\s]+)\)/gi,
    (_image, alt, target) => `*${alt} (screenshot: \`${target}\` in the source tree)*`,
  );
  const relativeLink = /(?<!!)\[([^\]]+)\]\((?![a-z][a-z0-9+.-]*:|#)([^)\s]+)\)/gi;
  writeFileSync(
    path.join(stage, 'README.md'),
    readme.replace(relativeLink, (_link, text, target) => (text.replace(/`/g, '') === target ? `\`${target}\`` : `${text} (\`${target}\`)`)),
  );
}
// Examples help a first-time user; they are small and ship beside the README, and so does the
// language reference with the other documents the README names (docs/*.md, text only).
cpSync(path.join(root, 'examples'), path.join(stage, 'examples'), { recursive: true });
// The walkthrough's step pages and the starter design its first step opens (package.json `walkthroughs`).
cpSync(path.join(root, 'walkthrough'), path.join(stage, 'walkthrough'), { recursive: true });
mkdirSync(path.join(stage, 'docs'), { recursive: true });
for (const doc of readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md'))) {
  copyFileSync(path.join(root, 'docs', doc), path.join(stage, 'docs', doc));
}

const { files: _npmFiles, bin: _bin, scripts: _scripts, devDependencies: _devDependencies, ...extensionManifest } = manifest;
writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(extensionManifest, null, 2)}\n`);

const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: stage, stdio: 'inherit' });
console.log(`package: wrote ${path.relative(root, vsix)}`);
