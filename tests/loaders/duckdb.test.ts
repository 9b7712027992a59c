/** DuckDB's settings come from the machine (or the environment), and every database opened gets them. */
import { describe, expect, it } from "vitest";
import {
  defaultMemoryLimitMB,
  duckdbSettings,
  openDuckDB,
  parseMB,
  queryRows,
  spillRoot
} from "../../loaders/duckdb.ts";

const GB = 1024 ** 3;

describe("DuckDB settings", () => {
  it("take an eighth of the machine's memory, between 512 MB and 2 GB", () => {
    expect(defaultMemoryLimitMB(2 * GB)).toBe(512);
    expect(defaultMemoryLimitMB(8 * GB)).toBe(1024);
    expect(defaultMemoryLimitMB(24 * GB)).toBe(2048);
    expect(defaultMemoryLimitMB(256 * GB)).toBe(2048);
  });

  it("follow QI_DUCKDB_MEMORY and QI_DUCKDB_THREADS, and ignore a thread count that is not one", () => {
    const set = duckdbSettings({ QI_DUCKDB_MEMORY: "700MB", QI_DUCKDB_THREADS: "3" });
    expect(set.memoryLimit).toBe("700MB");
    expect(set.threads).toBe(3);
    expect(set.tempDirectory.startsWith(spillRoot)).toBe(true);
    expect(duckdbSettings({ QI_DUCKDB_THREADS: "0" }).threads).toBeGreaterThan(0);
    expect(duckdbSettings({ QI_DUCKDB_THREADS: "two" }).threads).toBeGreaterThan(0);
  });

  it("read DuckDB's size notations in megabytes", () => {
    expect(parseMB("2048MB")).toBe(2048);
    expect(parseMB("1.5GB")).toBe(1536);
    expect(parseMB("1.9 GiB")).toBeCloseTo(1945.6, 6);
    expect(parseMB("512 KiB")).toBe(0.5);
    expect(parseMB("1048576B")).toBe(1);
    expect(() => parseMB("lots")).toThrow(/not a size/);
  });

  it("are those of an opened database, with a spill folder in the cache", async () => {
    const previous = { memory: process.env.QI_DUCKDB_MEMORY, threads: process.env.QI_DUCKDB_THREADS };
    process.env.QI_DUCKDB_MEMORY = "600MB";
    process.env.QI_DUCKDB_THREADS = "1";
    try {
      const connection = await openDuckDB();
      const [row] = await queryRows(
        connection,
        "SELECT current_setting('memory_limit') AS memory, current_setting('threads') AS threads, " +
          "current_setting('temp_directory') AS temp, current_setting('autoload_known_extensions') AS autoload"
      );
      connection.closeSync();
      // DuckDB reports the limit in its own units (600 MB = 572.2 MiB).
      expect(parseMB(String(row.memory))).toBeCloseTo(600e6 / 1024 ** 2, 0);
      expect(Number(row.threads)).toBe(1);
      expect(String(row.temp).startsWith(spillRoot)).toBe(true);
      expect(row.autoload).toBe(false);
    } finally {
      for (const [name, value] of [
        ["QI_DUCKDB_MEMORY", previous.memory],
        ["QI_DUCKDB_THREADS", previous.threads]
      ] as const)
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    }
  });
});
