/**
 * The problem matcher package.json contributes (`$cellspec`, issue #17) against the real text
 * output of `cellspec check`: every diagnostic line yields the file, line, column, severity, code
 * and message of the same run's JSON, and nothing else matches.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { folder, REPO, runCellspec } from './run-cli';

const matcherSchema = z.object({
  name: z.string(),
  owner: z.string(),
  fileLocation: z.tuple([z.literal('autoDetect'), z.literal('${workspaceFolder}')]),
  pattern: z.strictObject({
    regexp: z.string(),
    file: z.number(),
    line: z.number(),
    column: z.number(),
    severity: z.number(),
    code: z.number(),
    message: z.number(),
  }),
});
const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const [matcher] = z.array(matcherSchema).length(1).parse(manifest.contributes.problemMatchers);
const { pattern } = matcher!;

/** How VS Code reads a captured severity (problemMatcher.ts, getSeverity): error, warning, info; `hint` and `note` are info. */
const VS_CODE_SEVERITY: Record<string, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };
const EXPECTED_SEVERITY: Record<string, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', information: 'info', hint: 'info' };

interface JsonDiagnostic {
  file: string;
  range: { start: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
}

function check(args: string[], cwd: string) {
  const run = (format: string) => runCellspec(['check', '--format', format, ...args], { cwd }).stdout;
  return { text: run('text'), json: JSON.parse(run('json')) as JsonDiagnostic[] };
}

/** What the problem matcher makes of each line of output, as VS Code applies it. */
function problems(text: string) {
  const regexp = new RegExp(pattern.regexp);
  return text.split('\n').flatMap((line) => {
    const m = regexp.exec(line);
    if (!m) return [];
    return [
      {
        file: m[pattern.file]!,
        line: Number(m[pattern.line]),
        column: Number(m[pattern.column]),
        severity: VS_CODE_SEVERITY[m[pattern.severity]!] ?? 'unknown',
        code: m[pattern.code]!,
        message: m[pattern.message]!,
      },
    ];
  });
}

describe('the $cellspec problem matcher', () => {
  it('reads every diagnostic of cellspec check’s text output, as its JSON has it: errors, warnings, information, hints', () => {
    const example = (name: string) => readFileSync(path.join(REPO, 'examples', name), 'utf8');
    const dir = folder({
      'cellspec.json': JSON.stringify({ severity: { 'stoich/capacity': 'hint' } }),
      'mixed.cell': example('mistakes.cell') + example('anion-redox.cell'),
    });
    const { text, json } = check(['mixed.cell', path.join(REPO, 'examples/oxide-on-sulfide.cell')], dir);
    expect(new Set(json.map((d) => d.severity))).toEqual(new Set(['error', 'warning', 'information', 'hint']));
    expect(problems(text)).toEqual(
      json.map((d) => ({
        file: d.file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        severity: EXPECTED_SEVERITY[d.severity],
        code: d.code,
        message: d.message,
      })),
    );
    expect(text.trim().split('\n')).toHaveLength(json.length + 1);
    expect(problems(text.trim().split('\n').at(-1)!)).toEqual([]);
  });

  it('keeps a message that holds colons and brackets whole, and a path with spaces', () => {
    const dir = folder({ 'a b.cell': 'composite C {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\n' }, 'cellspec matcher ');
    const [mismatch] = problems(check(['a b.cell'], dir).text);
    expect(mismatch).toMatchObject({ file: 'a b.cell', line: 2, column: 3, severity: 'warning', code: 'anion/mismatch' });
    expect(mismatch!.message).toMatch(/: a Li-depleted .* \[Zhang, Zhao, Li & Sun, .*\]\. Coat it/);
  });

  it('owns its problems apart from the language server’s, and is what the README’s task uses', () => {
    expect(matcher!.owner).not.toBe('cellspec');
    expect(readFileSync(path.join(REPO, 'README.md'), 'utf8')).toContain(`"problemMatcher": "$${matcher!.name}"`);
  });
});
