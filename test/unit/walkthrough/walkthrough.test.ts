/**
 * The walkthrough (package.json `walkthroughs`, issue #17): every step's page ships in the .vsix,
 * every button runs a command the extension contributes and registers, and what the pages say
 * about the starter design is what Cellspec does with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fix } from '../../../server/src/core/api';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { analyze, REPO } from '../helpers/analyze';

interface Step {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly media: { readonly markdown?: string };
  readonly completionEvents?: readonly string[];
}
interface Walkthrough {
  readonly id: string;
  readonly steps: readonly Step[];
}

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
  contributes: { walkthroughs: Walkthrough[]; commands: { command: string }[] };
};
const [walkthrough] = manifest.contributes.walkthroughs;
const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
// Both entries' sources (client/src/web: VS Code for the Web's).
const clientSource = readdirSync(path.join(REPO, 'client/src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => read(`client/src/${file}`))
  .join('\n');
const STARTER = 'walkthrough/first-design.cell';
const starter = read(STARTER);

function apply(text: string, fix: Fix): string {
  const edits = fix.edits.flatMap((f) => f.edits).sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

describe('the walkthrough', () => {
  it('is one walkthrough of four steps: a first file, a quick fix, the report, the reference', () => {
    expect(manifest.contributes.walkthroughs).toHaveLength(1);
    expect(walkthrough!.steps.map((step) => step.id)).toEqual(['firstFile', 'quickFix', 'report', 'reference']);
  });

  it('ships every step’s markdown page in the .vsix (staged by scripts/package-vsix.mjs, kept by .vscodeignore)', () => {
    const kept = read('.vscodeignore').split('\n');
    expect(read('scripts/package-vsix.mjs')).toContain("cpSync(path.join(root, 'walkthrough'), path.join(stage, 'walkthrough'), { recursive: true });");
    expect(kept).toContain('!walkthrough/*.md');
    expect(kept).toContain('!walkthrough/*.cell');
    for (const step of walkthrough!.steps) {
      const page = step.media.markdown;
      expect(page, step.id).toMatch(/^walkthrough\/[a-z-]+\.md$/);
      expect(existsSync(path.join(REPO, page!)), page).toBe(true);
    }
    expect(existsSync(path.join(REPO, STARTER))).toBe(true);
  });

  it('runs, from every button and completion event, a command the extension contributes and registers', () => {
    const commands = walkthrough!.steps.flatMap((step) => [
      ...[...step.description.matchAll(/\]\(command:(?:toSide:)?([\w.]+)\)/g)].map((m) => m[1]!),
      ...(step.completionEvents ?? []).filter((event) => event.startsWith('onCommand:')).map((event) => event.slice('onCommand:'.length)),
    ]);
    expect(new Set(commands)).toEqual(new Set(['cellspec.openExample', 'cellspec.showQuickFixes', 'cellspec.showReport', 'cellspec.openReference']));
    for (const command of commands) {
      expect(contributed.has(command), `${command} in contributes.commands`).toBe(true);
      expect(clientSource.includes(`'${command}'`) || command === 'cellspec.openReference', `${command} registered by the client`).toBe(true);
    }
    // The reference's command by its shared name, and the file it opens.
    expect(read('server/src/lsp/protocol.ts')).toContain("export const OPEN_REFERENCE_COMMAND = 'cellspec.openReference';");
    expect(read('client/src/reference.ts')).toContain("vscode.Uri.joinPath(extensionUri, 'docs', 'language.md')");
    expect(walkthrough!.steps.find((step) => step.id === 'reference')!.description).toContain('docs/language.md');
  });

  it('shows on its first page the declarations the starter design opens with', () => {
    const block = /```\n([\s\S]*?)```/.exec(read('walkthrough/first-file.md'))![1]!;
    const declarations = starter.slice(starter.indexOf('\ncomposite ') + 1);
    expect(block).toBe(declarations);
  });

  it('has a starter whose findings are the ones its pages describe, and whose named fix clears them', () => {
    const analysis = analyze(starter);
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...new Set(analysis.diagnostics.map((d) => d.code))].sort()).toEqual(['anion/mismatch', 'window/oxidation']);
    // The first finding (where `cellspec.showQuickFixes` puts the cursor) is on NCM811 in BareNCM.
    const first = analysis.diagnostics[0]!;
    expect(analysis.text.slice(first.span.start, first.span.end)).toBe('NCM811');
    const fixes = quickFixes(analysis, { code: first.code, span: first.span, data: first.data });
    const coat = fixes.find((fix) => fix.title === 'Coat NCM811 with LiNbO3');
    expect(coat, fixes.map((fix) => fix.title).join('; ')).toBeDefined();
    expect(read('walkthrough/quick-fix.md')).toContain(`**${coat!.title}**`);
    const fixed = analyze(apply(starter, coat!));
    expect(fixed.text).toContain('NCM811     70 wt%  coated LiNbO3');
    expect(fixed.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
  });
});
