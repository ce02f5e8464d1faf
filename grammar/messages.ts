/**
 * Syntax error messages, written for battery researchers rather than parser people: they
 * name the words of the file and say what to write instead.
 */
import type { BlockKeyword } from './vocabulary';
import { HARD_KEYWORDS } from './vocabulary';
import { quoted } from '../server/src/core/text/inert';

/** Text as it can be shown in a message: shortened, with invisible or broken characters named. */
export const shown = quoted;

function code(text: string): string {
  return `\`${shown(text)}\``;
}

/** `material \`LTG\``, or just `material` while the name is missing. */
function block(kind: BlockKeyword, name: string | undefined): string {
  return name === undefined ? kind : `${kind} ${code(name)}`;
}

const subscriptDigits = /[\u2080-\u2089\u00b2\u00b3\u00b9\u2070-\u2079]/;

/** A hint for a character that is not part of the language, when a common cause is known. */
function characterHint(char: string): string {
  if (subscriptDigits.test(char)) return ' (write subscripts as plain digits, e.g. `Li2S`)';
  if (/[\u2010-\u2015\u2212]/.test(char)) return ' (a name cannot contain a dash; in a formula write plain ASCII)';
  if (/[\ud800-\udfff]/.test(char) && char.length === 1) return ' (a broken Unicode character)';
  return '';
}

const EXPECTED_LINE: Record<BlockKeyword, string> = {
  material: 'each line of a material is a property, e.g. `voltage 3.7 V`',
  composite: 'each line of a composite is a component, e.g. `Li6PS5Cl 27 wt%`, or `porosity`',
  cell: 'each line of a cell is a layer, e.g. `cathode NCMcomposite loading 15 mg/cm2`, or `rate` / `cutoff`',
};

const LINE_KIND: Record<BlockKeyword, string> = {
  material: 'properties',
  composite: 'components',
  cell: 'layers',
};

