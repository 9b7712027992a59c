/**
 * `qi validate --convert-excel <new folder>`: an explicit, logged repair of CSV files saved by Excel with
 * a Norwegian locale. Copies the extract, rewriting each table's CSV as UTF-8 with ',' separators, and
 * within it only what Excel is known to change: decimal commas in number columns (12,5 → 12.5), dates
 * shown as dd.mm.yyyy in date columns (28.02.2023 → 2023-02-28), and municipality numbers that lost their
 * leading zero (301 → 0301); Windows-1252 and UTF-16 become UTF-8. Every other value is copied as it
 * is, and line numbers stay the same, so the validation of the copy points at the same lines as the
 * original. A file with broken quoting is left as it is. Nothing is changed in place.
 */
import { copyFile, mkdir, readdir, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { readCsv } from "./csvReader.ts";
import { CsvWriter, csvField } from "./csvWriter.ts";
import { detectCsvFormat } from "./fileFormat.ts";
import { inspectFile } from "./inspectFile.ts";
import { tables, type ColumnType } from "./tables.ts";
import { ExtractFolderError } from "./validateExtract.ts";

export interface ExcelConversion {
  /** One line per file: what was changed. */
  log: string[];
}

type Fix = (text: string) => string | null;

const fixes: Partial<Record<ColumnType, Fix>> = {
  number: (text) => (/^-?\d+,\d+$/.test(text) ? text.replace(",", ".") : null),
  date: (text) => {
    const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    return match ? `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}` : null;
  },
  municipality: (text) => (/^\d{3}$/.test(text) ? `0${text}` : null)
};

const fixNames: Partial<Record<ColumnType, string>> = {
  number: "decimal commas → '.'",
  date: "dd.mm.yyyy dates → YYYY-MM-DD",
  municipality: "municipality numbers given their leading zero"
};

export async function convertExcelExtract(from: string, to: string): Promise<ExcelConversion> {
  const source = resolve(from);
  const target = resolve(to);
  if (!existsSync(source)) throw new ExtractFolderError(`${from}: no such folder`);
  if (source === target)
    throw new ExtractFolderError("--convert-excel needs a new folder; the extract is never changed in place");
  if (existsSync(target) && (await readdir(target)).length > 0)
    throw new ExtractFolderError(`${to} exists and is not empty; give a new folder for the converted copy`);
  await mkdir(target, { recursive: true });
  const log: string[] = [];
  for (const entry of await readdir(source, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const name = entry.name;
    const spec = tables.find((t) => `${t.name}.csv` === name);
    if (spec === undefined) {
      await copyFile(join(source, name), join(target, name));
      continue;
    }
    const inspection = await inspectFile(join(source, name));
    const format = detectCsvFormat(name, inspection, spec);
    const changes: string[] = [];
    if (inspection.invalidUtf8) changes.push("Windows-1252 → UTF-8");
    if (inspection.bom === "utf-8") changes.push("byte-order mark removed");
    if (format.separator !== ",")
      changes.push(`'${format.separator === "\t" ? "tab" : format.separator}' separator → ','`);
    if (inspection.bom === "utf-16le" || inspection.bom === "utf-16be") changes.push("UTF-16 → UTF-8");
    let writer: CsvWriter | null = null;
    let columnFixes: (Fix | undefined)[] = [];
    const counts = new Map<ColumnType, number>();
    let broken: string | null = null;
    reading: for await (const batch of readCsv(join(source, name), {
      encoding: format.encoding,
      separator: format.separator
    })) {
      for (const record of batch) {
        if (record.error !== undefined) {
          // Rewriting would quote the field properly and hide the problem: leave this file to the person.
          broken = `line ${record.line}: ${record.error}`;
          break reading;
        }
        if (writer === null) {
          writer = new CsvWriter(join(target, name), record.fields);
          const types = record.fields.map((field) => spec.columns.find((c) => c.name === field)?.type);
          columnFixes = types.map((type) => (type === undefined ? undefined : fixes[type]));
          continue;
        }
        const fields = record.fields.map((text, i) => {
          const fix = columnFixes[i];
          const fixed = fix?.(text.trim());
          if (fixed === undefined || fixed === null) return text;
          const type = spec.columns.find((c) => fixes[c.type] === fix)!.type;
          counts.set(type, (counts.get(type) ?? 0) + 1);
          return fixed;
        });
        writer.line(fields.map(csvField).join(","));
      }
      await writer?.flushIfFull();
    }
    if (writer !== null) await writer.close();
    if (broken !== null) {
      await rm(join(target, name), { force: true });
      await copyFile(join(source, name), join(target, name));
      log.push(`${name}: not converted, ${broken}; fix it in the file; copied unchanged`);
      continue;
    }
    if (writer === null) await copyFile(join(source, name), join(target, name));
    for (const [type, count] of counts) changes.push(`${fixNames[type]}: ${count}`);
    log.push(`${name}: ${changes.length > 0 ? changes.join(", ") : "no change"}`);
  }
  log.push(`converted copy written to ${to}`);
  return { log };
}
