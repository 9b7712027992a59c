import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { convertExcelExtract } from "../../../loaders/extract/convertExcel.ts";
import { check, derive, tempDir } from "./extractFixture.ts";

describe("convertExcelExtract", () => {
  test("rewrites only what Excel changes, keeping line numbers", async () => {
    const dir = await derive({
      "catchment.csv": (t) => Buffer.from(t.replaceAll(",", ";"), "latin1"),
      "patients.csv": (t) => t.replaceAll(",", ";").replace("1971-01-30", "30.01.1971"),
      "workup.csv": (t) => t.replaceAll(",", ";").replace(";8.4;", ";8,4;"),
      "tumours.csv": (t) => t.replace(",0301,", ",301,")
    });
    const out = join(await tempDir(), "converted");
    const { log } = await convertExcelExtract(dir, out);
    expect(log).toContain("catchment.csv: Windows-1252 → UTF-8, ';' separator → ','");
    expect(log).toContain("patients.csv: ';' separator → ',', dd.mm.yyyy dates → YYYY-MM-DD: 1");
    expect(log).toContain("workup.csv: ';' separator → ',', decimal commas → '.': 1");
    expect(log).toContain("tumours.csv: municipality numbers given their leading zero: 1");
    expect(log).toContain("units.csv: no change");
    const original = await readFile(join(dir, "catchment.csv"), "latin1");
    expect(await readFile(join(out, "catchment.csv"), "utf8")).toBe(original.replaceAll(";", ","));
    const { errors, warnings } = await check(out);
    expect([errors, warnings]).toEqual([[], []]);
  });

  test("leaves a file with broken quoting as it is", async () => {
    const dir = await derive({ "recurrence.csv": (t) => t.replaceAll(",", ";").replace("T008;", 'T0"08;') });
    const out = join(await tempDir(), "converted");
    const { log } = await convertExcelExtract(dir, out);
    expect(log).toContain(
      `recurrence.csv: not converted, line 3: a quote inside an unquoted ` +
        `field ("T0\\"08"); quote the whole field and double the quotes inside ` +
        `it; fix it in the file; copied unchanged`
    );
    expect(await readFile(join(out, "recurrence.csv"), "utf8")).toBe(
      await readFile(join(dir, "recurrence.csv"), "utf8")
    );
  });

  test("never writes into the extract or a folder that is not empty", async () => {
    const dir = await derive();
    await expect(convertExcelExtract(dir, dir)).rejects.toThrow(
      "--convert-excel needs a new folder; the extract is never changed in place"
    );
    const full = await tempDir();
    await mkdir(full, { recursive: true });
    await writeFile(join(full, "x"), "");
    await expect(convertExcelExtract(dir, full)).rejects.toThrow(
      `${full} exists and is not empty; give a new folder for the converted copy`
    );
  });
});
