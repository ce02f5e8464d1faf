/**
 * The design solver (compute/design.ts), checked the way a user would check it: every limit it
 * computes is written back into the file, and the ordinary checks run at the limit (clean) and
 * just above it (the limit's own warning). The solve-for fixes and the headroom action are
 * applied and re-checked the same way.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentAnalysis } from '../../../server/src/core/analyze';
import { cellDesign, compositeDesign, type Design, type DesignLimit } from '../../../server/src/core/compute/design';
import { designActions } from '../../../server/src/core/ide/design-actions';
import { quickFixes } from '../../../server/src/core/ide/quick-fixes';
import { hover } from '../../../server/src/core/ide/hover';
import { computeReport } from '../../../server/src/core/report';
import type { Fix } from '../../../server/src/core/api';
import { analyze } from '../helpers/analyze';

const LITHIUM_CELL = (cathode: string, extra: string) => `cell C {\n  anode Li thickness 30 um\n  separator Li6PS5Cl thickness 50 um\n  cathode ${cathode} ${extra}\n}\n`;

const MATERIALS = `
material SphereCarbon {
  role        carbon
  electronic  100 mS/cm
  density     2 g/cm3
  percolation 0.16
}
material PoorCarbon {
  role        carbon
  electronic  20 mS/cm
  density     2 g/cm3
  percolation 0.05
}
material Active {
  formula   LiFePO4
  role      cathode
  capacity  160 mAh/g
  voltage   3.4 V
  density   3.6 g/cm3
}
`;

interface Recipe {
  readonly active: string;
  readonly others: readonly (readonly [string, number])[];
  readonly activeWt: number;
  readonly coated?: boolean;
}

/** A composite with the active share set to `activeWt` (percent) and the others scaled in proportion, two decimals. */
function composite(name: string, recipe: Recipe, activeWt = recipe.activeWt): string {
  const othersTotal = recipe.others.reduce((sum, [, w]) => sum + w, 0);
  const hundredths = recipe.others.map(([, w]) => Math.round(((w / othersTotal) * (100 - activeWt)) * 100));
  const activeHundredths = 10000 - hundredths.reduce((a, b) => a + b, 0);
  const lines = [
    `  ${recipe.active} ${activeHundredths / 100} wt%${recipe.coated === false ? '' : '  coated LiNbO3'}`,
    ...recipe.others.map(([n], i) => `  ${n} ${hundredths[i]! / 100} wt%`),
  ];
  return `composite ${name} {\n${lines.join('\n')}\n}\n`;
}

const conductionCodes = (a: DocumentAnalysis) => a.diagnostics.filter((d) => d.code.startsWith('conduction/')).map((d) => `${d.code}:${(d.data as { phase: string }).phase}`);
const problems = (a: DocumentAnalysis) => a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code);

const WARNING_OF: Record<DesignLimit, string> = {
  'ionic-percolation': 'conduction/percolation:ionic',
  'electronic-percolation': 'conduction/percolation:electronic',
  'ionic-drop': 'conduction/limited:ionic',
  'electronic-drop': 'conduction/limited:electronic',
};

