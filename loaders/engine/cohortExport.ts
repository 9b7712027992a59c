/**
 * The explorer's copy of the cohort views (council build only: it is patient-level): cohort.arrow (one row
 * per tumour) and cohort-proms.arrow (one row per PROM score), with the exported columns of
 * cohortViews.ts only — no patient or tumour identifiers, no birth dates and no exact dates (every date
 * the indicator SQL needs is a year or a number of days). cohort-columns.json describes both files.
 * Rows are streamed from DuckDB into dictionary-encoded Arrow record batches, so memory stays flat at
 * national scale.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { createRequire } from "node:module";
import type bindingsModule from "@duckdb/node-bindings";
import { ColumnarBatchWriter, dictionaryIndexArray, type ColumnarField, type ColumnarValues } from "../output/arrowColumns.ts";
import { exportedColumns, type CohortColumn, type CohortColumnType } from "./cohortViews.ts";

export const cohortFiles = { cohort: "cohort.arrow", cohort_proms: "cohort-proms.arrow" } as const;

const orderBy = {
  cohort: "registry, diagnosis_year, tumour_id",
  cohort_proms: "registry, diagnosis_year, tumour_id, instrument, domain, timepoint_days"
};

/**
 * DuckDB's C-API bindings, resolved from @duckdb/node-api (which depends on exactly its own version), for
 * copying whole vectors: the value-by-value API costs about 200 ns a value at national scale.
 */
const require = createRequire(import.meta.url);
const bindings = createRequire(require.resolve("@duckdb/node-api"))("@duckdb/node-bindings") as typeof bindingsModule;
type Vector = Parameters<typeof bindingsModule.vector_get_data>[0];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Rows per Arrow record batch (DuckDB chunks of 2048 rows are gathered into batches this size). */
const batchRows = 65536;

/**
 * Streams a cohort view into an Arrow IPC stream. Text columns are cast to DuckDB ENUMs of their sorted
 * distinct values, so each chunk's vectors hold dictionary indices; numbers, flags and indices are copied
 * from DuckDB's vectors as whole arrays (with DuckDB's validity masks, which have Arrow's bit layout)
 * through the C-API bindings, instead of value by value.
 */
export async function cohortToArrow(connection: DuckDBConnection, view: "cohort" | "cohort_proms"): Promise<Uint8Array> {
  const columns = exportedColumns(view);
  const fields: ColumnarField[] = [];
  const select: string[] = [];
  for (const c of columns) {
    if (c.type === "VARCHAR") {
      const reader = await connection.runAndReadAll(`SELECT DISTINCT ${c.name} AS v FROM ${view} WHERE ${c.name} IS NOT NULL ORDER BY v`);
      const values = (reader.getColumnsJS()[0] ?? []).map(String);
      fields.push({ name: c.name, type: { kind: "dictionary", values } });
      // An ENUM needs at least one value; an all-NULL column stays all NULL.
      select.push(values.length ? `${c.name}::ENUM(${values.map(literal).join(", ")}) AS ${c.name}` : `NULL::ENUM('') AS ${c.name}`);
    } else if (c.type === "INTEGER") {
      fields.push({ name: c.name, type: { kind: "int32" } });
      select.push(c.name);
    } else if (c.type === "DOUBLE") {
      fields.push({ name: c.name, type: { kind: "float64" } });
      select.push(c.name);
    } else if (c.type === "BOOLEAN") {
      fields.push({ name: c.name, type: { kind: "boolean" } });
      select.push(c.name);
    } else throw new TypeError(`cohortToArrow: column ${c.name} of type ${c.type} is not exported`);
  }
  const writer = new ColumnarBatchWriter(fields);
  // A fixed order, whatever order DuckDB's threads built the view in.
  const result = await connection.stream(`SELECT ${select.join(", ")} FROM ${view} ORDER BY ${orderBy[view]}`);
  let pending: { length: number; columns: ColumnarValues[] }[] = [];
  let pendingRows = 0;
  const flush = () => {
    if (pendingRows === 0) return;
    writer.write(pendingRows, fields.map((_, i) => concatColumn(pending, i, pendingRows)));
    pending = [];
    pendingRows = 0;
  };
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const length = chunk.rowCount;
    pending.push({ length, columns: fields.map((field, i) => readVector(bindings.data_chunk_get_vector(chunk.chunk, i), field, length)) });
    pendingRows += length;
    if (pendingRows >= batchRows) flush();
  }
  flush();
  return writer.finish();
}

/**
 * Copies one DuckDB vector of a chunk (valid only until the next fetch) into a typed array and bitmap.
 * The value slots of NULLs hold whatever DuckDB left there; they are zeroed so the file is reproducible.
 */
function readVector(vector: Vector, field: ColumnarField, length: number): ColumnarValues {
  const words = Math.ceil(length / 64) * 8;
  const mask = bindings.vector_get_validity(vector, words);
  const validity = mask ? new Uint8Array(mask.subarray(0, Math.ceil(length / 8))) : null;
  // Bits past the last row are not DuckDB's to define: clear them.
  if (validity && length % 8) validity[validity.length - 1] &= (1 << (length % 8)) - 1;
  let values: ColumnarValues["values"];
  switch (field.type.kind) {
    case "int32":
      values = new Int32Array(new Uint8Array(bindings.vector_get_data(vector, length * 4)).buffer);
      break;
    case "float64":
      values = new Float64Array(new Uint8Array(bindings.vector_get_data(vector, length * 8)).buffer);
      break;
    case "boolean":
      values = new Uint8Array(bindings.vector_get_data(vector, length));
      break;
    case "dictionary": {
      // DuckDB stores ENUM indices as UINT8 (≤ 255 values), UINT16 (≤ 65535) or UINT32.
      const size = Math.max(1, field.type.values.length);
      const width = size <= 255 ? 1 : size <= 65535 ? 2 : 4;
      const raw = new Uint8Array(bindings.vector_get_data(vector, length * width));
      const source = width === 1 ? raw : width === 2 ? new Uint16Array(raw.buffer) : new Uint32Array(raw.buffer);
      values = dictionaryIndexArray(field.type.values.length, length);
      for (let r = 0; r < length; r++) values[r] = source[r];
      break;
    }
  }
  if (validity) for (let r = 0; r < length; r++) if (!(validity[r >> 3] & (1 << (r & 7)))) values[r] = 0;
  return { values, validity };
}

/** Joins the chunks' arrays of column i into one batch column. */
function concatColumn(chunks: { length: number; columns: ColumnarValues[] }[], i: number, total: number): ColumnarValues {
  const first = chunks[0].columns[i].values;
  const values = new (first.constructor as { new (n: number): typeof first })(total);
  const anyNull = chunks.some((c) => c.columns[i].validity !== null);
  const validity = anyNull ? new Uint8Array(Math.ceil(total / 8)) : null;
  let offset = 0;
  for (const chunk of chunks) {
    const column = chunk.columns[i];
    values.set(column.values as never, offset);
    if (validity) {
      if (offset % 8 === 0 && column.validity) validity.set(column.validity.subarray(0, Math.ceil(chunk.length / 8)), offset >> 3);
      else {
        for (let r = 0; r < chunk.length; r++) {
          const valid = column.validity === null || column.validity[r >> 3] & (1 << (r & 7));
          if (valid) validity[(offset + r) >> 3] |= 1 << ((offset + r) & 7);
        }
      }
    }
    offset += chunk.length;
  }
  return { values, validity };
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
