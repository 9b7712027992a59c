// `qi compute --out`: the results replace the folder only when complete; a killed run leaves the earlier
// results whole, and the next run removes what it left.
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const extract = "tests/fixtures/extracts/valid";
const args = (out: string, indicator = "lung-mdt") => [
  "bin/qi.js",
  "compute",
  extract,
  "--out",
  out,
  "--indicator",
  indicator
];

const run = async (...argv: string[]) => {
  try {
    const { stderr } = await promisify(execFile)(process.execPath, argv);
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
};

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name)).toString("base64")]));

describe("qi compute --out", () => {
  let parent: string;
  let out: string;
  let earlier: Record<string, string>;

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), "qi-compute-out-"));
    out = join(parent, "results");
    expect((await run(...args(out))).code).toBe(0);
    earlier = snapshot(out);
    expect(Object.keys(earlier)).toContain("cohort.arrow");
  }, 120_000);

  it("leaves the earlier results whole when killed while writing, and the next run cleans up", async () => {
    // Killed as soon as the indicators are being computed: the patient-level export is being written then.
    const child = spawn(process.execPath, args(out), { stdio: ["ignore", "ignore", "pipe"] });
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        if (/\[1\/\d+\]|write cohort/.test(chunk.toString())) child.kill("SIGKILL");
      });
      child.on("exit", () => resolve());
    });
    expect(child.signalCode).toBe("SIGKILL");
    expect(snapshot(out)).toEqual(earlier);
    const left = readdirSync(parent).filter((name) => name !== "results");
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^results\.partial-\d+-/);

    const next = await run(...args(out));
    expect(next.code).toBe(0);
    expect(next.stderr).toContain(`removed ${left[0]}, left by a stopped run`);
    expect(readdirSync(parent)).toEqual(["results"]);
    expect(snapshot(out)).toEqual(earlier);
  }, 120_000);

  it("leaves the earlier results as they were when the run fails", async () => {
    const failed = await run(...args(out, "no-such-indicator"));
    expect(failed.code).toBe(1);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(out)).toEqual(earlier);
    expect(readdirSync(parent)).toEqual(["results"]);
  }, 120_000);

  it("refuses a folder that holds other files, and touches none of them", async () => {
    const other = join(parent, "mine");
    cpSync(out, other, { recursive: true });
    writeFileSync(join(other, "notes.txt"), "mine");
    mkdirSync(join(other, "drafts"));
    const refused = await run(...args(other));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("holds other files (drafts, notes.txt)");
    expect(readFileSync(join(other, "notes.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(other, "drafts"))).toBe(true);
  }, 120_000);
});
