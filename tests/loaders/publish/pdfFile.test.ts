import { describe, expect, it } from "vitest";
import {
  destinationPages,
  objectText,
  pageCount,
  pageObjects,
  readXref,
  reference
} from "../../../loaders/publish/pdfFile.ts";
import { samplePdf } from "./samplePdf.ts";

describe("readXref", () => {
  it("reads the classic cross-reference table and the trailer", () => {
    const pdf = samplePdf();
    const xref = readXref(pdf);
    expect(xref.entries.size).toBe(10);
    expect(xref.entries.get(0)?.inUse).toBe(false);
    expect(reference(xref.trailer, "Root")).toBe(2);
    expect(reference(xref.trailer, "Info")).toBe(1);
    expect(reference(xref.trailer, "Encrypt")).toBeNull();
    expect(objectText(pdf.toString("latin1"), xref, 2)).toBe("<</Type /Catalog\n/Pages 3 0 R\n/Dests 6 0 R>>");
  });
  it("refuses an object the table does not hold", () => {
    const pdf = samplePdf().toString("latin1");
    expect(() => objectText(pdf, readXref(pdf), 42)).toThrow(
      /objectText: object 42 is not in the cross-reference table/
    );
  });
});

describe("pages and destinations", () => {
  it("walks a nested page tree in reading order", () => {
    const pdf = samplePdf();
    expect(pageObjects(pdf.toString("latin1"))).toEqual([4, 5, 8]);
    expect(pageCount(pdf)).toBe(3);
  });
  it("finds the page of each named destination, decoding #xx escapes", () => {
    expect([...destinationPages(samplePdf())]).toEqual([
      ["intro", 1],
      ["a-b", 2],
      ["last", 3]
    ]);
  });
  it("has no destinations when the catalog names none", () => {
    const pdf = Buffer.from(samplePdf().toString("latin1").replace("/Dests 6 0 R", "/Destz 6 0 R"), "latin1");
    expect(destinationPages(pdf).size).toBe(0);
  });
});