function apply(text: string, fix: Pick<Fix, 'edits'>): string {
  const edits = fix.edits.flatMap((f) => f.edits).sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

function solved(design: { value: Design | null }): Design {
  expect(design.value).not.toBeNull();
  return design.value!;
}

/** Each case: a recipe, the cell around it (or none), and the limit that should bind. */
const CASES: readonly { name: string; recipe: Recipe; cell?: string; limit: DesignLimit }[] = [
  { name: 'ionic percolation (NCM811/Li6PS5Cl/VGCF 75:22:3)', recipe: { active: 'NCM811', others: [['Li6PS5Cl', 22], ['VGCF', 3]], activeWt: 75 }, limit: 'ionic-percolation' },
  { name: 'electronic percolation (a carbon of spheres, an insulating active)', recipe: { active: 'Active', others: [['Li6PS5Cl', 40], ['SphereCarbon', 20]], activeWt: 40 }, limit: 'electronic-percolation' },
  {
    name: 'ionic loss at 0.5 C and 15 mg/cm2',
    recipe: { active: 'NCM811', others: [['Li6PS5Cl', 22], ['VGCF', 3]], activeWt: 75 },
    cell: 'loading 15 mg/cm2\n  rate 0.5 C',
    limit: 'ionic-drop',
  },
  {
    name: 'electronic loss with a poorly conducting carbon',
    recipe: { active: 'Active', others: [['Li6PS5Cl', 34], ['PoorCarbon', 6]], activeWt: 60 },
    cell: 'loading 10 mg/cm2\n  rate 0.2 C',
    limit: 'electronic-drop',
  },
];

function document(recipe: Recipe, cell: string | undefined, activeWt?: number): string {
  return MATERIALS + composite('Mix', recipe, activeWt) + (cell ? LITHIUM_CELL('Mix', cell) : '');
}

function designOf(analysis: DocumentAnalysis, inCell: boolean): Design {
  return inCell ? solved(cellDesign(analysis.hints.cells[0]!, analysis.settings)) : solved(compositeDesign(analysis.hints.composites[0]!, analysis.settings));
}

describe('design limits: the check at the limit and just above it', () => {
  for (const { name, recipe, cell, limit } of CASES) {
    it(name, () => {
      const base = analyze(document(recipe, cell));
      expect(conductionCodes(base)).toEqual([]);
      const design = designOf(base, cell !== undefined);
      expect(design.limitedBy).toBe(limit);
      const max = design.maxActive!.activeWt * 100;
      expect(max).toBeGreaterThan(recipe.activeWt);
      // Just under the limit (to the 0.01 wt% the recipe is written with): nothing to report.
      const under = analyze(document(recipe, cell, Math.floor(max * 100 - 1) / 100));
      expect(conductionCodes(under)).toEqual([]);
      // Just above it: the limit's own warning.
      const over = analyze(document(recipe, cell, Math.ceil(max * 100 + 1) / 100));
      expect(conductionCodes(over)).toContain(WARNING_OF[limit]);
    });
  }

  it('the loading limit: clean at it, conduction/limited just above it', () => {
    const recipe: Recipe = { active: 'NCM811', others: [['Li6PS5Cl', 22], ['VGCF', 3]], activeWt: 75 };
    const base = analyze(document(recipe, 'loading 40 mg/cm2\n  rate 1 C'));
    expect(conductionCodes(base)).toEqual(['conduction/limited:ionic']);
    const design = designOf(base, true);
    const loading = design.loadingLimit!;
    expect(loading.limitedBy).toBe('ionic-drop');
    expect(loading.loadingMgPerCm2!).toBeLessThan(40);
    const at = (mg: number) => analyze(document(recipe, `loading ${mg} mg/cm2\n  rate 1 C`));
    expect(conductionCodes(at(Math.floor(loading.loadingMgPerCm2! * 100 - 1) / 100))).toEqual([]);
    expect(conductionCodes(at(Math.ceil(loading.loadingMgPerCm2! * 100 + 1) / 100))).toEqual(['conduction/limited:ionic']);
    // At a C-rate the loss grows as the loading squared: ΔV(40)/ΔV(limit) = (40/limit)².
    const drop40 = design.current.cell!.drops.ionic;
    expect(drop40 / 0.1).toBeCloseTo((40 / loading.loadingMgPerCm2!) ** 2, 6);
  });

  it('both limits at once is the loading limit of the recipe at the largest share', () => {
    const recipe: Recipe = { active: 'NCM811', others: [['Li6PS5Cl', 22], ['VGCF', 3]], activeWt: 75 };
    const design = designOf(analyze(document(recipe, 'loading 10 mg/cm2\n  rate 0.05 C')), true);
    // In a cell with a current the loss diverges as σ_eff → 0 at the threshold, so a loss binds
    // before percolation does, and at the largest share the held loading is the largest.
    expect(design.limitedBy).toBe('ionic-drop');
    const at = design.loadingLimitAtMaxActive!;
    expect(at.limitedBy).toBe('ionic-drop');
    expect(at.loadingMgPerCm2!).toBeCloseTo(10, 4);
    // The file written at that share (to 0.01 wt%) has the same loading limit, and its own
    // limit is re-checked at and above it by the loading test above.
    const written = designOf(analyze(document(recipe, 'loading 10 mg/cm2\n  rate 0.05 C', Math.floor(design.maxActive!.activeWt * 10000) / 100)), true);
    expect(written.loadingLimit!.loadingMgPerCm2! / at.loadingMgPerCm2!).toBeCloseTo(1, 2);
  });

  it('a thickness-given cathode at a fixed current: the loss grows linearly with it', () => {
    const recipe: Recipe = { active: 'NCM811', others: [['Li6PS5Cl', 22], ['VGCF', 3]], activeWt: 75 };
    const base = analyze(document(recipe, 'thickness 200 um\n  rate 3 mA/cm2'));
    const design = designOf(base, true);
    const limit = design.loadingLimit!;
    expect(design.current.cell!.drops.ionic / 0.1).toBeCloseTo(200 / limit.thicknessUm!, 6);
    const at = (um: number) => analyze(document(recipe, `thickness ${um} um\n  rate 3 mA/cm2`));
    expect(conductionCodes(at(Math.floor(limit.thicknessUm! * 10 - 1) / 10))).toEqual([]);
    expect(conductionCodes(at(Math.ceil(limit.thicknessUm! * 10 + 1) / 10))).toEqual(['conduction/limited:ionic']);
  });

  it('a material that conducts both ions and electrons reaches 100 % (the AEA cathode)', () => {
    const text = `material DualConductor {\n  role cathode\n  capacity 150 mAh/g\n  voltage 2.5 V\n  density 2.5 g/cm3\n  ionic 1 mS/cm\n  electronic 5 mS/cm\n}\n` +
      `composite AEA {\n  DualConductor 80 wt%\n  Li6PS5Cl 20 wt%\n}\n`;
    const design = solved(compositeDesign(analyze(text).hints.composites[0]!, analyze(text).settings));
    expect(design.maxActive!.activeWt).toBe(1);
    expect(design.limitedBy).toBeNull();
  });

  it('says what it cannot weigh: without a rate only percolation, and the missing rate is named', () => {
    const recipe: Recipe = { active: 'NCM811', others: [['Li6PS5Cl', 22], ['VGCF', 3]], activeWt: 75 };
    const design = designOf(analyze(document(recipe, 'loading 15 mg/cm2')), true);
    expect(design.constraints).toEqual(['ionic-percolation', 'electronic-percolation']);
    expect(design.missing.join(' ')).toMatch(/declare the `rate` of `C`/);
    expect(design.loadingLimit).toBeNull();
  });

  it('is null with the reasons when densities are missing', () => {
    const text = `material X {\n  role cathode\n  capacity 150 mAh/g\n}\ncomposite M {\n  X 70 wt%\n  Li6PS5Cl 30 wt%\n}\n`;
    const design = compositeDesign(analyze(text).hints.composites[0]!, analyze(text).settings);
    expect(design.value).toBeNull();
    expect(design.value === null && design.missing.join(' ')).toMatch(/density.*`X`/);
  });
});

describe('solve-for fixes', () => {
  it('conduction/percolation: "Set NCM811 to … vol%" leaves no conduction warning and the fractions at 100 %', () => {
    const text = `composite StarvedCatholyte {\n  NCM811 88 vol%  coated LiNbO3\n  Li6PS5Cl 8 vol%\n  VGCF 4 vol%\n}\n`;
    const before = analyze(text);
    const diagnostic = before.diagnostics.find((d) => d.code === 'conduction/percolation')!;
    const fixes = quickFixes(before, { code: diagnostic.code, span: diagnostic.span, data: JSON.parse(JSON.stringify(diagnostic.data)) });
    expect(fixes[0]!.title).toMatch(/^Set NCM811 to \d+(\.\d)? vol% \(the most that keeps ions percolating\)$/);
    const after = analyze(apply(text, fixes[0]!));
    expect(conductionCodes(after)).toEqual([]);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('mix/sum');
    expect(problems(after)).toEqual([]);
  });

  it('conduction/limited: a thinner cathode, or the recipe that fits the loading — each leaves the cell clean', () => {
    const recipe: Recipe = { active: 'NCM811', others: [['Li6PS5Cl', 22], ['VGCF', 3]], activeWt: 75 };
    const text = document(recipe, 'loading 40 mg/cm2\n  rate 1 C');
    const before = analyze(text);
    const diagnostic = before.diagnostics.find((d) => d.code === 'conduction/limited')!;
    const fixes = quickFixes(before, { code: diagnostic.code, span: diagnostic.span, data: JSON.parse(JSON.stringify(diagnostic.data)) });
    expect(fixes.map((f) => f.title)).toEqual([
      expect.stringMatching(/^Reduce the loading to [\d.]+ mg\/cm2 \(keeps the ionic loss within 0\.1 V at 1 C\)$/),
      expect.stringMatching(/^Set NCM811 to [\d.]+ wt% \(the most that keeps the ionic loss within 0\.1 V at 1 C\)$/),
    ]);
    for (const fix of fixes) {
      const after = analyze(apply(text, fix));
      expect(conductionCodes(after), fix.title).toEqual([]);
      expect(problems(after), fix.title).toEqual([]);
    }
  });

  it('a clean composite offers "Raise NCM811 to … wt% (limit: …)", which stays clean, and nothing once at the limit', () => {
    const text = `composite Standard {\n  NCM811 75 wt%  coated LiNbO3\n  Li6PS5Cl 22 wt%\n  VGCF 3 wt%\n}\n`;
    const before = analyze(text);
    const actions = designActions(before, before.program.composites[0]!.decl.span);
    expect(actions.map((a) => a.title)).toEqual([expect.stringMatching(/^Raise NCM811 to 83\.\d wt% \(limit: ions stop percolating\)$/)]);
    const raised = apply(text, actions[0]!);
    const after = analyze(raised);
    expect(problems(after)).toEqual([]);
    expect(designActions(after, after.program.composites[0]!.decl.span)).toEqual([]);
  });

  it('no action outside the composite, none for a composite that does not work', () => {
    const text = `composite Standard {\n  NCM811 75 wt%  coated LiNbO3\n  Li6PS5Cl 22 wt%\n  VGCF 3 wt%\n}\n\n\ncomposite Starved {\n  NCM811 88 vol%  coated LiNbO3\n  Li6PS5Cl 8 vol%\n  VGCF 4 vol%\n}\n`;
    const analysis = analyze(text);
    const gap = text.indexOf('\n\n\n') + 1;
    expect(designActions(analysis, { start: gap, end: gap })).toEqual([]);
    expect(designActions(analysis, analysis.program.composites[1]!.decl.span)).toEqual([]);
  });
});

describe('the limits where a user reads them', () => {
  const recipe: Recipe = { active: 'NCM811', others: [['Li6PS5Cl', 22], ['VGCF', 3]], activeWt: 75 };
  const text = document(recipe, 'loading 15 mg/cm2\n  rate 0.5 C');

  it('cellspec report: design per cell, the same numbers as the solver', () => {
    const analysis = analyze(text);
    const design = designOf(analysis, true);
    const report = computeReport(analysis.program, analysis.settings).cells[0]!.design;
    expect(report.activeWt).toBe(75);
    expect(report.maxActiveWt).toBeCloseTo(design.maxActive!.activeWt * 100, 3);
    expect(report.limitedBy).toBe('ionic-drop');
    expect(report.maxLoading).toBeCloseTo(design.loadingLimit!.loadingMgPerCm2!, 3);
    expect(report.atLimit!.specificEnergy).toBeGreaterThan(0);
    expect(report.curves.active.length).toBeGreaterThan(10);
    expect(report.curves.active.some((p) => p.feasible) && report.curves.active.some((p) => !p.feasible)).toBe(true);
    expect(report.missing).toEqual([]);
    // Plain JSON: no Infinity or NaN anywhere.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('the cell hover has a Design limits section with the same share', () => {
    const analysis = analyze(text);
    const design = designOf(analysis, true);
    const at = text.indexOf('cell C') + 5;
    const shown = hover(analysis, at)!.contents;
    expect(shown).toContain('**Design limits**');
    expect(shown).toContain(`active share up to ${Number((design.maxActive!.activeWt * 100).toPrecision(3))} wt% (now 75 wt%)`);
  });
});
