/**
 * Opens DuckDB-WASM from node_modules (no CDN): the wasm and worker files are resolved with
 * import.meta.resolve so Framework copies them into the build. Extension autoloading is switched off,
 * because the parquet/json extensions would be downloaded from DuckDB's extension server at run time.
 * Tables arrive as Arrow IPC streams.
 */
import * as duckdb from "@duckdb/duckdb-wasm";

export interface Database {
  /** Runs SQL and returns the rows as plain objects. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function openDatabase(tables: Record<string, ArrayBuffer | Uint8Array>): Promise<Database> {
  const mainModule = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
  const mainWorker = import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js");
  // Framework re-bundles the worker as an ES module, so it must be started as one.
  const worker = new Worker(mainWorker, { type: "module" });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(mainModule);
  await db.open({ query: { castBigIntToDouble: true, castTimestampToDate: true } });
  const connection = await db.connect();
  await connection.query("SET autoinstall_known_extensions = false");
  await connection.query("SET autoload_known_extensions = false");
  for (const [name, bytes] of Object.entries(tables)) {
    await connection.insertArrowFromIPCStream(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), {
      name,
      create: true
    });
  }
  return {
    async query(sql) {
      const result = await connection.query(sql);
      return result.toArray().map((row) => row.toJSON());
    },
    async close() {
      await connection.close();
      await db.terminate();
      worker.terminate();
    }
  };
}
