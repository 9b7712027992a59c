/**
 * The engine's database of a validated snapshot: the extract tables, the cohort views and the explorer's
 * cohort files, built once into a DuckDB file beside the snapshot (`engine-<fingerprint>/`) and opened read
 * only by every later compute of the same extract. An unchanged extract is then neither loaded nor joined
 * again; a file-backed database also lets DuckDB evict what it is not using, so memory stays within its
 * limit at any scale. The folder is keyed by the code that decides its content (the loader, the cohort
 * views, the cohort export and DuckDB's version), so a change there builds a new one.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DuckDBConnection } from "@duckdb/node-api";
import { connect, openDuckDBInstance } from "../duckdb.ts";
import { loadIntoDuckDB } from "../extract/loadIntoDuckDB.ts";
import { makeFolderOnce } from "../makeFolderOnce.ts";
import { checkFolder, sealFolder } from "../verifiedFolder.ts";
import { cohortFiles, writeCohortFile } from "./cohortExport.ts";
import { createCohortViews } from "./cohortViews.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The sources that decide what the database and the cohort files hold. */
const sources = [
  "loaders/extract/loadIntoDuckDB.ts",
  "loaders/extract/tables.ts",
  "loaders/engine/cohortViews.ts",
  "loaders/engine/cohortExport.ts",
  "loaders/engine/engineDatabase.ts",
  "loaders/output/arrowColumns.ts"
];

let fingerprint: string | null = null;

/** SHA-256 (16 hex digits) of those sources and DuckDB's version. */
export function engineFingerprint(): string {
  if (fingerprint === null) {
    const hash = createHash("sha256");
    const duckdb = JSON.parse(
      readFileSync(join(root, "node_modules", "@duckdb", "node-api", "package.json"), "utf8")
    ) as { version: string };
    hash.update(`duckdb ${duckdb.version}\n`);
    for (const file of sources) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
    fingerprint = hash.digest("hex").slice(0, 16);
  }
  return fingerprint;
}

const databaseFile = "extract.duckdb";
const marker = "engine.json";

interface EngineMarker {
  /** SHA-256 of each cohort file, for the results' manifest. */
  cohortFiles: Record<string, string>;
}

export interface EngineDatabase {
  /** Connections to the database (read only): queries on different connections run concurrently. */
  connections: DuckDBConnection[];
  /** Copies the explorer's cohort files into `outDir`; returns each file's SHA-256. */
  copyCohortFiles(outDir: string): Promise<Record<string, string>>;
  /** Closes every connection and the database. */
  close(): void;
}

/**
 * Opens the engine database of the snapshot in `snapshotDir` with `count` connections, building it first if
 * this code has not built it yet (`onBuild` is told how long each part took).
 */
export async function openEngineDatabase(
  snapshotDir: string,
  {
    extractDate,
    count,
    onBuild = () => {},
    onProgress = () => {}
  }: {
    extractDate: string;
    count: number;
    onBuild?: (stage: string, seconds: number) => void;
    onProgress?: (message: string) => void;
  }
): Promise<EngineDatabase> {
  const dir = join(snapshotDir, `engine-${engineFingerprint()}`);
  // A database file cut short or changed would fail inside DuckDB on every run: it is checked and made again.
  const damage = existsSync(join(dir, marker)) ? await checkFolder(dir) : null;
  if (damage !== null) {
    onProgress(`the engine database in ${dir} cannot be trusted (${damage}): building it again`);
    await rm(dir, { recursive: true, force: true });
  }
  if (!existsSync(join(dir, marker))) {
    await makeFolderOnce(dir, marker, async (staging) => {
      await buildEngineDatabase(snapshotDir, staging, extractDate, onBuild);
      await sealFolder(staging);
    });
    await removeOtherVersions(snapshotDir, dir);
  }
  const { cohortFiles: checksums } = JSON.parse(await readFile(join(dir, marker), "utf8")) as EngineMarker;
  const path = join(dir, databaseFile);
  const instance = await openDuckDBInstance({ path, readOnly: true });
  const connections = await connect(instance, count);
  return {
    connections,
    async copyCohortFiles(outDir) {
      for (const file of Object.values(cohortFiles)) await copyFile(join(dir, file), join(outDir, file));
      return checksums;
    },
    close() {
      for (const connection of connections) connection.closeSync();
      instance.closeSync();
    }
  };
}

async function buildEngineDatabase(
  snapshotDir: string,
  staging: string,
  extractDate: string,
  onBuild: (stage: string, seconds: number) => void
): Promise<void> {
  const instance = await openDuckDBInstance({ path: join(staging, databaseFile) });
  const connection = await instance.connect();
  try {
    let started = performance.now();
    const lap = (stage: string) => {
      onBuild(stage, Math.round(performance.now() - started) / 1000);
      started = performance.now();
    };
    await loadIntoDuckDB(connection, snapshotDir);
    lap("load extract");
    await createCohortViews(connection, { extractDate });
    await connection.run("CHECKPOINT");
    lap("cohort views");
    const checksums: Record<string, string> = {};
    for (const [table, file] of Object.entries(cohortFiles) as [keyof typeof cohortFiles, string][])
      checksums[file] = await writeCohortFile(connection, table, join(staging, file));
    lap("cohort files");
    const content: EngineMarker = { cohortFiles: checksums };
    await writeFile(join(staging, marker), JSON.stringify(content, null, 2) + "\n");
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Databases an earlier version of this code built for the same snapshot: never opened again. */
async function removeOtherVersions(snapshotDir: string, keep: string): Promise<void> {
  for (const name of readdirSync(snapshotDir)) {
    const path = join(snapshotDir, name);
    if (name.startsWith("engine-") && !name.includes(".partial-") && path !== keep)
      await rm(path, { recursive: true, force: true });
  }
}
