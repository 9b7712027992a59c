/**
 * RFC 4180 CSV from rows for the page downloads: comma separator, CRLF line ends, quotes only where needed,
 * UTF-8 (BOM optional for Excel).
 *
 * These files are opened in spreadsheets, so a text cell that a spreadsheet would run as a formula (one
 * beginning with `=`, `+`, `-`, `@`, tab or carriage return: `=cmd|' /C calc'!A0`) is neutralised as OWASP
 * recommends: a single quote is put before it and the field is quoted, so it shows as the text it is. Numbers
 * stay numbers, negative ones too (`-3`, `-0.25`), whether they come as numbers or as text.
 */

/** A plain decimal number, optionally negative, as JavaScript and the results files write them. */
const plainNumber = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
function startsLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  // = + - @ tab CR
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return "";
  const text = String(value);
  if (typeof value !== "number" && startsLikeFormula(text) && !plainNumber.test(text))
    return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  rows: Record<string, unknown>[],
  columns: string[] = rows.length ? Object.keys(rows[0]) : []
): string {
  return (
    [columns.map(csvCell).join(","), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(","))].join("\r\n") +
    "\r\n"
  );
}
