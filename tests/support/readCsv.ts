/**
 * Reading the reference CSV fixtures (tests/fixtures/reference/) in tests.
 *
 * `readCsv(path)` parses a comma-separated file with a header row into one record per row, keyed by
 * column name, all values as strings. Quoted fields ("a,b", doubled "" for a quote) and CRLF line
 * ends are handled; a blank last line is ignored. `num(s)` turns a cell into a number, mapping "NA"
 * (how R writes NA/NaN) to NaN and throwing on anything else that is not a number, so a typo in a
 * column name fails loudly instead of comparing against NaN.
 */
import { readFileSync } from "node:fs";

export function readCsv(path: string | URL): Record<string, string>[] {
  const rows = parseCsv(readFileSync(path, "utf8"));
  const header = rows.shift();
  if (header === undefined) throw new Error(`readCsv: ${String(path)} is empty`);
  return rows.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new Error(`readCsv: ${String(path)} row ${i + 2} has ${cells.length} cells, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((name, j) => [name, cells[j]]));
  });
}

export function num(s: string | undefined): number {
  if (s === undefined) throw new TypeError("num: missing cell (is the column name right?)");
  if (s === "NA" || s === "NaN") return Number.NaN;
  if (s === "Inf") return Infinity;
  if (s === "-Inf") return -Infinity;
  const value = Number(s);
  if (s.trim() === "" || Number.isNaN(value)) throw new TypeError(`num: not a number: ${JSON.stringify(s)}`);
  return value;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') cell += text[i++];
      else quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      endCell();
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endCell();
      rows.push(row);
      row = [];
    } else {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}
