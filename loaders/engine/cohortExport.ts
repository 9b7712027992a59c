/**
 * The explorer's copy of the cohort views (council build only: it is patient-level): cohort.arrow (one row
 * per tumour) and cohort-proms.arrow (one row per PROM score), with the exported columns of
 * cohortViews.ts only — no patient or tumour identifiers, no birth dates and no exact dates (every date
 * the indicator SQL needs is a year or a number of days). cohort-columns.json describes both files.
 * Rows are streamed from DuckDB into Arrow record batches, so memory stays flat at national scale.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { ArrowStreamWriter, type ColumnKind, type TypedColumn } from "../output/arrow.ts";
import { exportedColumns, type CohortColumn, type CohortColumnType } from "./cohortViews.ts";

const kinds: Record<CohortColumnType, ColumnKind> = { VARCHAR: "string", INTEGER: "int32", DOUBLE: "float64", BOOLEAN: "boolean", DATE: "string" };

export const cohortFiles = { cohort: "cohort.arrow", cohort_proms: "cohort-proms.arrow" } as const;

const orderBy = {
  cohort: "registry, diagnosis_year, tumour_id",
  cohort_proms: "registry, diagnosis_year, tumour_id, instrument, domain, timepoint_days"
};

/** Streams a cohort view into an Arrow IPC stream. */
export async function cohortToArrow(connection: DuckDBConnection, view: "cohort" | "cohort_proms", batchRows = 65536): Promise<Uint8Array> {
  const columns = exportedColumns(view);
  const typed: TypedColumn[] = columns.map((c) => ({ name: c.name, kind: kinds[c.type] }));
  const writer = new ArrowStreamWriter(typed);
  const result = await connection.stream(`SELECT ${columns.map((c) => c.name).join(", ")} FROM ${view} ORDER BY ${orderBy[view]}`);
  let batch: Record<string, unknown>[] = [];
  for await (const rows of result.yieldRowsJs()) {
    for (const row of rows) {
      const object: Record<string, unknown> = {};
      for (let i = 0; i < typed.length; i++) object[typed[i].name] = row[i];
      batch.push(object);
    }
    if (batch.length >= batchRows) {
      writer.write(batch);
      batch = [];
    }
  }
  writer.write(batch);
  return writer.finish();
}

export interface CohortColumnsDescription {
  files: Record<"cohort" | "cohort_proms", string>;
  note: string;
  views: Record<"cohort" | "cohort_proms", { name: string; type: CohortColumnType; description: string }[]>;
}

export function cohortColumnsDescription(): CohortColumnsDescription {
  const describe = (columns: CohortColumn[]) => columns.map(({ name, type, description }) => ({ name, type, description }));
  return {
    files: { ...cohortFiles },
    note:
      "Patient-level data for the council explorer only. Load each file into DuckDB as a table named after its view (cohort, cohort_proms); the indicator SQL in indicators.json then runs unchanged.",
    views: { cohort: describe(exportedColumns("cohort")), cohort_proms: describe(exportedColumns("cohort_proms")) }
  };
}
