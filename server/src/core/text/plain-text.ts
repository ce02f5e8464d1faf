/** Short markdown (a table cell, a setting's description) as plain text: no emphasis, no code quotes, a link's text only, escaped pipes unescaped. */
export function markdownAsPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|`/g, '')
    .replace(/\\\|/g, '|');
}
