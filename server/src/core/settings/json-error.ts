/**
 * Where a JSON text first goes wrong, and why, in words a user can act on. `JSON.parse`
 * reports no position for some errors in Node 20 (`Unexpected token '}', "…" is not valid
 * JSON`), so this walks the text itself; it runs only after `JSON.parse` has failed.
 */

export interface JsonError {
  /** Offset of the first offending character (UTF-16 units). */
  readonly offset: number;
  readonly message: string;
}

class Failure {
  constructor(readonly offset: number, readonly message: string) {}
}

export function findJsonError(text: string): JsonError | undefined {
  let at = 0;
  const fail = (message: string, offset = at): never => {
    throw new Failure(offset, message);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
    if (text[at] === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) fail('JSON does not allow comments');
  };
  const describe = () => (at >= text.length ? 'the end of the file' : `\`${text[at]}\``);

  const readString = () => {
    if (text[at] === "'") fail('strings and property names need double quotes');
    if (text[at] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
    const start = at++;
    while (at < text.length && text[at] !== '"') {
      const c = text.charCodeAt(at);
      if (c < 0x20) fail('a string cannot span lines (unterminated string?)');
      if (text[at] === '\\') {
        const escape = text[at + 1] ?? '';
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('`\\u` needs four hex digits');
          at += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escape) || escape === '') fail(`invalid escape \`\\${escape}\` in a string`);
        at += 2;
        continue;
      }
      at++;
    }
    if (at >= text.length) fail('unterminated string', start);
    at++;
  };

  const readNumber = () => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(at));
    if (!match) fail('malformed number');
    at += match![0].length;
    if (/[0-9A-Za-z.]/.test(text[at] ?? '')) fail('malformed number');
  };

  const readValue = (): void => {
    skipSpace();
    const c = text[at];
    if (c === '{') return readObject();
    if (c === '[') return readArray();
    if (c === '"' || c === "'") return readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, at)) {
        at += literal.length;
        return;
      }
    }
    fail(`expected a value, found ${describe()}`);
  };

  const readObject = () => {
    at++;
    skipSpace();
    if (text[at] === '}') {
      at++;
      return;
    }
    for (;;) {
      skipSpace();
      readString();
      skipSpace();
      if (text[at] !== ':') fail(`expected \`:\` after the property name, found ${describe()}`);
      at++;
      readValue();
      skipSpace();
      if (text[at] === '}') {
        at++;
        return;
      }
      if (text[at] !== ',') fail(`expected \`,\` or \`}\`, found ${describe()}`);
      const comma = at++;
      skipSpace();
      if (text[at] === '}') fail('remove the trailing comma: JSON does not allow one', comma);
    }
  };

  const readArray = () => {
    at++;
    skipSpace();
    if (text[at] === ']') {
      at++;
      return;
    }
    for (;;) {
      readValue();
      skipSpace();
      if (text[at] === ']') {
        at++;
        return;
      }
      if (text[at] !== ',') fail(`expected \`,\` or \`]\`, found ${describe()}`);
      const comma = at++;
      skipSpace();
      if (text[at] === ']') fail('remove the trailing comma: JSON does not allow one', comma);
    }
  };

  try {
    readValue();
    skipSpace();
    if (at < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return { offset: error.offset, message: error.message };
    throw error;
  }
}

/** 1-based line and column of an offset, as editors and compilers print them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
