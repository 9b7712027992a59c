/**
 * The explorer's copy of the cohort views (council build only: it is patient-level): cohort.arrow (one row
 * per tumour, the exported columns of `cohort`) and cohort-proms.arrow (one row per PROM score: the PROM
 * columns and `cohort_row`, which the explorer joins to cohort.arrow — explorerPromsViewSql). No patient
 * or tumour identifier, no birth date and no exact date: every date the indicator SQL needs is a year or
 * a number of days. cohort-columns.json describes both files and how to load them.
 *
 * Rows are streamed from DuckDB to the files in dictionary-encoded Arrow record batches, so memory stays
 * flat at national scale; each file's SHA-256 is computed on the way.
 */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { createRequire } from "node:module";
import type { DuckDBConnection } from "@duckdb/node-api";
import type bindingsModule from "@duckdb/node-bindings";
import {
  ColumnarBatchWriter,
  dictionaryIndexArray,
  type ColumnarField,
  type ColumnarValues
} from "../output/arrowColumns.ts";
import { explorerPromsViewSql, exportedColumns, type CohortColumn, type CohortColumnType } from "./cohortViews.ts";

/**
 * DuckDB's C-API bindings, resolved from @duckdb/node-api (which depends on exactly its own version), for
 * copying whole vectors: the value-by-value API costs about 200 ns a value at national scale.
 */
const require = createRequire(import.meta.url);
const bindings = createRequire(require.resolve("@duckdb/node-api"))("@duckdb/node-bindings") as typeof bindingsModule;
type Vector = Parameters<typeof bindingsModule.vector_get_data>[0];

export const cohortFiles = { cohort: "cohort.arrow", cohort_prom_scores: "cohort-proms.arrow" } as const;

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Rows per Arrow record batch (DuckDB chunks of 2048 rows are gathered into batches this size). */
const batchRows = 65536;

/**
 * The queries behind the files. `cohort` is stored in cohort_row order, so it is read as stored (no sort
 * of the wide rows); the export checks the order as it goes. The scores are sorted on a narrow row.
 */
function exportQuery(table: "cohort" | "cohort_prom_scores", select: string[]): string {
  if (table === "cohort") return `SELECT ${select.join(", ")} FROM cohort`;
  return `SELECT ${select.join(", ")}
    FROM (SELECT q.*, c.cohort_row FROM proms q JOIN cohort c ON c.tumour_id = q.tumour_id) q
    ORDER BY cohort_row, instrument, domain, timepoint_days`;
}

/**
 * Writes one explorer file to `path` and returns its SHA-256. Text columns are cast to DuckDB ENUMs of
 * their sorted distinct values, so each chunk's vectors hold dictionary indices; numbers, flags and
 * indices are copied from DuckDB's vectors as whole arrays (with DuckDB's validity masks, which have
 * Arrow's bit layout) through the C-API bindings, instead of value by value.
 */
