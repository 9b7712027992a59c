/**
 * data-quality.json: the account of a validation. Per table, rows read = rows used + rows excluded,
 * the exclusions by reason with counts and the first row references; warnings by kind; every problem
 * kind with its count and first examples; and the checksums that identify the extract. It holds no
 * timestamps or absolute paths, so the same extract and code give the same bytes.
 */
import type { KindCount, ProblemLog, TableLedger } from "./ledger.ts";
import type { ExtractManifest } from "./manifest.ts";
import type { ProblemKind, Severity } from "./problems.ts";
import type { TableName } from "./tables.ts";

export const dataQualityFormat = "qi-data-quality/1";

export interface ReasonEntry {
  reason: ProblemKind;
  title: string;
  count: number;
  /** The first row references, `file:line` (CSV) or `file:row n` (Parquet). */
  rows: string[];
}

export interface TableQuality {
  table: TableName;
  /** The input file, or null when it is missing. */
  file: string | null;
  format: "csv" | "parquet" | null;
  rows_read: number;
  rows_used: number;
  rows_excluded: number;
  /** Blank lines and rows of empty fields, which are not rows. */
  blank_lines: number;
  excluded: ReasonEntry[];
  /** Used rows that carry a warning, by kind (a row counts once per kind). */
  flagged: ReasonEntry[];
}

export interface ProblemExample {
  file: string;
  line: number | null;
  /** true when `line` is a Parquet row number. */
  row?: boolean;
  column: string | null;
  message: string;
}

export interface ProblemGroup {
  kind: ProblemKind;
  severity: Severity;
  title: string;
  count: number;
  examples: ProblemExample[];
}

export interface DataQualityReport {
  format: typeof dataQualityFormat;
  /** True when there is no error: every row is used (warnings allowed). */
  ok: boolean;
  /** The validated extract.json, or null when it is invalid. */
  extract: ExtractManifest | null;
  checksums: {
    /** SHA-256 over the sorted lines `<sha256>  <file>` of every input file (the sha256sum format). */
    extract: string;
    files: Record<string, string>;
  };
  counts: {
    errors: number;
    warnings: number;
    dependent: number;
    rows_read: number;
    rows_used: number;
    rows_excluded: number;
  };
  tables: Partial<Record<TableName, TableQuality>>;
  problems: ProblemGroup[];
}

function toExample(problem: KindCount["examples"][number]): ProblemExample {
  return {
    file: problem.file,
    line: problem.line,
    ...(problem.row ? { row: true } : {}),
    column: problem.column,
    message: problem.message
  };
}

export function buildReport(
  manifest: ExtractManifest | null,
  checksums: DataQualityReport["checksums"],
  ledgers: TableLedger[],
  log: ProblemLog
): DataQualityReport {
  const tables: DataQualityReport["tables"] = {};
  for (const ledger of ledgers) {
    tables[ledger.table] = {
      table: ledger.table,
      file: ledger.file,
      format: ledger.format,
      rows_read: ledger.rowsRead,
      rows_used: ledger.rowsUsed,
      rows_excluded: ledger.rowsExcluded,
      blank_lines: ledger.blankLines,
      excluded: [...ledger.excluded.values()],
      flagged: [...ledger.flagged.values()]
    };
  }
  const sum = (pick: (l: TableLedger) => number) => ledgers.reduce((total, l) => total + pick(l), 0);
  const errors = log.count("error");
  return {
    format: dataQualityFormat,
    ok: errors === 0,
    extract: manifest,
    checksums,
    counts: {
      errors,
      warnings: log.count("warning"),
      dependent: log.count("dependent"),
      rows_read: sum((l) => l.rowsRead),
      rows_used: sum((l) => l.rowsUsed),
      rows_excluded: sum((l) => l.rowsExcluded)
    },
    tables,
    problems: log.summary().map((k) => ({
      kind: k.kind,
      severity: k.severity,
      title: k.title,
      count: k.count,
      examples: k.examples.map(toExample)
    }))
  };
}
