/**
 * Syntax nodes are their own spans (grammar/nodes.ts): their offsets and a quantity's value are
 * read through their class, so `{ ...node }` copies none of them. A copy made that way once made
 * every range with its unit written once an internal error. This reads the source with the
 * TypeScript checker and fails on any spread of a syntax-node type in the grammar or the core.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/analyze';

/** The tree's node interfaces whose parsed values are class instances. */
const NODE_TYPES = new Set(['Name', 'Quantity', 'Property', 'RangeValue', 'StringValue', 'FormulaValue', 'Component', 'Layer']);
const AST_FILE = path.join(REPO, 'grammar', 'ast.ts');

function program(): ts.Program {
  const config = ts.readConfigFile(path.join(REPO, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO);
  const roots = parsed.fileNames.filter((file) => /\/(grammar|server\/src)\//.test(file));
  return ts.createProgram(roots, parsed.options);
}

/** Whether `type` (or a member of a union) is one of the tree's node interfaces. */
function isNodeType(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.some(isNodeType);
  const declaration = (type.aliasSymbol ?? type.getSymbol())?.declarations?.[0];
  const name = (type.aliasSymbol ?? type.getSymbol())?.getName();
  return name !== undefined && NODE_TYPES.has(name) && path.resolve(declaration?.getSourceFile().fileName ?? '') === AST_FILE;
}

function nodeSpreads(source: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isSpreadAssignment(node) && isNodeType(checker.getTypeAtLocation(node.expression))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(REPO, source.fileName)}:${line + 1}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('syntax nodes are never copied with a spread', () => {
  it('no spread of a node type in the grammar or the core', { timeout: 60_000 }, () => {
    const built = program();
    const checker = built.getTypeChecker();
    const sources = built.getSourceFiles().filter((source) => !source.isDeclarationFile && /\/(grammar|server\/src)\//.test(source.fileName));
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.flatMap((source) => nodeSpreads(source, checker))).toEqual([]);
  });

  it('finds one where there is one (the check is not empty)', () => {
    const file = path.join(REPO, 'grammar', 'copy-probe.ts');
    const text = "import type { Quantity } from './ast';\nexport const copy = (q: Quantity): Quantity => ({ ...q, numberText: '1' });\n";
    const host = ts.createCompilerHost({ strict: true, noEmit: true });
    const read = host.readFile.bind(host);
    host.readFile = (name) => (path.resolve(name) === file ? text : read(name));
    const exists = host.fileExists.bind(host);
    host.fileExists = (name) => path.resolve(name) === file || exists(name);
    const probe = ts.createProgram([file], { strict: true, noEmit: true }, host);
    expect(nodeSpreads(probe.getSourceFile(file)!, probe.getTypeChecker())).toEqual(["grammar/copy-probe.ts:2: ...q"]);
  });
});
