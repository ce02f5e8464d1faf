/**
 * Everything the CLI prints goes through here, so that nothing a `.cell` file contains reaches
 * the terminal as a control sequence (text/inert.ts): text line by line through `forTerminal`,
 * JSON through `forJson`. HTML is escaped where the report builds it.
 */
import { forJson, forTerminal } from '../core';

/** Lines of text for a person; line breaks are kept, every other control character is named. */
export function terminalText(text: string): string {
  return text.split('\n').map(forTerminal).join('\n');
}

export function writeText(text: string): void {
  process.stdout.write(terminalText(text));
}

export function jsonText(value: unknown, indent = 2): string {
  return forJson(JSON.stringify(value, null, indent));
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${jsonText(value)}\n`);
}

/**
 * Output gathered into blocks of about 64 KB, for a command that writes as it goes (a formula
 * batch, the diagnostics of a big check) instead of building all of its output first: the
 * whole text of 16,000 diagnostics, split, escaped and joined again, added ~25 MB to a 10 MB
 * check's peak. Kept as UTF-8 bytes, not strings: joining strings of which any holds a character
 * beyond Latin-1 (the minus sign of a charge note, `−1`) makes V8 build a two-byte string, about
 * 25× slower per character than a one-byte join.
 */
export class OutputBlocks {
  private pending: Buffer[] = [];
  private pendingLength = 0;

  add(text: string): void {
    this.pending.push(Buffer.from(text, 'utf8'));
    this.pendingLength += text.length;
  }

  get full(): boolean {
    return this.pendingLength >= 65_536;
  }

  /** The block gathered so far (undefined when there is none), and a new one begun. */
  take(): Buffer | undefined {
    if (this.pending.length === 0) return undefined;
    const block = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLength = 0;
    return block;
  }
}

/** One line (or several) on standard error, prefixed `cellspec: `. */
export function writeError(message: string): void {
  process.stderr.write(`${terminalText(`cellspec: ${message}`)}\n`);
}
