/**
 * What a user wrote, made inert wherever Cellspec shows it. A `.cell` file may come from an
 * untrusted repository, so its text is data in every output: a terminal must not obey its
 * escape sequences, a hover must not render its markdown links or HTML, a report must not run
 * its markup. One rule per output, each used by every message that reaches it:
 *
 * - `quoted(text)`        inside a message: shortened, invisible characters named (`U+001B`);
 * - `forTerminal(text)`   a whole line for a terminal (the CLI's text output);
 * - `forJson(json)`       serialised JSON for a terminal (C1 controls escaped as `\u009b`);
 * - `forMarkdown(text)`   literal text inside markdown (hovers, completion documentation);
 * - `forHtml(text)`       text or attribute values in the HTML report.
 *
 * This module imports nothing: the grammar's messages use it too.
 */

/** The longest piece of user text a message quotes; longer text is cut with `…`. */
export const MAX_QUOTED_LENGTH = 32;

/**
 * Characters that must not reach an output as themselves: C0 and C1 controls (ESC starts a
 * terminal escape, 0x9B is a one-byte CSI, NUL truncates C strings), DEL, lone surrogates
 * (not encodable), and the bidirectional overrides and isolates that reorder what a reader
 * sees ("Trojan Source", CVE-2021-42574). Line breaks are excluded here and handled per rule.
 */
const INVISIBLE =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const INVISIBLE_OR_NEWLINE = new RegExp(`${INVISIBLE.source}|[\\n\\r]`, 'g');

function codePointName(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every invisible character (and, with `newlines`, every line break) named as `U+XXXX`. */
export function nameInvisible(text: string, newlines = false): string {
  return text.replace(newlines ? INVISIBLE_OR_NEWLINE : INVISIBLE, codePointName);
}

/**
 * User text as a message quotes it: at most MAX_QUOTED_LENGTH characters (a 30,000-character
 * name is quoted by its start), never split inside a surrogate pair, with invisible characters
 * and line breaks named.
 */
export function quoted(text: string, max = MAX_QUOTED_LENGTH): string {
  let short = text;
  if (text.length > max) {
    let cut = max - 1;
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    short = `${text.slice(0, cut)}…`;
  }
  return nameInvisible(short, true);
}

/** A line of terminal output: nothing in it can move the cursor, clear the screen or set a title. */
export function forTerminal(line: string): string {
  return nameInvisible(line);
}

/**
 * JSON for a terminal or a pipe. JSON.stringify already escapes C0 controls and lone
 * surrogates; C1 controls (0x80–0x9F) and the bidirectional controls stay raw in its output,
 * so they are escaped here too. The result is still valid JSON with the same value.
 */
export function forJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Text shown literally inside markdown: every character markdown or its embedded HTML could
 * read as syntax is escaped (`[x](command:…)` stays text, `<img>` stays text; `n*F/(3.6*M)`
 * shows as written), invisible
 * characters are named, and line breaks become spaces so a message cannot start a heading.
 */
export function forMarkdown(text: string): string {
  return nameInvisible(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>#|~&!]/g, (char) => `\\${char}`);
}

/** Text for HTML content and attribute values. */
export function forHtml(text: string): string {
  return nameInvisible(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The longest `code span` a diagnostic message keeps whole (names, units, formulas quoted in backticks). */
export const MAX_CODE_SPAN_LENGTH = 64;

/**
 * A diagnostic message with bounded quotes: every backtick-quoted span longer than
 * MAX_CODE_SPAN_LENGTH is cut to its start (messages quote names as `name`, and a name may be
 * 30,000 characters long), and invisible characters are named. One linear pass.
 */
export function boundedMessage(message: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = message.indexOf('`', from);
    if (open < 0) break;
    const close = message.indexOf('`', open + 1);
    if (close < 0) break;
    const inner = message.slice(open + 1, close);
    out += message.slice(from, open + 1) + (inner.length > MAX_CODE_SPAN_LENGTH ? quoted(inner, MAX_CODE_SPAN_LENGTH) : inner) + '`';
    from = close + 1;
  }
  return nameInvisible(out + message.slice(from), true);
}

/**
 * User text as inline code in markdown (`Li2S`), or escaped plain text when a code span could
 * not hold it (it contains a backtick, a line break or an invisible character).
 */
export function forMarkdownCode(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[`\r\n]/.test(text) || nameInvisible(text) !== text ? forMarkdown(text) : `\`${text}\``;
}
