// A full, read-only or forbidden disk is the operator's to fix: `qi` names the path and what to do, with no
// stack trace, and leaves no partial file (tests/support/faultyFs.js makes the disk fail).
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { diskProblem } from "../../../loaders/cli/main.ts";

const advice = {
  ENOSPC: "the disk is full: free some space there, or write somewhere else, and run again",
  EROFS: "the file system is read-only: give a folder on a writable disk",
  EACCES: "permission denied: give a folder you may write to, or change its permissions"
} as const;

async function qiOnFaultyDisk(code: keyof typeof advice, under: string, ...args: string[]) {
  try {
    await promisify(execFile)(process.execPath, ["--import", "./tests/support/faultyFs.js", "bin/qi.js", ...args], {
      env: {
        ...process.env,
        QI_TEST_FAULT: code,
        QI_TEST_FAULT_PATH: under,
        QI_EXTRACT: "tests/fixtures/extracts/valid"
      }
    });
    return { code: 0, stderr: "" };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe("a disk that refuses to be written", () => {
  for (const code of Object.keys(advice) as (keyof typeof advice)[]) {
    it(`qi compute on ${code}: names the path, no stack trace, no partial file, earlier results kept`, async () => {
      const parent = mkdtempSync(join(tmpdir(), `qi-${code}-`));
      // An existing results folder (a read-only one crashed Node before).
      mkdirSync(join(parent, "results"));
      writeFileSync(join(parent, "results", "manifest.json"), '{"files":{}}\n');
      const out = join(parent, "results");
      const result = await qiOnFaultyDisk(code, parent, "compute", "tests/fixtures/extracts/valid", "--out", out);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^qi compute: cannot write ${parent}(/\\S+)?: ${advice[code]}$`, "m"));
      expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
      expect(readdirSync(parent)).toEqual(["results"]);
      expect(readdirSync(out)).toEqual(["manifest.json"]);
    }, 120_000);
  }

  for (const code of ["EROFS", "EACCES"] as const) {
    it(`qi build on ${code}: says so before any long step`, async () => {
      const parent = mkdtempSync(join(tmpdir(), `qi-${code}-`));
      const result = await qiOnFaultyDisk(code, parent, "build", "--out", join(parent, "dist"));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`^qi build: cannot write ${parent}/dist\\.partial-\\S+: ${advice[code]}$`, "m")
      );
      expect(result.stderr).not.toMatch(/\n\s+at |internal error|computing the indicators/);
      expect(readdirSync(parent)).toEqual([]);
    }, 120_000);
  }

  it("reads DuckDB's own words for the same failures", () => {
    const duck = new Error('IO Error: Could not write file "/mnt/full/x.arrow": No space left on device');
    expect(diskProblem(duck)).toBe(`cannot write /mnt/full/x.arrow: ${advice.ENOSPC}`);
    expect(diskProblem(new Error("something else"))).toBeNull();
  });
});
