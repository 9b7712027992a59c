/**
 * The extract library's public API: the format (tables.ts, registries.ts), validation into a snapshot,
 * the compute policy, and loading a snapshot into DuckDB. See docs/extract-format.md.
 */
export {
  tables,
  tableNames,
  tableSpec,
  unitLevels,
  hierarchyLevels,
  maxDaysBeforeDiagnosis,
  type TableName,
  type TableSpec,
  type ColumnSpec,
  type ColumnType,
  type UnitLevel,
  type UnitsTableLevel
} from "./tables.ts";
export { registries, registryIds, type RegistryId } from "./registries.ts";
export { manifestSchema, readManifest, parseManifest, schemaVersion, type ExtractManifest } from "./manifest.ts";
export { tableSchemas, rowSchema, columnSchema } from "./schemas.ts";
export {
  validateExtract,
  snapshotFiles,
  ExtractFolderError,
  type ValidateOptions,
  type ValidationProgress,
  type ValidationResult,
  type SnapshotMarker
} from "./validateExtract.ts";
export { prepareExtract, InvalidExtractError, type PrepareOptions, type PreparedExtract } from "./prepareExtract.ts";
export {
  loadIntoDuckDB,
  loadExtractIntoDuckDB,
  readSnapshotMarker,
  snapshotColumnTypes,
  snapshotTableSql,
  sqlTypes
} from "./loadIntoDuckDB.ts";
export { formatReport } from "./formatReport.ts";
export { problemKinds, formatProblem, type Problem, type ProblemKind, type Severity } from "./problems.ts";
export type { DataQualityReport, TableQuality, ProblemGroup, ReasonEntry } from "./dataQuality.ts";
