import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AFFIRM_DATE, DEMO_EXTRACT_DATE, DemoOptionsError, generateDemo } from "../../../loaders/demo/generate.ts";
import { parseManifest } from "../../../loaders/extract/manifest.ts";
import { registryIds } from "../../../loaders/extract/registries.ts";
import { tableNames, tables } from "../../../loaders/extract/tables.ts";
import { generateTemporaryDemo, type DemoExtract } from "./demoExtract.ts";

function checksums(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash("sha256")
          .update(readFileSync(join(dir, f)))
          .digest("hex")
      ])
  );
}

describe("generateDemo", () => {
  let first: DemoExtract;
  let second: DemoExtract;
  let otherSeed: DemoExtract;
  beforeAll(async () => {
    first = await generateTemporaryDemo(0.02, 11);
    second = await generateTemporaryDemo(0.02, 11);
    otherSeed = await generateTemporaryDemo(0.02, 12);
  });
  afterAll(() => {
    for (const e of [first, second, otherSeed]) e?.remove();
  });

  it("is deterministic: the same seed and scale give byte-identical files", () => {
    const a = checksums(first.dir);
    expect(Object.keys(a)).toEqual(["extract.json", ...tableNames.map((t) => `${t}.csv`)].sort());
    expect(checksums(second.dir)).toEqual(a);
  });

  it("gives different patient data for a different seed, the same reference tables", () => {
    const a = checksums(first.dir);
    const b = checksums(otherSeed.dir);
    for (const t of ["patients", "tumours", "workup", "surgery", "proms"])
      expect(b[`${t}.csv`]).not.toBe(a[`${t}.csv`]);
    for (const t of ["units", "catchment", "lifetable"]) expect(b[`${t}.csv`]).toBe(a[`${t}.csv`]);
  });

  it("writes every table with the declared columns in declaration order", () => {
    for (const spec of tables) expect(first.header(spec.name)).toEqual(spec.columns.map((c) => c.name));
  });

  it("counts the rows it wrote in the summary", () => {
    for (const name of tableNames) expect(first.summary.rows[name]).toBe(first.table(name).length);
    expect(first.summary.tumours).toBe(first.table("tumours").length);
    expect(first.summary.patients).toBe(first.table("patients").length);
  });

  it("writes an extract.json the manifest schema accepts, saying the data are synthetic", () => {
    const text = readFileSync(join(first.dir, "extract.json"), "utf8");
    const read = parseManifest(text);
    expect(read.problems).toEqual([]);
    const manifest = JSON.parse(text);
    expect(manifest).toMatchObject({
      schema_version: "1.0",
      synthetic: true,
      registries: registryIds,
      extract_date: DEMO_EXTRACT_DATE,
      period: { from: "2014-01-01", to: "2023-12-31" },
      affirm_date: DEMO_AFFIRM_DATE,
      generator: { name: "qi-demo", seed: 11, scale: 0.02 }
    });
    expect(manifest.title).toMatch(/synthetic/i);
  });

  it("writes UTF-8 without a byte-order mark, LF line ends and ISO dates", () => {
    const bytes = readFileSync(join(first.dir, "catchment.csv"));
    expect(bytes[0]).not.toBe(0xef);
    const text = bytes.toString("utf8");
    expect(text).not.toContain("\r");
    expect(text).toContain("Tromsø");
    for (const row of first.table("patients").slice(0, 200)) expect(row.birth_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("generateDemo options", () => {
  const scratch = mkdtempSync(join(tmpdir(), "qi-demo-options-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("rejects a scale that is not a number above 0", async () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(generateDemo({ out: join(scratch, "a"), scale })).rejects.toThrow(
        /scale must be a number greater than 0/
      );
    }
    await expect(generateDemo({ out: join(scratch, "a"), scale: "1" as unknown as number })).rejects.toThrow(
      DemoOptionsError
    );
  });

  it("rejects a seed that is not an integer", async () => {
    await expect(generateDemo({ out: join(scratch, "b"), seed: 1.5 })).rejects.toThrow(/seed must be an integer/);
  });

  it("rejects an empty out path", async () => {
    await expect(generateDemo({ out: " " })).rejects.toThrow(/out must be a folder path/);
  });

  it("refuses a folder that is not empty, and --force for a folder that holds no extract", async () => {
    const dir = join(scratch, "busy");
    mkdirSync(dir);
    writeFileSync(join(dir, "notes.txt"), "mine");
    await expect(generateDemo({ out: dir, scale: 0.002 })).rejects.toThrow(/is not empty/);
    await expect(generateDemo({ out: dir, scale: 0.002, force: true })).rejects.toThrow(/holds no extract.json/);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("refuses a path that is a file", async () => {
    const file = join(scratch, "file.txt");
    writeFileSync(file, "x");
    await expect(generateDemo({ out: file, scale: 0.002 })).rejects.toThrow(/is not a folder/);
  });

  it("with force, replaces an extract and leaves other files alone", async () => {
    const dir = join(scratch, "replace");
    await generateDemo({ out: dir, scale: 0.002, seed: 1 });
    writeFileSync(join(dir, "README.txt"), "keep me");
    writeFileSync(join(dir, "tumours.parquet"), "stale");
    const summary = await generateDemo({ out: dir, scale: 0.002, seed: 2, force: true });
    expect(summary.seed).toBe(2);
    expect(readFileSync(join(dir, "README.txt"), "utf8")).toBe("keep me");
    expect(existsSync(join(dir, "tumours.parquet"))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, "extract.json"), "utf8")).generator.seed).toBe(2);
  });

  it("reports progress once per diagnosis year and at the end", async () => {
    const messages: string[] = [];
    await generateDemo({ out: join(scratch, "progress"), scale: 0.002, onProgress: (m) => messages.push(m) });
    expect(messages).toHaveLength(11);
    expect(messages[0]).toMatch(/2014/);
    expect(messages[10]).toMatch(/tumours of .* patients written/);
  });
});