export const messages = {
  unexpectedCharacter(char: string): string {
    return `unexpected character ${code(char)}${characterHint(char)}`;
  },

  unclosedString(): string {
    return 'this string is not closed: add `"` at its end (a string cannot span lines)';
  },

  expectedName(kind: BlockKeyword, found?: string): string {
    const examples: Record<BlockKeyword, string> = {
      material: 'material LTG {',
      composite: 'composite NCMcomposite {',
      cell: 'cell HalideCell {',
    };
    const base = `expected a name after \`${kind}\`, e.g. \`${examples[kind]}\``;
    return found === undefined ? base : `${base}, not ${code(found)}`;
  },

  keywordAsName(kind: BlockKeyword, word: string): string {
    return `${code(word)} is a keyword and cannot be the name of a ${kind}; choose another name`;
  },

  expectedOpenBrace(kind: BlockKeyword, name: string | undefined): string {
    return `expected \`{\` after ${block(kind, name)}`;
  },

  unexpectedInHeader(kind: BlockKeyword, name: string | undefined, junk: string): string {
    return `unexpected ${code(junk)} after ${block(kind, name)}: expected \`{\``;
  },

  expectedCloseBrace(kind: BlockKeyword, name: string | undefined, beforeDeclaration: boolean): string {
    const where = beforeDeclaration ? ' before the next declaration' : ' at the end of the file';
    return `expected \`}\` to close ${block(kind, name)}${where}`;
  },

  unexpectedAfterClose(junk: string): string {
    return `unexpected ${code(junk)} after \`}\`: start anything else on a new line`;
  },

  declarationNotOnNewLine(keyword: string): string {
    return `\`${keyword}\` must start a new line`;
  },

  expectedImportPath(found?: string): string {
    const base = 'expected a file path in quotes after `import`, e.g. `import "library.cell"`';
    return found === undefined ? base : `${base}, not ${code(found)}`;
  },

  unexpectedAfterImport(junk: string): string {
    return `unexpected ${code(junk)} after the imported path: one import per line`;
  },

  expectedValue(key: string, found?: string): string {
    const base = key === 'formula' ? 'expected a formula after `formula`, e.g. `formula Li6PS5Cl`' : `expected a value after ${code(key)}`;
    return found === undefined ? base : `${base}, not ${code(found)}`;
  },

  expectedRangeEnd(found?: string): string {
    const base = 'expected the upper value after `..`, e.g. `1.7 V .. 2.3 V`';
    return found === undefined ? base : `${base}, not ${code(found)}`;
  },

  onePropertyPerLine(rest: string): string {
    return `one property per line: put ${code(rest)} on a line of its own`;
  },

  unexpectedAfterValue(key: string, junk: string): string {
    return `unexpected ${code(junk)} after the value of ${code(key)}: a property has one value (a range is written \`low .. high\`)`;
  },

  expectedLayerMaterial(role: string, found?: string): string {
    const base = `expected a material or composite after ${code(role)}, e.g. \`${role} Li6PS5Cl thickness 30 um\``;
    return found === undefined ? base : `${base}, not ${code(found)}`;
  },

  expectedAttributeQuantity(attribute: string, found?: string): string {
    const example = attribute === 'loading' ? 'loading 15 mg/cm2' : 'thickness 50 um';
    const base = `expected a number with its unit after ${code(attribute)}, e.g. \`${example}\``;
    return found === undefined ? base : `${base}, not ${code(found)}`;
  },

  unexpectedInLayer(role: string, junk: string): string {
    return `unexpected ${code(junk)} in this ${code(role)} layer: a layer is \`ROLE NAME\` followed by \`thickness …\` and/or \`loading …\``;
  },

  expectedCoating(found?: string): string {
    const base = 'expected the coating material after `coated`, e.g. `coated LiNbO3`';
    return found === undefined ? base : `${base}, not ${code(found)}`;
  },

  unexpectedInComponent(material: string, junk: string): string {
    return `unexpected ${code(junk)} after component ${code(material)}: a component is \`NAME FRACTION\`, optionally \`coated COATING\` (e.g. \`NCM811 70 wt% coated LiNbO3\`)`;
  },

  unexpectedLine(kind: BlockKeyword, junk: string): string {
    return `unexpected ${code(junk)}: ${EXPECTED_LINE[kind]}`;
  },

  /** Several junk lines in a row, most likely a pasted table: one message for them all. */
  strayLines(count: number, first: string): string {
    return (
      `${count} lines here are not declarations (the first is ${code(first)}): a file holds \`import\`, \`material\`, \`composite\` and \`cell\` declarations.` +
      ' A pasted table? Write each row as a `material` block, or comment the lines out with `#`.'
    );
  },

  unexpectedLines(kind: BlockKeyword, count: number, first: string): string {
    return `${count} lines here are not ${LINE_KIND[kind]} (the first is ${code(first)}): ${EXPECTED_LINE[kind]}`;
  },

  strayAtTopLevel(junk: string, firstWord: string, skippedBlock: boolean): string {
    if (firstWord === '}') return 'unexpected `}`: there is no open block to close';
    const suggestion = closestKeyword(firstWord);
    const hint = suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`;
    const skipped = skippedBlock ? ' Its block is ignored.' : '';
    return `unexpected ${code(junk)}: a file holds \`import\`, \`material\`, \`composite\` and \`cell\` declarations.${hint}${skipped}`;
  },

  internal(found: string): string {
    return `unexpected ${code(found)}`;
  },
};

/** A keyword the word was probably meant to be: same letters in another case, or one or two edits away. */
/** A stray line whose first word gets advice of its own (`}`, a misspelt keyword) is not merged into a run of junk lines. */
export function strayLineHasOwnAdvice(firstWord: string): boolean {
  return firstWord === '}' || closestKeyword(firstWord) !== undefined;
}

function closestKeyword(word: string): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const keyword of HARD_KEYWORDS) {
    const distance = lower === keyword ? 0 : editDistance(lower, keyword);
    if (distance < bestDistance) {
      best = keyword;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
