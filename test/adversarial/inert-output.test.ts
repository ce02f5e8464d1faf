/**
 * Output is inert and finite (issue #19): random documents built from hostile pieces — control
 * characters, markdown and HTML, extreme numbers — never put a raw control character in a
 * message, unescaped markup in a hover or the HTML report, or a non-finite number anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, forgetPreviousAnalyses } from '../../server/src/core/analyze';
import { hover } from '../../server/src/core/ide/hover';
import { inlayHints } from '../../server/src/core/ide/inlay-hints';
import { computeReport, renderHtml, renderText } from '../../server/src/core/report';
import { terminalText } from '../../server/src/cli/output';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { fuzzParameters } from '../unit/fuzz/config';
import { memoryHost, WORKSPACE } from '../unit/helpers/analyze';
import { RAW_CONTROL } from './scaling';

const FILE = `${WORKSPACE}/hostile.cell`;

const hostilePiece = fc.constantFrom(
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\u0000',
  '\u009b31m',
  '\ud800',
  '\u202e',
  '[x](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '`',
  '**',
  '# heading',
  '&amp;',
  'Li2S',
  'NCM811',
);
const hostileText = fc.array(hostilePiece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));
const extremeNumber = fc.constantFrom('1e308', '1e309', '1e-320', '-1e308', '0', '1e100', '1e-100', '9'.repeat(400), '0.0000001', '1e6', '99999');

const hostileDocument = fc
  .record({ formula: hostileText, source: hostileText, number: extremeNumber, rate: extremeNumber, thickness: extremeNumber })
  .map(
    ({ formula, source, number, rate, thickness }) => `material Evil {
  formula "${formula.replace(/"/g, '')}"
  source "${source.replace(/"/g, '')}"
  ionic ${number} mS/cm
  electronic ${number} S/cm
  density ${number} g/cm3
}
composite C {
  Evil 30 wt%
  NCM811 67 wt%
  VGCF 3 wt%
}
cell X {
  anode Li thickness ${thickness} um
  separator Li6PS5Cl thickness ${thickness} um
  cathode C loading ${number} mg/cm2
  rate ${rate} C
}
`,
  );

/** Markdown outside code spans: every `[` and `<` escaped. */
function expectInertMarkdown(markdown: string): void {
  const outsideCode = markdown.replace(/`[^`\n]*`/g, '');
  expect(outsideCode).not.toMatch(/(?<!\\)<(?!\/?(?:br)>)/);
  expect(outsideCode).not.toMatch(/(?<!\\)\[[^\]]*\]\((?!https:\/\/doi\.org\/)/);
  expect(markdown).not.toMatch(RAW_CONTROL);
}

describe('hostile documents give inert, finite output', () => {
  it('diagnostics, hovers, inlay hints and the three reports', () => {
    fc.assert(
      fc.property(hostileDocument, (text) => {
        forgetPreviousAnalyses();
        const analysis = analyzeDocument(FILE, text, { host: memoryHost({ [FILE]: text }) });
        for (const d of analysis.diagnostics) {
          expect(d.message).not.toMatch(RAW_CONTROL);
          expect(d.message).not.toMatch(/Infinity|NaN/);
        }
        for (const offset of [text.indexOf('Evil'), text.indexOf('C {'), text.indexOf('X {'), text.indexOf('rate')]) {
          const found = hover(analysis, offset + 1);
          if (found) {
            expectInertMarkdown(found.contents);
            expect(found.contents).not.toMatch(/Infinity|NaN/);
          }
        }
        for (const hint of inlayHints(analysis, DEFAULT_SETTINGS, { start: 0, end: text.length })) {
          expect(hint.label).not.toMatch(/Infinity|NaN|∞/);
          expect(hint.label).not.toMatch(RAW_CONTROL);
        }
        const report = computeReport(analysis.program, DEFAULT_SETTINGS);
        const json = JSON.stringify(report);
        expect(json).not.toMatch(/Infinity|NaN/);
        // The text report is for a terminal: the CLI writes it through its output rule.
        const reportText = terminalText(renderText(report));
        expect(reportText).not.toMatch(RAW_CONTROL);
        expect(reportText).not.toMatch(/Infinity|NaN/);
        const html = renderHtml(report, 'hostile.cell');
        expect(html).not.toMatch(RAW_CONTROL);
        expect(html).not.toMatch(/<script|<img|Infinity|NaN/);
      }),
      fuzzParameters(2),
    );
  }, 300_000);
});
