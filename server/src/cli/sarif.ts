/**
 * `cellspec check --format sarif`: the diagnostics as SARIF 2.1.0 (OASIS), the format code-scanning
 * dashboards read (GitHub's upload-sarif, GitLab, Azure DevOps). One run; one rule per diagnostic
 * code, its help the code's row of docs/language.md §4; one result per diagnostic, located by the
 * file's path relative to the current directory (`%SRCROOT%`) and a 1-based region.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { diagnosticHelp, type DiagnosticHelp, type Severity } from '../core';
import type { JsonDiagnostic } from './check';
import { TOOL } from './tool';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SOURCE_ROOT = '%SRCROOT%';

/** SARIF has three levels of finding; information and hints are both notes. */
const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function sarifLog(diagnostics: readonly JsonDiagnostic[], cwd = process.cwd()): object {
  const help = [...diagnosticHelp().values()];
  const ruleIndex = new Map(help.map((rule, i) => [rule.code, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL.name, version: TOOL.version, ...(TOOL.informationUri ? { informationUri: TOOL.informationUri } : {}), rules: help.map(rule) } },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: ruleIndex.get(d.code),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file, cwd), region: region(d.range) } }],
        })),
      },
    ],
  };
}

function rule(help: DiagnosticHelp) {
  const where = 'Every code, its default severity and how to change it: docs/language.md §4 and §7.';
  return {
    id: help.code,
    shortDescription: { text: help.summary },
    fullDescription: { text: help.text, markdown: help.markdown },
    help: { text: `${help.text}\n\n${where}`, markdown: `${help.markdown}\n\n${where}` },
    defaultConfiguration: { level: LEVEL[help.defaultSeverity] },
  };
}

/** A file below `cwd` by its relative path (forward slashes, each segment percent-encoded); any other by its file URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** LSP's 0-based, end-exclusive range as SARIF's 1-based region (its end column is also the first column after the text). */
function region(range: JsonDiagnostic['range']) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
