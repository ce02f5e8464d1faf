import path from 'node:path';
import { computeReport, renderHtml } from '../core';
import type { ServerContext } from './context';
import { currentAnalysis } from './current-analysis';
import { guarded } from './guard';
import { REPORT_METHOD, type ReportParams, type ReportResult } from './protocol';
import { uriToPath } from './uri';

/**
 * `cellspec/report`: the HTML of `cellspec report --format html` for an open document, from its
 * current text (unsaved edits included) and the settings in force for it.
 */
export function registerReport(context: ServerContext): void {
  context.connection.onRequest(
    REPORT_METHOD,
    guarded(context.connection, REPORT_METHOD, null, async (params: ReportParams): Promise<ReportResult | null> => {
      const current = await currentAnalysis(context, { textDocument: { uri: params?.uri } });
      if (!current) return null;
      const report = computeReport(current.analysis.program, current.analysis.settings);
      const title = path.basename(uriToPath(current.document.uri) ?? current.analysis.file);
      return renderHtml(report, title);
    }),
  );
}
