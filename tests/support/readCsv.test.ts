import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { num, readCsv } from "./readCsv.ts";

describe("readCsv", () => {
  it("reads a header and rows, with quoted fields and CRLF line ends", () => {
    const path = join(mkdtempSync(join(tmpdir(), "readcsv-")), "t.csv");
    writeFileSync(path, 'term,estimate,note\r\n(Intercept),-6.89,"a, ""quoted"" note"\r\nage,NA,\r\n');
    expect(readCsv(path)).toEqual([
      { term: "(Intercept)", estimate: "-6.89", note: 'a, "quoted" note' },
      { term: "age", estimate: "NA", note: "" }
    ]);
  });
  it("reads the reference fixtures", () => {
    const rows = readCsv(new URL("../fixtures/reference/oe_glm_coefficients.csv", import.meta.url));
    expect(rows).toHaveLength(6);
    expect(num(rows[1].estimate)).toBe(0.062828435406130284);
  });
  it("throws on ragged rows", () => {
    const path = join(mkdtempSync(join(tmpdir(), "readcsv-")), "t.csv");
    writeFileSync(path, "a,b\n1,2,3\n");
    expect(() => readCsv(path)).toThrow(/row 2 has 3 cells/);
  });
});

describe("num", () => {
  it("parses numbers and maps R's NA to NaN", () => {
    expect(num("0.25")).toBe(0.25);
    expect(num("2.1152226925656119e-05")).toBe(2.1152226925656119e-5);
    expect(num("NA")).toBeNaN();
    expect(num("Inf")).toBe(Infinity);
  });
  it("throws on text and missing cells, so a wrong column name fails loudly", () => {
    expect(() => num("abc")).toThrow(TypeError);
    expect(() => num("")).toThrow(TypeError);
    expect(() => num(undefined)).toThrow(/missing cell/);
  });
});
