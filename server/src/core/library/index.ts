export { loadLibrary, createLibrary, type MaterialLibrary } from './library';
export { shortCitation } from './citation';
export { nominalValue, bounds } from './quantity';
export { LibraryDataError, formatIssue, citedSources, type LibraryIssue } from './validate';
export {
  CANONICAL_UNITS,
  CELL_NAME_PATTERN,
  MATERIAL_ROLES,
  MAX_SHORT_CITATION_CHARS,
  type LibraryMaterial,
  type LibraryRole,
  type LibrarySource,
  type Measured,
  type MeasurementMethod,
  type ReviewTable1Row,
  type SourcedCount,
  type SourcedInterphase,
  type StabilityWindow,
  type ValueOrRange,
} from './schema';
