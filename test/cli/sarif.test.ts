/**
 * `cellspec check --format sarif` (issue #17): SARIF 2.1.0 that code-scanning dashboards accept,
 * with the positions of the text and JSON formats, the help of docs/language.md §4, nothing raw
 * from a hostile file, and the exit codes of the other formats.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES } from '../../server/src/core/diagnostics';
import { folder, RAW_CONTROL, REPO, runCellspec } from './run-cli';
import { sarifLog, type SarifLog } from './sarif-schema';

function sarif(args: string[], cwd = REPO): { code: number | null; log: SarifLog; stdout: string } {
  const { code, stdout, stderr } = runCellspec(['check', '--format', 'sarif', ...args], { cwd });
  expect(stderr).toBe('');
  return { code, log: sarifLog.parse(JSON.parse(stdout)), stdout };
}

describe('cellspec check --format sarif', () => {
  it('is a SARIF 2.1.0 log with one rule per diagnostic code, each result pointing at its rule; exit 1 on errors', () => {
    const { code, log } = sarif(['examples/mistakes.cell']);
    expect(code).toBe(1);
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    const [run] = log.runs;
    expect(run.tool.driver.version).toBe(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
    const rules = run.tool.driver.rules;
    expect(rules.map((rule) => rule.id).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
    for (const rule of rules) {
      const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[DEFAULT_SEVERITY[rule.id as keyof typeof DEFAULT_SEVERITY]];
      expect(rule.defaultConfiguration.level, rule.id).toBe(level);
    }
    expect(run.results.length).toBe(10);
    for (const result of run.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(run.results.map((r) => r.level)).toContain('error');
  });

  it('takes each rule’s text from its row of docs/language.md §4', () => {
    const rules = sarif(['examples/homogeneous-ltg.cell']).log.runs[0].tool.driver.rules;
    const charge = rules.find((rule) => rule.id === 'stoich/charge')!;
    expect(charge.shortDescription.text).toBe('No charge-balanced assignment of known oxidation states exists');
    expect(charge.fullDescription.text).toBe('No charge-balanced assignment of known oxidation states exists (§5).');
    expect(charge.help.text).toContain('docs/language.md §4');
    const lookalike = rules.find((rule) => rule.id === 'ref/lookalike')!;
    expect(lookalike.shortDescription.text).toBe('A name read as an ad-hoc formula that looks like a declared or library name');
    expect(lookalike.fullDescription.markdown).toContain('(`Li6PS5CI`, `LiPoN`)');
    expect(lookalike.fullDescription.text).toContain('(Li6PS5CI, LiPoN)');
    expect(rules.find((rule) => rule.id === 'mix/units')!.shortDescription.text).toBe('wt% and vol% mixed without the densities to convert');
    expect(rules.find((rule) => rule.id === 'stoich/anion-redox')!.defaultConfiguration.level).toBe('note');
  });

  it('maps each position to a 1-based region: the text format’s line:col, and the JSON range plus one', () => {
    const file = 'examples/mistakes.cell';
    const { results } = sarif([file]).log.runs[0];
    const json = JSON.parse(runCellspec(['check', '--format', 'json', file]).stdout) as {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      code: string;
    }[];
    const text = runCellspec(['check', file]).stdout.trim().split('\n').slice(0, -1);
    expect(results.map((r) => r.ruleId)).toEqual(json.map((d) => d.code));
    results.forEach((result, i) => {
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation).toEqual({ uri: 'examples/mistakes.cell', uriBaseId: '%SRCROOT%' });
      expect(region).toEqual({
        startLine: json[i]!.range.start.line + 1,
        startColumn: json[i]!.range.start.character + 1,
        endLine: json[i]!.range.end.line + 1,
        endColumn: json[i]!.range.end.character + 1,
      });
      expect(text[i]).toMatch(new RegExp(`^examples/mistakes\\.cell:${region.startLine}:${region.startColumn}: `));
    });
    // The region covers the text the finding is about: `3 V` of `capacity 3 V`, `Unbalancd` of the cell.
    const lines = readFileSync(path.join(REPO, file), 'utf8').split('\n');
    const covered = (ruleId: string) => {
      const { region } = results.find((r) => r.ruleId === ruleId)!.locations[0].physicalLocation;
      expect(region.endLine).toBe(region.startLine);
      return lines[region.startLine - 1]!.slice(region.startColumn - 1, region.endColumn - 1);
    };
    expect(covered('unit/dimension')).toBe('3 V');
    expect(covered('ref/undefined')).toBe('Unbalancd');
    expect(covered('value/range')).toBe('-30 um');
  });

  it('counts columns in UTF-16 code units, as it declares', () => {
    const dir = folder({ 'wide.cell': 'material Film {\n  source "µ😀" formula Li2S\n  role electrolyte\n}\n' });
    const [result] = sarif(['wide.cell'], dir).log.runs[0].results;
    expect(result!.ruleId).toBe('syntax');
    // `  source "µ😀" ` is 15 UTF-16 units (the emoji is two), so `formula` starts at column 16.
    expect(result!.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 16 });
  });

  it('has every rule and no results for a file with no problems, and exits 0', () => {
    const { code, log } = sarif(['examples/bilayer-halide-catholyte.cell']);
    expect(code).toBe(0);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toHaveLength(DIAGNOSTIC_CODES.length);
  });

  it('exits 0 with warnings only, and reports each severity as its SARIF level', () => {
    const dir = folder({
      'a.cell': 'material M {\n  formula Li3NiS4\n  role cathode\n}\ncomposite C {\n  NCM811 70 wt%\n  Li6PS5Cl 30 wt%\n}\n',
      'cellspec.json': JSON.stringify({ severity: { 'stoich/anion-redox': 'hint' } }),
    });
    const { code, log } = sarif(['a.cell'], dir);
    expect(code).toBe(0);
    const levels = Object.fromEntries(log.runs[0].results.map((r) => [r.ruleId, r.level]));
    expect(levels).toMatchObject({ 'stoich/anion-redox': 'note', 'anion/mismatch': 'warning' });
  });

  it('locates a file below the current directory by its relative, encoded path and any other by its file URI', () => {
    const dir = folder({ 'sub dir/a#1.cell': 'cell C {\n}\n', 'outside/b.cell': 'cell D {\n}\n' });
    const { log } = sarif(['a#1.cell', '../outside/b.cell'], path.join(dir, 'sub dir'));
    const locations = log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation);
    expect(locations[0]).toEqual({ uri: 'a%231.cell', uriBaseId: '%SRCROOT%' });
    expect(locations.at(-1)).toEqual({ uri: `file://${path.join(dir, 'outside/b.cell')}` });
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${encodeURI(path.join(dir, 'sub dir'))}/`);
  });

  it('lets no control character of a hostile file or file name through raw; JSON escaping keeps the text', () => {
    const hostile = 'Li2S-\u001b[2J\u001b]0;x\u0007\u0000\u009b31m';
    const name = 'evil\u001b[2J\u009b.cell';
    const dir = folder({ [name]: `material Evil {\n  formula "${hostile}"\n  source "${hostile}"\n}\n` });
    const { code, log, stdout } = sarif([name], dir);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(RAW_CONTROL);
    const [result] = log.runs[0].results;
    expect(result!.ruleId).toBe('formula/syntax');
    expect(result!.message.text).not.toMatch(RAW_CONTROL);
    expect(result!.message.text).toContain('U+001B');
    const uri = result!.locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('evil%1B%5B2J%C2%9B.cell');
    expect(decodeURIComponent(uri)).toBe(name);
  });
});
