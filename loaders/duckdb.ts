/**
 * A node DuckDB connection for build-time SQL. One in-memory database per engine run, bounded by the
 * machine: its memory limit, thread count and spill folder are set from what the machine has
 * (`duckdbSettings`), so a national extract ten times the usual size spills to disk instead of growing
 * without bound.
 */
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { identityTag, tagRunning } from "./processIdentity.ts";

export interface DuckDBSettings {
  /** DuckDB's buffer-manager limit, e.g. "2048MB" (QI_DUCKDB_MEMORY overrides). */
  memoryLimit: string;
  /** Worker threads (QI_DUCKDB_THREADS overrides). */
  threads: number;
  /** Where DuckDB spills what does not fit: a folder of its own under .qi/duckdb-tmp/. */
  tempDirectory: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The spill folders of every process live here (git-ignored with the rest of .qi/). */
export const spillRoot = join(root, ".qi", "duckdb-tmp");

const MB = 1024 * 1024;

/**
 * An eighth of the machine's memory, between 512 MB and 2 GB: with the JavaScript heap beside it, a run
 * stays within 4 GB at ten times national scale, and a small laptop keeps room for everything else.
 */
export function defaultMemoryLimitMB(total = totalmem()): number {
  return Math.round(Math.min(2048, Math.max(512, total / MB / 8)));
}

/** Megabytes of a DuckDB size setting such as "2048MB", "1.5GB" or "1.9 GiB". */
export function parseMB(size: string): number {
  const match = /^\s*([\d.]+)\s*([KMGT]?)i?B\s*$/i.exec(size);
  if (!match) throw new RangeError(`parseMB: not a size: ${JSON.stringify(size)}`);
  const power = { "": -2, K: -1, M: 0, G: 1, T: 2 }[match[2].toUpperCase()] ?? 0;
  return Number(match[1]) * 1024 ** power;
}

export function duckdbSettings(env: NodeJS.ProcessEnv = process.env): DuckDBSettings {
  const threads = Number(env.QI_DUCKDB_THREADS);
  return {
    memoryLimit: env.QI_DUCKDB_MEMORY || `${defaultMemoryLimitMB()}MB`,
    threads: Number.isInteger(threads) && threads > 0 ? threads : availableParallelism(),
    tempDirectory: join(spillRoot, `${identityTag()}.${Math.random().toString(36).slice(2, 10)}`)
  };
}

/** Spill folders left by processes that are gone (a killed run cannot clean up after itself). */
function removeStaleSpillFolders(): void {
  let names: string[];
  try {
    names = readdirSync(spillRoot);
  } catch {
    return;
  }
  for (const name of names) {
    // "<run>.<random>": the run's tag tells a process that is gone from a later one reusing its pid.
    if (tagRunning(name.split(".")[0]) !== false) continue;
    rmSync(join(spillRoot, name), { recursive: true, force: true });
  }
}

/**
 * A DuckDB database with the machine's settings: in memory (the default), or the file at `path`, opened
 * read only if `readOnly` (several processes may read one file at once).
 */
export async function openDuckDBInstance({
  path = ":memory:",
  readOnly = false
}: { path?: string; readOnly?: boolean } = {}): Promise<DuckDBInstance> {
  removeStaleSpillFolders();
  mkdirSync(spillRoot, { recursive: true });
  const settings = duckdbSettings();
  return DuckDBInstance.create(path, {
    // Never reach out for extensions: the secure zones have no internet.
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
    memory_limit: settings.memoryLimit,
    threads: String(settings.threads),
    // DuckDB creates the folder when it first spills and removes it when the database closes.
    temp_directory: settings.tempDirectory,
    ...(readOnly ? { access_mode: "READ_ONLY" } : {})
  });
}

/** One connection to a new in-memory database. */
export async function openDuckDB(): Promise<DuckDBConnection> {
  return (await openDuckDBInstance()).connect();
}

/** `count` connections to one database: queries on different connections run concurrently. */
export async function connect(instance: DuckDBInstance, count: number): Promise<DuckDBConnection[]> {
  return Promise.all(Array.from({ length: count }, () => instance.connect()));
}

/** Runs a query and returns plain row objects (BIGINT as number where safe). */
export async function queryRows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}
