/**
 * Recognises how a CSV file was written before its rows are read: the encoding (UTF-8, with or without a
 * byte-order mark; Windows-1252 / Latin-1 or UTF-16 as Excel writes them) and the separator (',' or,
 * from Excel with a Norwegian locale, ';' with a decimal comma). A file that is not UTF-8 with ',' gets
 * one message that says exactly that and what to do; its rows are then counted and excluded.
 */
import type { FileInspection } from "./inspectFile.ts";
import type { ProblemKind } from "./problems.ts";
import type { TableSpec } from "./tables.ts";

export interface FileProblem {
  kind: ProblemKind;
  line: number | null;
  message: string;
}

export interface CsvFormat {
  /** How to decode the file for reading (for a file rejected for its encoding: to count its rows). */
  encoding: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";
  separator: string;
  /** Problems that make every row unusable. */
  fatal: FileProblem[];
  warnings: FileProblem[];
}

const excelAdvice =
  "Save it from Excel as 'CSV UTF-8 (comma delimited)' with '.' as " +
  'decimal separator (docs/extract-format.md, "Exporting from Excel")';

function convertAdvice(file: string): string {
  return (
    `or convert it: npx qi validate <extract folder> --convert-excel <new ` +
    `folder> (writes a corrected copy of ${file} and the other files)`
  );
}

function headerLine(text: string): string {
  const end = text.indexOf("\n");
  return (end === -1 ? text : text.slice(0, end)).replace(/\r$/, "");
}

/** How many declared column names the header has when split by `separator`. */
function knownColumns(line: string, separator: string, spec: TableSpec): number {
  const names = new Set(spec.columns.map((c) => c.name));
  return line.split(separator).filter((field) => names.has(field.trim().replace(/^"|"$/g, ""))).length;
}

export function detectCsvFormat(file: string, inspection: FileInspection, spec: TableSpec): CsvFormat {
  const fatal: FileProblem[] = [];
  const warnings: FileProblem[] = [];
  if (inspection.bom === "utf-16le" || inspection.bom === "utf-16be") {
    fatal.push({
      kind: "encoding",
      line: null,
      message: `saved as UTF-16 (Excel's 'Unicode Text'), not UTF-8. ${excelAdvice}, ${convertAdvice(file)}`
    });
    return { encoding: inspection.bom, separator: ",", fatal, warnings };
  }
  let encoding: CsvFormat["encoding"] = "utf-8";
  const invalid = inspection.invalidUtf8;
  if (invalid) {
    encoding = "windows-1252";
    const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, "0")}`;
    fatal.push({
      kind: "encoding",
      line: invalid.line,
      message:
        `not UTF-8: byte ${byte} in ${JSON.stringify(invalid.word)} is ` +
        `Windows-1252 / Latin-1, as Excel's plain 'CSV (comma delimited)' ` +
        `writes it on Norwegian Windows. ` +
        `${excelAdvice}, or convert it: iconv -f WINDOWS-1252 -t UTF-8 ${file} > ${file.replace(/\.csv$/i, "")}-utf8.csv`
    });
  }
  if (inspection.bom === "utf-8") {
    warnings.push({
      kind: "byte-order-mark",
      line: 1,
      message: "starts with a UTF-8 byte-order mark (as Excel's 'CSV UTF-8' writes it); accepted, nothing to do"
    });
  }
  const text = new TextDecoder(encoding).decode(inspection.head);
  if (!text.includes("\n") && /\r[^\r]*\r/.test(text)) {
    // Lines ended by a carriage return alone: the reader would see one long header and no rows.
    fatal.push({
      kind: "line-endings",
      line: 1,
      message: `its lines end in a carriage return alone (Excel's 'CSV (Macintosh)'), so it reads as a single line. ${excelAdvice}, or convert it: tr '\\r' '\\n' < ${file} > ${file.replace(/\.csv$/i, "")}-lf.csv`
    });
    return { encoding, separator: ",", fatal, warnings };
  }
  const header = headerLine(text);
  const scores = [",", ";", "\t"].map((separator) => ({
    separator,
    known: knownColumns(header, separator, spec),
    count: header.split(separator).length
  }));
  const comma = scores[0];
  const best = scores.reduce((a, b) =>
    b.known > a.known || (b.known === a.known && b.known === 0 && b.count > a.count) ? b : a
  );
  const separator = best.known > comma.known || (comma.count === 1 && best.count > 1) ? best.separator : ",";
  if (separator === ";") {
    const decimalComma = text
      .split("\n")
      .slice(1, 200)
      .some((line) => line.split(";").some((field) => /^-?\d+,\d+$/.test(field.trim())));
    fatal.push({
      kind: "separator",
      line: 1,
      message:
        `saved by Excel with ';' as ` +
        `separator${decimalComma ? " and ',' as decimal mark" : ""} (Norwegian ` +
        `locale); the format uses ',' as separator and '.' as decimal mark. ` +
        `${excelAdvice}, ${convertAdvice(file)}`
    });
  } else if (separator === "\t") {
    fatal.push({
      kind: "separator",
      line: 1,
      message:
        `uses tabs as separator (Excel's 'Text (tab delimited)'); the format ` +
        `uses ','. ${excelAdvice}, ${convertAdvice(file)}`
    });
  }
  return { encoding, separator, fatal, warnings };
}
