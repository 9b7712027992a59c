import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CsvParser, parseCsv, readCsv, type CsvRecord } from "../../../loaders/extract/csvReader.ts";
import { tempDir } from "./extractFixture.ts";

const text = [
  "a,b,c",
  '1,"x',
  'y",3',
  '4,"q""q",6\r',
  '7,ab"c,9',
  '"u"v,2,3',
  "",
  ",,",
  '8,"unclosed,9',
  "10,11,12",
  "13,14,15"
].join("\n");

const expected: CsvRecord[] = [
  { line: 1, fields: ["a", "b", "c"] },
  { line: 2, fields: ["1", "x\ny", "3"] },
  { line: 4, fields: ["4", 'q"q', "6"] },
  {
    line: 5,
    fields: ["7", 'ab"c', "9"],
    error: `a quote inside an unquoted field ("ab\\"c"); quote the whole field and double the quotes inside it`
  },
  {
    line: 6,
    fields: ["uv", "2", "3"],
    error: `text after a closing quote ("v"); a quoted field must end at the separator`
  },
  { line: 7, fields: [""] },
  { line: 8, fields: ["", "", ""] },
  {
    line: 9,
    fields: ["8", '"unclosed', "9"],
    error: `a quoted field is never closed (a '"' without its closing '"'); the rest of the file would be one value`
  },
  { line: 10, fields: ["10", "11", "12"] },
  { line: 11, fields: ["13", "14", "15"] }
];

describe("CsvParser", () => {
  test("physical line numbers, quoting, and broken quoting reported per record", () => {
    expect(parseCsv(text)).toEqual(expected);
  });

  test("the same records whatever the chunk boundaries", () => {
    for (let size = 1; size <= 9; size++) {
      const parser = new CsvParser();
      const out: CsvRecord[] = [];
      for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size), out);
      parser.end(out);
      expect(out, `chunks of ${size}`).toEqual(expected);
    }
  });

  const longLine = "the line is longer than 20 characters, the most a line may hold; it is not read";

  test("a line longer than the limit is reported as such and not read, quoted or not, whatever the chunks", () => {
    const text = `a,b\n1,${"x".repeat(50)}\n2,"${"y".repeat(30)}",3\r\n${"z".repeat(20)}\r\n4,5`;
    const expected: CsvRecord[] = [
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: [], error: longLine },
      { line: 3, fields: [], error: longLine },
      // Exactly at the limit, not counting the line end.
      { line: 4, fields: ["z".repeat(20)] },
      { line: 5, fields: ["4", "5"] }
    ];
    expect(parseCsv(text, { maxLineChars: 20 })).toEqual(expected);
    for (let size = 1; size <= 25; size += 3) {
      const parser = new CsvParser({ maxLineChars: 20 });
      const out: CsvRecord[] = [];
      for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size), out);
      parser.end(out);
      expect(out, `chunks of ${size}`).toEqual(expected);
    }
  });

  test("a long line is skipped without being kept: the text held back stays within the limit", () => {
    const parser = new CsvParser({ maxLineChars: 1000 });
    const out: CsvRecord[] = [];
    parser.push("a,b\n1,", out);
    const chunk = "x".repeat(100_000);
    for (let i = 0; i < 100; i++) {
      parser.push(chunk, out);
      expect((parser as unknown as { carry: string }).carry.length).toBeLessThanOrEqual(1001);
    }
    parser.push("\n2,3\n", out);
    parser.end(out);
    expect(out).toEqual([
      { line: 1, fields: ["a", "b"] },
      {
        line: 2,
        fields: [],
        error: "the line is longer than 1,000 characters, the most a line may hold; it is not read"
      },
      { line: 3, fields: ["2", "3"] }
    ]);
  });

  test("a quoted field that runs past the limit over several lines is taken as unclosed, and reading goes on", () => {
    const text = `a,b\n1,"x\n${"y".repeat(15)}\n2,3\n`;
    const expected: CsvRecord[] = [
      { line: 1, fields: ["a", "b"] },
      {
        line: 2,
        fields: ["1", '"x'],
        error:
          "a quoted field runs on over several lines past 20 characters, the most a row may hold: is its closing " +
          `'"' missing? Read on from the next line`
      },
      { line: 3, fields: ["y".repeat(15)] },
      { line: 4, fields: ["2", "3"] }
    ];
    expect(parseCsv(text, { maxLineChars: 20 })).toEqual(expected);
    for (let size = 1; size <= 9; size++) {
      const parser = new CsvParser({ maxLineChars: 20 });
      const out: CsvRecord[] = [];
      for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size), out);
      parser.end(out);
      expect(out, `chunks of ${size}`).toEqual(expected);
    }
    // Closed, but the row runs on past the limit after its line breaks: the same.
    expect(parseCsv(`a,b\n"x\ny",${"z".repeat(20)}\n2,3\n`, { maxLineChars: 20 })[1].error).toMatch(
      /^a quoted field runs on over several lines past 20 characters/
    );
  });

  test("other separators, a last line without newline, CRLF inside quotes", () => {
    expect(parseCsv('a;b\r\n"x\r\ny";2', { separator: ";" })).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x\r\ny", "2"] }
    ]);
  });

  test("throws for a separator that is not one character", () => {
    expect(() => new CsvParser({ separator: ";;" })).toThrow(
      new RangeError(`CsvParser: separator must be one character, got ";;"`)
    );
  });
});

describe("readCsv", () => {
  test("streams a file in batches, with multi-byte characters split across chunks", async () => {
    const path = join(await tempDir(), "big.csv");
    const lines = ["id,name"];
    for (let i = 0; i < 60_000; i++) lines.push(`${i},"Tromsø ${i}\nlinje 2"`);
    await writeFile(path, lines.join("\n") + "\n");
    let count = 0;
    let last: CsvRecord | undefined;
    for await (const batch of readCsv(path)) {
      count += batch.length;
      last = batch.at(-1);
    }
    expect(count).toBe(60_001);
    expect(last).toEqual({ line: 120_000, fields: ["59999", "Tromsø 59999\nlinje 2"] });
  });

  test("decodes Windows-1252", async () => {
    const path = join(await tempDir(), "latin.csv");
    await writeFile(path, Buffer.from("a\nTromsø\n", "latin1"));
    const records: CsvRecord[] = [];
    for await (const batch of readCsv(path, { encoding: "windows-1252" })) records.push(...batch);
    expect(records[1].fields).toEqual(["Tromsø"]);
  });
});
