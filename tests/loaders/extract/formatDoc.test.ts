/**
 * docs/extract-format.md can be trusted: its generated sections are what tables.ts and problems.ts say
 * today, and its worked example is a valid extract.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatDocPath, updateFormatDoc } from "../../../loaders/extract/formatDoc.ts";
import { problemKinds } from "../../../loaders/extract/problems.ts";
import { tables } from "../../../loaders/extract/tables.ts";
import { check, tempDir } from "./extractFixture.ts";

const doc = await readFile(formatDocPath, "utf8");

describe("docs/extract-format.md", () => {
  test("its column reference and check list match tables.ts and problems.ts", () => {
    // If this fails, run: npx tsx loaders/extract/formatDoc.ts
    expect(
      updateFormatDoc(doc) === doc,
      "docs/extract-format.md is out of date: run `npx tsx loaders/extract/formatDoc.ts`"
    ).toBe(true);
  });

  test("documents every table, column and check", () => {
    for (const spec of tables) {
      expect(doc).toContain(`### ${spec.name}\n`);
      for (const column of spec.columns) expect(doc).toContain(`| \`${column.name}\` |`);
    }
    for (const kind of Object.keys(problemKinds)) expect(doc).toContain(`| \`${kind}\` |`);
  });

  test("the worked example is a valid extract, with no warning", async () => {
    const dir = await tempDir();
    const blocks = [...doc.matchAll(/```(?:csv|json) ([\w.-]+)\n([\s\S]*?)```/g)];
    const files = blocks.map((b) => b[1]).sort();
    expect(files).toEqual(["extract.json", ...tables.map((t) => `${t.name}.csv`)].sort());
    for (const [, file, text] of blocks) await writeFile(join(dir, file), text);
    const { errors, warnings, result } = await check(dir);
    expect([errors, warnings]).toEqual([[], []]);
    expect(result.report.counts.rows_read).toBe(33);
  });

  test("updateFormatDoc throws without its markers", () => {
    expect(() => updateFormatDoc("# no markers")).toThrow(
      new Error("updateFormatDoc: the markers <!-- generated:columns --> … <!-- /generated:columns --> are missing")
    );
  });
});
