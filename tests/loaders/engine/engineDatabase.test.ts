/**
 * The engine database of a snapshot is built once and reused: a second compute of the same extract
 * neither loads nor joins again, reads the same cohort, and cannot change the database.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../../loaders/duckdb.ts";
import { openEngineDatabase } from "../../../loaders/engine/engineDatabase.ts";
import { prepareExtract } from "../../../loaders/extract/prepareExtract.ts";
import { ExtractBuilder } from "../../fixtures/engine/extractBuilder.ts";

let root: string;
let snapshotDir: string;
beforeAll(async () => {
  const b = new ExtractBuilder();
  b.tumour({ id: "a", registry: "lung", diagnosisDate: "2020-03-01" });
  b.tumour({ id: "b", registry: "breast", diagnosisDate: "2021-05-01" });
  b.tumour({ id: "c", registry: "lung", diagnosisDate: "2022-07-01", workup: null });
  root = await mkdtemp(join(tmpdir(), "qi-enginedb-"));
  const prepared = await prepareExtract(await b.write(join(root, "extract")), { snapshotDir: join(root, "snapshot") });
  snapshotDir = prepared.snapshotDir;
});
afterAll(() => rm(root, { recursive: true, force: true }));

const cohortIds = "SELECT tumour_id FROM cohort ORDER BY cohort_row";
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("engine database", () => {
  it("is built on first use, then opened as it is", async () => {
    const built: string[] = [];
    const first = await openEngineDatabase(snapshotDir, {
      extractDate: "2025-06-30",
      count: 2,
      onBuild: (stage) => built.push(stage)
    });
    const ids = await queryRows(first.connections[1], cohortIds);
    first.close();
    expect(built).toEqual(["load extract", "cohort views", "cohort files"]);
    expect(ids.map((r) => r.tumour_id).sort()).toEqual(["a", "b", "c"]);

    const rebuilt: string[] = [];
    const second = await openEngineDatabase(snapshotDir, {
      extractDate: "2025-06-30",
      count: 1,
      onBuild: (stage) => rebuilt.push(stage)
    });
    try {
      expect(rebuilt).toEqual([]);
      expect(await queryRows(second.connections[0], cohortIds)).toEqual(ids);
      // Opened read only: a compute cannot change what the next one reads.
      await expect(second.connections[0].run("DELETE FROM tumours")).rejects.toThrow(/read-only/i);
    } finally {
      second.close();
    }
    expect((await readdir(snapshotDir)).filter((name) => name.startsWith("engine-"))).toHaveLength(1);
  });

  it("copies the cohort files with their checksums", async () => {
    const database = await openEngineDatabase(snapshotDir, { extractDate: "2025-06-30", count: 1 });
    const out = join(root, "out");
    await rm(out, { recursive: true, force: true });
    await mkdir(out);
    try {
      const checksums = await database.copyCohortFiles(out);
      expect(Object.keys(checksums).sort()).toEqual(["cohort-proms.arrow", "cohort.arrow"]);
      for (const [file, checksum] of Object.entries(checksums))
        expect(sha256(await readFile(join(out, file))), file).toBe(checksum);
    } finally {
      database.close();
    }
  });

  it("is built again when its database file was cut short", async () => {
    const [engine] = (await readdir(snapshotDir)).filter((name) => name.startsWith("engine-"));
    const file = (await readdir(join(snapshotDir, engine))).find((name) => name.endsWith(".duckdb"));
    expect(file).toBeDefined();
    await truncate(join(snapshotDir, engine, file!), 4096);
    const messages: string[] = [];
    const built: string[] = [];
    const database = await openEngineDatabase(snapshotDir, {
      extractDate: "2025-06-30",
      count: 1,
      onBuild: (stage) => built.push(stage),
      onProgress: (message) => messages.push(message)
    });
    try {
      expect(messages).toEqual([expect.stringMatching(new RegExp(`${file} has 4,096 bytes, [\\d,]+ were written`))]);
      expect(built).toEqual(["load extract", "cohort views", "cohort files"]);
      expect(await queryRows(database.connections[0], "SELECT count(*)::INTEGER AS n FROM cohort")).toEqual([{ n: 3 }]);
    } finally {
      database.close();
    }
  });
});
