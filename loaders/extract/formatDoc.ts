/**
 * The generated parts of docs/extract-format.md: the column reference of every table (from tables.ts)
 * and the list of checks (from problems.ts), each between `<!-- generated:<name> -->` and
 * `<!-- /generated:<name> -->`. tests/loaders/extract/formatDoc.test.ts fails when the document and the
 * declarations disagree; `npx tsx loaders/extract/formatDoc.ts` rewrites the generated parts.
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { earliestDate } from "./dates.ts";
import { fileIdRule } from "./fileIds.ts";
import { sqlTypes } from "./loadIntoDuckDB.ts";
import { problemKinds, type Severity } from "./problems.ts";
import { registries } from "./registries.ts";
import { tables, type ColumnSpec, type TableSpec } from "./tables.ts";

export const formatDocPath = fileURLToPath(new URL("../../docs/extract-format.md", import.meta.url));

const typeText: Record<ColumnSpec["type"], string> = {
  id: "identifier",
  "unit-id": "unit identifier",
  text: "text",
  code: "code",
  date: "date",
  integer: "integer",
  number: "number",
  flag: "flag",
  municipality: "municipality",
  icd10: "ICD-10"
};

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function registryName(id: string): string {
  return registries.find((r) => r.id === id)?.name.en.toLowerCase() ?? id;
}

/** The rules of one column, in words. */
function rules(table: TableSpec, column: ColumnSpec): string {
  const parts: string[] = [];
  if (table.key.includes(column.name))
    parts.push(
      table.key.length === 1 ? "unique (the key)" : `part of the key (${table.key.map((k) => `\`${k}\``).join(" + ")})`
    );
  switch (column.type) {
    case "id":
      if (!column.references) parts.push("letters, digits, `-` `_` `.`; at most 64 characters");
      break;
    case "unit-id":
      if (!column.references) parts.push(fileIdRule);
      break;
    case "date":
      parts.push(`YYYY-MM-DD, from ${earliestDate}`);
      break;
    case "flag":
      parts.push("`1` (yes) or `0` (no)");
      break;
    case "municipality":
      parts.push("four digits, leading zero kept (`0301`)");
      break;
    case "icd10":
      parts.push(
        "letter, two digits, optional `.` and one or two digits (`C34`, " +
          "`C34.1`); its first three characters must be among the tumour's " +
          "registry's codes (listed under `registry`)"
      );
      break;
    case "code":
      parts.push(`one of the codes below`);
      break;
    case "integer":
    case "number":
      if (column.min !== undefined || column.max !== undefined)
        parts.push(`${column.min ?? "−∞"} to ${column.max ?? "∞"}`);
      if (column.type === "number") parts.push("`.` as decimal mark");
      break;
    case "text":
      if (column.maxLength !== undefined) parts.push(`at most ${column.maxLength} characters`);
      break;
  }
  const reference = column.references;
  if (reference && !(table.name === "units" && column.name === "parent_id")) {
    if (reference.table === "catchment")
      parts.push(`a \`${reference.column}\` of **${reference.table}** with a period valid on \`diagnosis_date\``);
    else
      parts.push(
        `a \`${reference.column}\` of **${reference.table}**` +
          (reference.level ? ` whose level is \`${reference.level}\`` : "")
      );
  }
  if (table.name === "units" && column.name === "parent_id")
    parts.push("a `unit_id` of **units** one level up: a hospital's trust, a trust's region; no cycles");
  if (column.requiredWhen)
    parts.push(`required when \`${column.requiredWhen.column}\` is \`${column.requiredWhen.equals}\``);
  if (column.maxDaysBeforeDiagnosis !== undefined) {
    parts.push(
      column.maxDaysBeforeDiagnosis === 0
        ? "not before the tumour's `diagnosis_date`; not after the patient's death"
        : `at most ${column.maxDaysBeforeDiagnosis} days before the tumour's ` +
            `\`diagnosis_date\`; not after the patient's death`
    );
  }
  if (column.registries)
    parts.push(
      `reported by ${column.registries.map(registryName).join(" and ")} only (a warning if filled for another registry)`
    );
  return parts.join("; ");
}

/** The ICD-10 codes that belong to a registry, for the registry code list. */
function registryCodes(id: string): string {
  const codes = registries.find((r) => r.id === id)?.icd10 ?? [];
  return codes.length > 0 ? ` (ICD-10 ${codes.join(", ")})` : " (any ICD-10 code)";
}

function tableReference(table: TableSpec): string {
  const lines: string[] = [];
  lines.push(`### ${table.name}`, "");
  lines.push(
    `File \`${table.name}.csv\` or \`${table.name}.parquet\`; ` +
      `key ${table.key.map((k) => `\`${k}\``).join(" + ")}; ${table.required ? "required" : "optional"}.`,
    ""
  );
  lines.push(table.description, "");
  lines.push("| column | type (SQL) | required | meaning | rules |", "|---|---|---|---|---|");
  for (const column of table.columns) {
    lines.push(
      `| \`${column.name}\` | ${typeText[column.type]} ` +
        `(${sqlTypes[column.type]}) | ` +
        `${column.required ? "yes" : column.requiredWhen ? "see rules" : "no"} ` +
        `| ${cell(column.description)} | ${cell(rules(table, column))} |`
    );
  }
  for (const column of table.columns) {
    if (!column.codes) continue;
    lines.push("", `Codes of \`${column.name}\`:`, "");
    for (const [code, meaning] of Object.entries(column.codes))
      lines.push(
        `- \`${code}\`: ${meaning}${table.name === "tumours" && column.name === "registry" ? registryCodes(code) : ""}`
      );
  }
  return lines.join("\n");
}

/** The column reference: one section per table, in the order the validator reads them. */
export function columnReference(): string {
  return tables.map(tableReference).join("\n\n");
}

const severityText: Record<Severity, string> = { error: "error", warning: "warning", dependent: "dependant" };

/** The checks: every problem kind, its severity and what it means. */
export function checkList(): string {
  const lines = ["| kind | severity | heading in the report | what it means |", "|---|---|---|---|"];
  for (const [kind, spec] of Object.entries(problemKinds))
    lines.push(`| \`${kind}\` | ${severityText[spec.severity]} | ${cell(spec.title)} | ${cell(spec.description)} |`);
  return lines.join("\n");
}

const sections: Record<string, () => string> = { columns: columnReference, checks: checkList };

/** The document with every generated section replaced by its current text. */
export function updateFormatDoc(text: string): string {
  let result = text;
  for (const [name, render] of Object.entries(sections)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = result.indexOf(start);
    const to = result.indexOf(end);
    if (from === -1 || to === -1 || to < from)
      throw new Error(`updateFormatDoc: the markers ${start} … ${end} are missing`);
    result = `${result.slice(0, from + start.length)}\n${render()}\n${result.slice(to)}`;
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const text = await readFile(formatDocPath, "utf8");
  const updated = updateFormatDoc(text);
  await writeFile(formatDocPath, updated);
  process.stdout.write(
    updated === text
      ? "docs/extract-format.md is up to date\n"
      : "docs/extract-format.md updated from tables.ts and problems.ts\n"
  );
}
