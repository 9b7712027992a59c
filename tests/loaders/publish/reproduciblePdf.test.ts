import { describe, expect, it } from "vitest";
import { readXref } from "../../../loaders/publish/pdfFile.ts";
import { fixPdfDates, pdfDate, pdfDates, xrefProblems } from "../../../loaders/publish/reproduciblePdf.ts";
import { samplePdf } from "./samplePdf.ts";

const fixed = "D:20240930000000+00'00'";

/** Positions at which two equally long buffers differ. */
function differences(a: Buffer, b: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(i);
  return out;
}

describe("pdfDate", () => {
  it("writes a date as midnight UTC in the form Chromium uses", () => {
    expect(pdfDate("2024-09-30")).toBe(fixed);
    expect(pdfDate("2000-02-29")).toBe("D:20000229000000+00'00'");
  });
  it("refuses anything but a real YYYY-MM-DD date", () => {
    for (const bad of ["2024-02-30", "30.09.2024", "2024-9-30", "", "2024-09-30T00:00:00Z"])
      expect(() => pdfDate(bad)).toThrow(RangeError);
    expect(() => pdfDate("2023-02-29")).toThrow(/pdfDate: "2023-02-29"/);
  });
});

describe("fixPdfDates", () => {
  it("replaces the creation and modification dates in place when they are as long as the fixed one", () => {
    const input = samplePdf();
    const output = fixPdfDates(input, fixed);
    expect(output.length).toBe(input.length);
    expect(pdfDates(output)).toEqual({ creation: fixed, modification: fixed });
    // Only the digits of the two dates changed (2026-11-27 02:56:44 → 2024-09-30 00:00:00).
    const changed = differences(input, output);
    const text = input.toString("latin1");
    const dates = [text.indexOf("D:2026"), text.lastIndexOf("D:2026")];
    expect(changed.length).toBeGreaterThan(0);
    for (const at of changed) expect(dates.some((d) => at > d && at < d + fixed.length)).toBe(true);
    expect(xrefProblems(output)).toEqual([]);
  });

  it("moves every cross-reference offset when the dates change length", () => {
    const input = samplePdf({ creation: "D:20261127", modification: "D:20261127025644Z" });
    expect(xrefProblems(input)).toEqual([]);
    const output = fixPdfDates(input, fixed);
    expect(output.length).toBe(input.length + (fixed.length - 10) + (fixed.length - 17));
    expect(pdfDates(output)).toEqual({ creation: fixed, modification: fixed });
    expect(xrefProblems(output)).toEqual([]);
    const xref = readXref(output);
    expect(output.toString("latin1").slice(xref.start, xref.start + 4)).toBe("xref");
    // The stream's bytes, fake date included, are untouched.
    expect(
      output.includes(
        Buffer.concat([
          Buffer.from("BT /CreationDate (D:19990101000000) ET\n", "latin1"),
          Buffer.from([0, 255, 128, 10, 13, 200])
        ])
      )
    ).toBe(true);
  });

  it("also moves startxref when the file gets shorter", () => {
    const output = fixPdfDates(samplePdf(), "D:2024");
    expect(pdfDates(output)).toEqual({ creation: "D:2024", modification: "D:2024" });
    expect(xrefProblems(output)).toEqual([]);
  });

  it("gives the same bytes for prints made at different times, and is idempotent", () => {
    const a = fixPdfDates(
      samplePdf({
        creation: "D:20261127025644+00'00'",
        id: ["0123456789ABCDEF0123456789ABCDEF", "FEDCBA9876543210FEDCBA9876543210"]
      }),
      fixed
    );
    const b = fixPdfDates(
      samplePdf({
        creation: "D:20270101120000+01'00'",
        id: ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"]
      }),
      fixed
    );
    expect(a.equals(b)).toBe(true);
    expect(fixPdfDates(a, fixed).equals(a)).toBe(true);
  });

  it("replaces a trailer /ID by a digest of the content, keeping its length", () => {
    const input = samplePdf({ id: ["0123456789ABCDEF0123456789ABCDEF", "0123456789ABCDEF0123456789ABCDEF"] });
    const output = fixPdfDates(input, fixed);
    const id = /\/ID \[<([0-9A-F]+)> <([0-9A-F]+)>\]/.exec(output.toString("latin1"));
    expect(id?.[1]).toHaveLength(32);
    expect(id?.[1]).not.toBe("0123456789ABCDEF0123456789ABCDEF");
    expect(id?.[1]).toBe(id?.[2]);
    expect(output.length).toBe(input.length);
    expect(xrefProblems(output)).toEqual([]);
  });

  it("does not change the input buffer", () => {
    const input = samplePdf();
    const copy = Buffer.from(input);
    fixPdfDates(input, fixed);
    expect(input.equals(copy)).toBe(true);
  });

  it("refuses a date that is not a PDF date string", () => {
    expect(() => fixPdfDates(samplePdf(), "2024-09-30")).toThrow(RangeError);
    expect(() => fixPdfDates(samplePdf(), "D:2024) /Evil (x")).toThrow(/fixPdfDates/);
  });

  it("refuses files it cannot read safely", () => {
    expect(() => fixPdfDates(Buffer.from("not a pdf"), fixed)).toThrow(/no startxref/);
    const streamXref = Buffer.from("%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nendobj\nstartxref\n9\n%%EOF", "latin1");
    expect(() => fixPdfDates(streamXref, fixed)).toThrow(/cross-reference streams are not supported/);
    const updated = Buffer.from(samplePdf().toString("latin1").replace("/Info 1 0 R", "/Info 1 0 R /Prev 9"), "latin1");
    expect(() => fixPdfDates(updated, fixed)).toThrow(/incrementally updated/);
  });
});

describe("xrefProblems", () => {
  it("names the objects whose offsets are wrong", () => {
    const text = samplePdf().toString("latin1");
    const broken = Buffer.from(
      text.replace(
        /\n(\d{10}) 00000 n \n/,
        (_, offset: string) => `\n${String(Number(offset) + 1).padStart(10, "0")} 00000 n \n`
      ),
      "latin1"
    );
    expect(xrefProblems(broken)).toEqual([expect.stringMatching(/^object 1: offset \d+ does not start "1 0 obj"$/)]);
    expect(xrefProblems(Buffer.from("junk"))).toEqual(["readXref: not a PDF (no startxref)"]);
  });
});
