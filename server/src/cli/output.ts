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

/** One line (or several) on standard error, prefixed `cellspec: `. */
export function writeError(message: string): void {
  process.stderr.write(`${terminalText(`cellspec: ${message}`)}\n`);
}
