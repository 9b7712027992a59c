// Caches that vouch for themselves: a validated snapshot or computed results cut short, emptied or cut
// mid-line are found, discarded with a message and made again, giving the same numbers as a fresh run.
import { randomBytes } from "node:crypto";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureResults } from "../../../loaders/build/results.ts";
import { validateExtract, type ValidationResult } from "../../../loaders/extract/validateExtract.ts";

/** A private copy of the fixture extract (its own checksum, so its own snapshot in the project's cache). */
function privateExtract(): string {
  const dir = mkdtempSync(join(tmpdir(), "qi-cache-extract-"));
  cpSync("tests/fixtures/extracts/valid", dir, { recursive: true });
  // Trailing white space of its own: spaces and tabs spelling random bits.
  const bits = [...randomBytes(4)].flatMap((byte) => [...byte.toString(2).padStart(8, "0")]);
  appendFileSync(join(dir, "extract.json"), bits.map((b) => (b === "1" ? "\t" : " ")).join(""));
  return dir;
}

const cut = {
  "cut to half": (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2)),
  emptied: (file: string) => writeFileSync(file, ""),
  "cut mid-line": (file: string) => {
    const text = readFileSync(file, "utf8");
    truncateSync(file, text.indexOf("\n", text.length / 3) + 4);
  }
};

describe("the validated snapshot cache", () => {
  let extract: string;
  let cacheDir: string;
  let first: ValidationResult;

  beforeAll(async () => {
    extract = privateExtract();
    cacheDir = mkdtempSync(join(tmpdir(), "qi-snapshots-"));
    first = await validateExtract(extract, { cacheDir });
    expect(first.ok).toBe(true);
  });

  for (const [what, damage] of Object.entries(cut)) {
    it(`validates again when a table was ${what}, and counts every row`, async () => {
      const file = join(first.snapshotDir!, "tumours.csv");
      const original = readFileSync(file);
      damage(file);
      const messages: string[] = [];
      const again = await validateExtract(extract, {
        cacheDir,
        onProgress: (p) => (p.phase === "discarded" ? messages.push(p.message!) : undefined)
      });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(
        /^the validated snapshot in .* is damaged \(tumours\.csv has [\d,]+ bytes, [\d,]+ were written \([\d,]+ rows\)\): validating again$/
      );
      expect(again.fromCache).toBe(false);
      expect(again.report.counts).toEqual(first.report.counts);
      expect(readFileSync(file).equals(original)).toBe(true);
      expect((await validateExtract(extract, { cacheDir })).fromCache).toBe(true);
    });
  }
});

describe("the computed results cache", () => {
  it("computes again when results.arrow was emptied or its snapshot cut, with the same rows", async () => {
    const extract = privateExtract();
    const root = mkdtempSync(join(tmpdir(), "qi-results-root-"));
    const dir = await ensureResults(extract, { root });
    const results = readFileSync(join(dir, "results.arrow"));
    const rows = tableFromIPC(results).numRows;
    expect(rows).toBeGreaterThan(100);

    // The results emptied, and the snapshot they were computed from cut to half.
    writeFileSync(join(dir, "results.arrow"), "");
    const snapshot = (await validateExtract(extract)).snapshotDir!;
    cut["cut to half"](join(snapshot, "tumours.csv"));
    const messages: string[] = [];
    expect(await ensureResults(extract, { root, onProgress: (m) => messages.push(m) })).toBe(dir);
    const n = (x: number) => x.toLocaleString("en-US");
    const damage = `results.arrow has 0 bytes, ${n(results.length)} were written (${n(rows)} rows)`;
    expect(messages).toContainEqual(`the computed results in ${dir} cannot be trusted (${damage}): making them again`);
    expect(messages.some((m) => /validated snapshot .* is damaged \(tumours\.csv has/.test(m))).toBe(true);
    expect(tableFromIPC(readFileSync(join(dir, "results.arrow"))).numRows).toBe(rows);
    expect(readFileSync(join(dir, "results.arrow")).equals(results)).toBe(true);
  }, 120_000);
});
