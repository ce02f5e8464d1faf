/**
 * A strict reader of the report's HTML: every tag is well formed (quoted attributes, known
 * void elements, self-closed SVG leaves), every element is closed in order, and text holds
 * no raw `<` and only escaped `&`. Stricter than a browser on purpose: the report is
 * generated, so anything a browser would have to repair is a bug.
 */
const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'col', 'area', 'base', 'source', 'wbr']);
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[a-zA-Z_:][a-zA-Z0-9_:.-]*="[^"<]*")*)\s*(\/?)>$/;
const ENTITY = /&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);/y;

export interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export function checkWellFormed(html: string): { errors: string[]; elements: Element[] } {
  const errors: string[] = [];
  const elements: Element[] = [];
  const stack: string[] = [];
  let i = 0;
  const text = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      if (html[k] === '&') {
        ENTITY.lastIndex = k;
        if (!ENTITY.test(html)) errors.push(`unescaped & at ${k}: ${html.slice(k, k + 12)}`);
      }
      if (html[k] === '>') errors.push(`raw > at ${k}`);
    }
  };
  if (!html.startsWith('<!DOCTYPE html>')) errors.push('no <!DOCTYPE html>');
  i = html.indexOf('>') + 1;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      text(i, html.length);
      break;
    }
    text(i, open);
    const close = html.indexOf('>', open);
    if (close < 0) {
      errors.push(`unterminated tag at ${open}`);
      break;
    }
    const tag = html.slice(open, close + 1);
    i = close + 1;
    const m = TAG.exec(tag);
    if (!m) {
      errors.push(`malformed tag ${tag.slice(0, 80)}`);
      continue;
    }
    const [, slash, name, attrs, selfClose] = m;
    if (slash) {
      const top = stack.pop();
      if (top !== name) errors.push(`</${name}> closes <${top ?? 'nothing'}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrs!.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:.-]*)="([^"]*)"/g)) {
      if (a[1]! in attributes) errors.push(`duplicate attribute ${a[1]} in <${name}>`);
      attributes[a[1]!] = a[2]!;
      ENTITY.lastIndex = 0;
      for (let k = 0; k < a[2]!.length; k++) {
        if (a[2]![k] === '&') {
          ENTITY.lastIndex = k;
          if (!ENTITY.test(a[2]!)) errors.push(`unescaped & in attribute ${a[1]} of <${name}>`);
        }
      }
    }
    elements.push({ name: name!, attributes });
    if (!selfClose && !VOID.has(name!.toLowerCase())) stack.push(name!);
    // <style> holds CSS, not markup: skip to its end tag.
    if (name === 'style' && !selfClose) {
      const end = html.indexOf('</style>', i);
      if (html.slice(i, end).includes('<')) errors.push('< inside <style>');
      i = end;
    }
  }
  if (stack.length) errors.push(`unclosed: ${stack.join(' > ')}`);
  return { errors, elements };
}