export async function writeCohortFile(
  connection: DuckDBConnection,
  table: "cohort" | "cohort_prom_scores",
  path: string
): Promise<string> {
  const columns = exportedColumns(table);
  const fields: ColumnarField[] = [];
  const select: string[] = [];
  // The PROM columns are computed from the proms table (their SQL is over alias q); tumour columns are read as stored.
  const expressionOf = (c: CohortColumn) => (table === "cohort" || c.name === "cohort_row" ? c.name : c.sql);
  const distinctValues = (c: CohortColumn) =>
    `list_sort(list(DISTINCT ${expressionOf(c)}) FILTER (WHERE ${expressionOf(c)} IS NOT NULL))`;
  const text = columns.filter((c) => c.type === "VARCHAR");
  // Every text column's sorted distinct values, in one scan.
  const distinct = text.length
    ? (
        await connection.runAndReadAll(
          `SELECT ${text.map(distinctValues).join(", ")} FROM ${table === "cohort" ? "cohort" : "proms q"}`
        )
      ).getRowsJS()[0]
    : [];
  for (const c of columns) {
    const expression = expressionOf(c);
    if (c.type === "VARCHAR") {
      const values = ((distinct[text.indexOf(c)] as unknown[] | null) ?? []).map(String);
      fields.push({ name: c.name, type: { kind: "dictionary", values } });
      // An ENUM needs at least one value; an all-NULL column stays all NULL.
      select.push(
        values.length
          ? `(${expression})::ENUM(${values.map(literal).join(", ")}) AS ${c.name}`
          : `NULL::ENUM('') AS ${c.name}`
      );
    } else {
      if (c.type === "DATE") throw new TypeError(`writeCohortFile: ${c.name} is a date; dates are never exported`);
      fields.push({ name: c.name, type: { kind: kinds[c.type] } as ColumnarField["type"] });
      select.push(`${expression} AS ${c.name}`);
    }
  }
  const hash = createHash("sha256");
  const writer = new ColumnarBatchWriter(fields);
  // Read from the writer by hand rather than piped: a failed write (a full disk) must end the export with
  // its error, and destroying Arrow's stream with an error leaves a promise rejected that no one handles.
  let failure: unknown = null;
  const done = (async () => {
    const file = await open(path, "w");
    try {
      for await (const chunk of writer.toNodeStream() as AsyncIterable<Buffer>) {
        hash.update(chunk);
        await file.write(chunk);
      }
    } finally {
      await file.close();
    }
  })();
  done.catch((error: unknown) => (failure ??= error));
  const result = await connection.stream(exportQuery(table, select));
  const rowColumn = fields.findIndex((f) => f.name === "cohort_row");
  let pending: { length: number; columns: ColumnarValues[] }[] = [];
  let pendingRows = 0;
  let written = 0;
  const flush = () => {
    if (pendingRows === 0) return;
    writer.write(
      pendingRows,
      fields.map((_, i) => concatColumn(pending, i, pendingRows))
    );
    pending = [];
    pendingRows = 0;
  };
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const length = chunk.rowCount;
    const columnsOfChunk = fields.map((field, i) =>
      readVector(bindings.data_chunk_get_vector(chunk.chunk, i), field, length)
    );
    if (table === "cohort") {
      // Stored order is the order of cohort_row: make sure, since the file's bytes depend on it.
      const rows = columnsOfChunk[rowColumn].values;
      for (let r = 0; r < length; r++)
        if (rows[r] !== written + r)
          throw new Error(`writeCohortFile: cohort is not stored in cohort_row order (row ${written + r})`);
    }
    written += length;
    pending.push({ length, columns: columnsOfChunk });
    pendingRows += length;
    if (failure) throw failure;
    if (pendingRows >= batchRows) flush();
  }
  flush();
  writer.end();
  await done;
  return hash.digest("hex");
}

const kinds: Record<Exclude<CohortColumnType, "VARCHAR" | "DATE">, "int32" | "float64" | "boolean"> = {
  INTEGER: "int32",
  DOUBLE: "float64",
  BOOLEAN: "boolean"
};

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
function concatColumn(
  chunks: { length: number; columns: ColumnarValues[] }[],
  i: number,
  total: number
): ColumnarValues {
  const first = chunks[0].columns[i].values;
  const values = new (first.constructor as { new (n: number): typeof first })(total);
  const anyNull = chunks.some((c) => c.columns[i].validity !== null);
  const validity = anyNull ? new Uint8Array(Math.ceil(total / 8)) : null;
  let offset = 0;
  for (const chunk of chunks) {
    const column = chunk.columns[i];
    values.set(column.values as never, offset);
    if (validity) {
      if (offset % 8 === 0 && column.validity)
        validity.set(column.validity.subarray(0, Math.ceil(chunk.length / 8)), offset >> 3);
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
  /** Load each file as the table named by its key. */
  tables: Record<"cohort" | "cohort_prom_scores", string>;
  /** Then run these statements: they create the `cohort_proms` view the PROM indicators' SQL runs on. */
  setup: string[];
  note: string;
  /** The columns of each table, and of the cohort_proms view the setup creates. */
  columns: Record<
    "cohort" | "cohort_prom_scores" | "cohort_proms",
    { name: string; type: CohortColumnType; description: string }[]
  >;
}

export function cohortColumnsDescription(): CohortColumnsDescription {
  const describe = (columns: CohortColumn[]) =>
    columns.map(({ name, type, description }) => ({ name, type, description }));
  const scores = exportedColumns("cohort_prom_scores");
  return {
    tables: { ...cohortFiles },
    setup: [explorerPromsViewSql],
    note:
      "Patient-level data for the council explorer only. Load cohort.arrow " +
      "as table cohort and cohort-proms.arrow as table cohort_prom_scores, " +
      "run the setup statement; the indicator SQL in indicators.json then " +
      "runs unchanged on cohort and cohort_proms.",
    columns: {
      cohort: describe(exportedColumns("cohort")),
      cohort_prom_scores: describe(scores),
      cohort_proms: describe([...scores.filter((c) => c.name !== "cohort_row"), ...exportedColumns("cohort")])
    }
  };
}
