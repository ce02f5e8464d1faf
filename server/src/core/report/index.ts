/** `cellspec report`: the computed hints of docs/language.md §6 as one §8 object, and its renderers. */
export { computeReport, reportFromHints } from './build';
export { renderText } from './text';
export { renderJson } from './json';
export { renderHtml } from './html';
export type { Report, MaterialReport, CompositeReport, CellReport, LayerReport, RangeReport, PercolationReport } from './types';
export { REPORT_UNITS } from './types';
export { compareDesigns, COMPARED_QUANTITIES, type Comparison, type CellComparison } from './compare';
export { comparisonJson, renderComparisonHtml, renderComparisonText } from './compare-render';
