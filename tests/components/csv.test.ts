import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/components/csv.ts";

describe("toCsv", () => {
  it("quotes only where needed and leaves missing values empty", () => {
    expect(
      toCsv([
        { a: 'say "hi"', b: 1.5, c: null },
        { a: "x,y", b: Number.NaN, c: "line\nbreak" }
      ])
    ).toBe('a,b,c\r\n"say ""hi""",1.5,\r\n"x,y",,"line\nbreak"\r\n');
  });

  it("neutralises cells a spreadsheet would run as formulas (OWASP: a leading quote, the field quoted)", () => {
    const cells = ["=1+1", "@SUM(1)", "+1+2", "-3+4", "=cmd|' /C calc'!A0", "\t=1", "\r=1", '=HYPERLINK("x")', "-"];
    const csv = toCsv(cells.map((name) => ({ name })));
    expect(csv.split("\r\n")).toEqual([
      "name",
      `"'=1+1"`,
      `"'@SUM(1)"`,
      `"'+1+2"`,
      `"'-3+4"`,
      `"'=cmd|' /C calc'!A0"`,
      `"'\t=1"`,
      `"'\r=1"`,
      `"'=HYPERLINK(""x"")"`,
      `"'-"`,
      ""
    ]);
  });

  it("keeps numbers as numbers, negative ones too, as numbers or as text", () => {
    expect(toCsv([{ a: -3, b: -0.25, c: "-3", d: "-0.25", e: "-1e-7", f: 0, g: "Ålesund - Volda" }])).toBe(
      "a,b,c,d,e,f,g\r\n-3,-0.25,-3,-0.25,-1e-7,0,Ålesund - Volda\r\n"
    );
  });

  it("neutralises a column name like any other cell", () => {
    expect(toCsv([{ "=x": 1 }])).toBe(`"'=x"\r\n1\r\n`);
  });
});
