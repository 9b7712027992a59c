/**
 * Arrow IPC (stream format) for tables the browser reads: DuckDB-WASM's insertArrowFromIPCStream takes
 * exactly this, and apache-arrow's tableFromIPC decodes it without any extension download.
 */
import { tableFromArrays, tableToIPC, Table } from "apache-arrow";

export type ColumnValues = Float64Array | Int32Array | (string | null)[] | (boolean | null)[] | (number | null)[];

/** Encodes named columns (all the same length) as an Arrow IPC stream. */
export function columnsToArrowIPC(columns: Record<string, ColumnValues>): Uint8Array {
  const lengths = new Set(Object.values(columns).map((c) => c.length));
  if (lengths.size > 1) throw new RangeError(`columnsToArrowIPC: columns differ in length (${[...lengths].join(", ")})`);
  const table: Table = tableFromArrays(columns as Parameters<typeof tableFromArrays>[0]);
  return tableToIPC(table, "stream");
}
