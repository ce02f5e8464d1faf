/**
 * VS Code snippet bodies as the editor inserts them: every `${n:default}` takes its default, every
 * `${n|a,b|}` choice the option chosen (its first, unless `choose` says otherwise), and `$n` tab
 * stops vanish. Anything else of the snippet syntax is refused, so a test cannot pass on a body
 * it did not understand.
 */
const CHOICE = /\$\{(\d+)\|([^|}]*)\|\}/g;
const PLACEHOLDER = /\$\{\d+:([^${}]*)\}/g;
const TAB_STOP = /\$\d+/g;

export function expandSnippet(body: string, choose: (stop: number, options: readonly string[]) => string = (_, options) => options[0]!): string {
  const text = body
    .replace(CHOICE, (_, stop: string, options: string) => choose(Number(stop), options.split(',')))
    .replace(PLACEHOLDER, '$1')
    .replace(TAB_STOP, '');
  if (/[$\\]/.test(text)) throw new Error(`snippet syntax left after expansion: ${text}`);
  return text;
}

/** Every choice of a body, with its tab stop and options. */
export function choicesOf(body: string): { stop: number; options: string[] }[] {
  return [...body.matchAll(CHOICE)].map((match) => ({ stop: Number(match[1]), options: match[2]!.split(',') }));
}
