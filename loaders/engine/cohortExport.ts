/**
 * The explorer's copy of the cohort views (council build only: it is patient-level): cohort.arrow (one row
 * per tumour) and cohort-proms.arrow (one row per PROM score), with the exported columns of
 * cohortViews.ts only — no patient or tumour identifiers, no birth dates and no exact dates (every date
 * the indicator SQL needs is a year or a number of days). cohort-columns.json describes both files.
 * Rows are streamed from DuckDB into dictionary-encoded Arrow record batches, so memory stays flat at
 * national scale.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { ColumnarBatchWriter, type ColumnarField } from "../output/arrowColumns.ts";
import { exportedColumns, type CohortColumn, type CohortColumnType } from "./cohortViews.ts";

export const cohortFiles = { cohort: "cohort.arrow", cohort_proms: "cohort-proms.arrow" } as const;

const orderBy = {
  cohort: "registry, diagnosis_year, tumour_id",
  cohort_proms: "registry, diagnosis_year, tumour_id, instrument, domain, timepoint_days"
};

/**
 * Streams a cohort view into an Arrow IPC stream. Text columns are dictionary-encoded (their distinct
 * values, sorted, read first); values are read from DuckDB's vectors chunk by chunk.
 */
export async function cohortToArrow(connection: DuckDBConnection, view: "cohort" | "cohort_proms"): Promise<Uint8Array> {
  const columns = exportedColumns(view);
  const fields: ColumnarField[] = [];
  for (const c of columns) {
    if (c.type === "VARCHAR") {
      const reader = await connection.runAndReadAll(`SELECT DISTINCT ${c.name} AS v FROM ${view} WHERE ${c.name} IS NOT NULL ORDER BY v`);
      fields.push({ name: c.name, type: { kind: "dictionary", values: (reader.getColumnsJS()[0] ?? []).map(String) } });
    } else if (c.type === "INTEGER") fields.push({ name: c.name, type: { kind: "int32" } });
    else if (c.type === "DOUBLE") fields.push({ name: c.name, type: { kind: "float64" } });
    else if (c.type === "BOOLEAN") fields.push({ name: c.name, type: { kind: "boolean" } });
    else throw new TypeError(`cohortToArrow: column ${c.name} of type ${c.type} is not exported`);
  }
  const writer = new ColumnarBatchWriter(fields);
  const result = await connection.stream(`SELECT ${columns.map((c) => c.name).join(", ")} FROM ${view} ORDER BY ${orderBy[view]}`);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const vectors = columns.map((_, i) => chunk.getColumnVector(i));
    for (let row = 0; row < chunk.rowCount; row++) {
      for (let i = 0; i < vectors.length; i++) writer.set(i, vectors[i].getItem(row));
      writer.endRow();
    }
  }
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
