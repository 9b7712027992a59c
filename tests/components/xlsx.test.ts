import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crc32, toXlsx } from "../../src/components/xlsx.ts";

describe("crc32", () => {
  it("matches the standard check value", () => {
    // CRC-32/ISO-HDLC check value for "123456789".
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

describe("toXlsx", () => {
  const rows = [
    { unit: "Tromsø & Harstad", value: 0.25, n: 40 },
    { unit: "Ålesund <x>", value: null, n: 3 }
  ];
  it("is a valid ZIP that Python's zipfile reads and CRC-checks, holding the numbers and escaped text", () => {
    const dir = mkdtempSync(join(tmpdir(), "qi-xlsx-"));
    const file = join(dir, "t.xlsx");
    writeFileSync(file, toXlsx(rows));
    const script =
      "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert " +
      "z.testzip() is " +
      "None\nprint(sorted(z.namelist()))\nprint(z.read('xl/worksheets/sheet1.xml').decode())";
    const out = execFileSync("python3", ["-c", script, file], { encoding: "utf8" });
    expect(out).toContain(
      "'[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', " +
        "'xl/workbook.xml', 'xl/worksheets/sheet1.xml'"
    );
    expect(out).toContain('<c r="B2"><v>0.25</v></c>');
    expect(out).toContain('<c r="C3"><v>3</v></c>');
    expect(out).toContain("Tromsø &amp; Harstad");
    expect(out).toContain("Ålesund &lt;x&gt;");
    expect(out).not.toContain('r="B3"'); // a missing value is an empty cell
  });
  it("is byte-identical for the same rows", () => {
    expect(Buffer.from(toXlsx(rows)).equals(Buffer.from(toXlsx(rows)))).toBe(true);
  });
});
