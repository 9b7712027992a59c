/** A node DuckDB connection for build-time SQL. One in-memory database per engine run. */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

export async function openDuckDB(): Promise<DuckDBConnection> {
  return (await openDuckDBConnections(1))[0];
}

/** Several connections to one in-memory database: queries on different connections run concurrently. */
export async function openDuckDBConnections(count: number): Promise<DuckDBConnection[]> {
  const instance = await DuckDBInstance.create(":memory:", {
    // Never reach out for extensions: the secure zones have no internet.
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false"
  });
  return Promise.all(Array.from({ length: count }, () => instance.connect()));
}

/** Runs a query and returns plain row objects (BIGINT as number where safe). */
export async function queryRows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}
