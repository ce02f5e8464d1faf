/** The small HTML pieces every section of the report is written with; all text goes through `h`. */
import { escapeXml } from './svg';

export function h(text: string): string {
  return escapeXml(text);
}

export function value(text: string): string {
  return text === '—' ? '<span class="missing">missing</span>' : h(text);
}

export function missingList(missing: readonly string[]): string {
  if (missing.length === 0) return '';
  return `<p class="missing-head">To compute the missing values:</p><ul class="missing-list" aria-label="What to declare">${missing.map((m) => `<li>${inlineCode(m)}</li>`).join('')}</ul>`;
}

/** Backtick spans in messages (`density`) as <code>, the rest escaped. */
export function inlineCode(message: string): string {
  return message
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${h(part)}</code>` : h(part)))
    .join('');
}

export function figure(svg: string | undefined, caption: string, unavailable: string): string {
  if (!svg) return `<p class="missing">${h(unavailable)}</p>`;
  return `<figure>${svg}<figcaption>${h(caption)}</figcaption></figure>`;
}

export function dl(pairs: readonly (readonly [string, string])[]): string {
  return `<dl class="values">${pairs.map(([k, v]) => `<dt>${h(k)}</dt><dd>${value(v)}</dd>`).join('')}</dl>`;
}
