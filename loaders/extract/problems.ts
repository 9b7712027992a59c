/**
 * Every kind of problem the validator reports, declared once: its severity, the heading it is grouped under
 * and what it means. The CLI report, data-quality.json and the check list in docs/extract-format.md all
 * come from this catalogue.
 *
 * Severities: an `error` makes the row unusable (or, for a file-level error, every row of the file); a
 * `warning` flags a row that is still used; `dependent` marks a row excluded only because a row it depends
 * on was excluded (a surgery whose tumour was excluded). Any error makes the extract invalid.
 */
import type { TableName } from "./tables.ts";

export type Severity = "error" | "warning" | "dependent";

export interface ProblemKindSpec {
  severity: Severity;
  /** Heading for the group, lower case. */
  title: string;
  /** What the check is, for the documentation. */
  description: string;
  /**
   * --drop-invalid cannot compute around it: it excludes a whole file (leaving it out would change every
   * result silently), or the extract must not be used at all (a national identity number in it).
   */
  refusesDropInvalid?: boolean;
}

export const problemKinds = {
  manifest: {
    severity: "error",
    title: "extract.json",
    description: "extract.json is missing, is not valid JSON, or a field is missing or wrong."
  },
  "missing-file": {
    severity: "error",
    refusesDropInvalid: true,
    title: "missing table file",
    description:
      "A required table has no file (neither `<table>.csv` nor " +
      "`<table>.parquet`, nor the file named in extract.json `tables`)."
  },
  "ambiguous-file": {
    severity: "error",
    refusesDropInvalid: true,
    title: "two files for one table",
    description:
      "Both `<table>.csv` and `<table>.parquet` exist; keep one, or name the one to use in extract.json `tables`."
  },
  "unreadable-file": {
    severity: "error",
    refusesDropInvalid: true,
    title: "unreadable file",
    description: "The file cannot be read (permissions, or not a Parquet file). Every row is excluded."
  },
  "unknown-file": {
    severity: "warning",
    title: "unknown file",
    description: "A CSV or Parquet file in the folder is not a table of the format; it is ignored."
  },
  separator: {
    severity: "error",
    refusesDropInvalid: true,
    title: "wrong separator (Excel)",
    description:
      "The file uses ';' or tab as separator (Excel with a Norwegian locale). Every row of the file is excluded."
  },
  encoding: {
    severity: "error",
    refusesDropInvalid: true,
    title: "not UTF-8",
    description:
      "The file is not UTF-8: Windows-1252 / Latin-1 (Excel's plain 'CSV' on " +
      "Norwegian Windows) or UTF-16 ('Unicode text'). Every row of the file " +
      "is excluded."
  },
  "line-endings": {
    severity: "error",
    refusesDropInvalid: true,
    title: "old Mac line endings (Excel)",
    description:
      "The lines end in a carriage return alone, as Excel's 'CSV " +
      "(Macintosh)' writes them, so the file reads as one line. Every row of " +
      "the file is excluded."
  },
  "byte-order-mark": {
    severity: "warning",
    title: "UTF-8 byte-order mark",
    description:
      "The file starts with a UTF-8 byte-order mark, as Excel's 'CSV UTF-8' writes it. Accepted; nothing to do."
  },
  "empty-file": {
    severity: "error",
    refusesDropInvalid: true,
    title: "empty file",
    description: "The file has no header row."
  },
  "missing-column": {
    severity: "error",
    refusesDropInvalid: true,
    title: "missing column",
    description: "A required column is not in the header. Every row of the file is excluded."
  },
  "duplicate-column": {
    severity: "error",
    refusesDropInvalid: true,
    title: "duplicate column",
    description: "A column name appears twice in the header. Every row of the file is excluded."
  },
  "unknown-column": {
    severity: "error",
    title: "unknown column",
    description:
      "A header column is not part of the format (often a misspelling). The column is ignored; the rows are kept."
  },
  "absent-column": {
    severity: "warning",
    title: "optional column absent",
    description: "An optional column is not in the header; it is treated as empty in every row."
  },
  "blank-row": {
    severity: "warning",
    title: "blank row",
    description:
      "A line with no values (or only separators, as Excel writes for " +
      "formatted empty rows). It is not a row and is ignored."
  },
  "malformed-row": {
    severity: "error",
    title: "malformed row",
    description:
      "The row has more or fewer fields than the header, broken quoting " +
      "(an unclosed quote, a quote inside an unquoted field, text after a " +
      "closing quote), or a line or Parquet value longer than 1 MiB (1,048,576 characters)."
  },
  "surrounding-spaces": {
    severity: "warning",
    title: "spaces around a value",
    description: "A value starts or ends with spaces; they are removed and the row is used."
  },
  "missing-value": { severity: "error", title: "missing value", description: "A required column is empty." },
  "too-long": {
    severity: "error",
    title: "text too long",
    description: "A text is longer than its column allows (a name 200 characters, a short name 60)."
  },
  "control-character": {
    severity: "error",
    title: "control character",
    description:
      "A value holds a NUL byte or another control character (a damaged file, or binary data); text may hold " +
      "tabs and line breaks only."
  },
  "invalid-id": {
    severity: "error",
    title: "invalid identifier",
    description:
      "An identifier has characters other than letters, digits, '-', '_', '.' or is longer than 64 characters; " +
      "a unit id is not lower-case letters and digits joined by '-', or is a reserved name (CON, index, …)."
  },
  "identity-number": {
    severity: "error",
    refusesDropInvalid: true,
    title: "national identity number",
    description:
      "A patient_id is a Norwegian national identity number (eleven digits " +
      "with valid check digits). Extracts carry pseudonyms only."
  },
  "invalid-integer": {
    severity: "error",
    title: "not a whole number",
    description: "An integer column holds something else."
  },
  "invalid-number": {
    severity: "error",
    title: "not a number",
    description: "A number column holds something else (a decimal comma, a thousands separator, a unit)."
  },
  "invalid-flag": {
    severity: "error",
    title: "not a flag",
    description: "A flag column holds something other than 1 or 0."
  },
  "invalid-municipality": {
    severity: "error",
    title: "not a municipality number",
    description: "A municipality number is not four digits (Excel drops leading zeros: 301 for 0301)."
  },
  "invalid-icd10": {
    severity: "error",
    title: "not an ICD-10 code",
    description: "An ICD-10 code is not a letter, two digits and an optional subdivision (C34, C34.1)."
  },
  "invalid-date": {
    severity: "error",
    title: "not an ISO date",
    description: "A date is not written YYYY-MM-DD (Excel's dd.mm.yyyy, a date serial number, a time of day)."
  },
  "impossible-date": {
    severity: "error",
    title: "impossible date",
    description: "A date written YYYY-MM-DD does not exist (2023-02-30)."
  },
  "out-of-range": {
    severity: "error",
    title: "out of range",
    description: "A number outside its column's range, or a date before 1900-01-01."
  },
  "unknown-code": {
    severity: "error",
    title: "unknown code",
    description: "A code column holds a value not in its list; the message lists the allowed codes."
  },
  "duplicate-key": {
    severity: "error",
    title: "duplicate key",
    description: "Another row has the same key. The first row is used; later rows with that key are excluded."
  },
  "unknown-reference": {
    severity: "error",
    title: "unknown reference",
    description:
      "A reference to a row that does not exist: a tumour's patient, a " +
      "report's tumour, a unit, a municipality without catchment."
  },
  "wrong-unit-level": {
    severity: "error",
    title: "wrong unit level",
    description:
      "A referenced unit has the wrong level: diagnosing and treating units " +
      "must be hospitals, a catchment's trust_id a trust, a unit's parent " +
      "one level up, regions have no parent."
  },
  "unit-cycle": {
    severity: "error",
    title: "cycle in the unit hierarchy",
    description: "Following parent_id from a unit leads back to it."
  },
  "date-order": {
    severity: "error",
    title: "dates in the wrong order",
    description:
      "Dates of one row contradict each other: death or emigration before " +
      "birth, emigration after death, valid_to before valid_from."
  },
  "before-birth": {
    severity: "error",
    title: "diagnosis before birth",
    description: "A tumour's diagnosis date is before its patient's birth date."
  },
  "after-death": {
    severity: "error",
    title: "after the patient's death",
    description: "A diagnosis date, or the date of an event on the tumour's pathway, is after the patient's death."
  },
  "before-diagnosis": {
    severity: "error",
    title: "long before diagnosis",
    description:
      "An event on a tumour's pathway (referral, decision, treatment, " +
      "questionnaire) is more than 90 days before the diagnosis date, or a " +
      "recurrence before it."
  },
  "after-extract-date": {
    severity: "error",
    title: "after the extract date",
    description: "A date after extract.json `extract_date` (catchment validity dates excepted)."
  },
  "outside-period": {
    severity: "error",
    title: "diagnosis outside the period",
    description: "A tumour's diagnosis date is outside extract.json `period`."
  },
  "catchment-overlap": {
    severity: "error",
    title: "overlapping catchment periods",
    description:
      "Two catchment periods of one municipality overlap, so residence " +
      "cannot be attributed. The later-starting period is excluded."
  },
  "no-catchment": {
    severity: "error",
    title: "no catchment on the diagnosis date",
    description: "The tumour's municipality of residence has no catchment period valid on the diagnosis date."
  },
  "conditional-required": {
    severity: "error",
    title: "conditionally required value missing",
    description:
      "A column required by another column's value is empty (clinical_report_date when clinical_report is 1)."
  },
  "icd10-registry": {
    severity: "error",
    title: "ICD-10 code outside the registry",
    description:
      "The ICD-10 code does not belong to the tumour's registry, or a " +
      "childhood-registry patient was 18 or older at diagnosis."
  },
  "undeclared-registry": {
    severity: "error",
    title: "registry not declared",
    description: "A tumour's registry is not listed in extract.json `registries`."
  },
  "patient-mismatch": {
    severity: "error",
    title: "patient does not match the tumour",
    description: "A PROM row's patient_id is not the patient of its tumour."
  },
  "registry-specific": {
    severity: "warning",
    title: "registry-specific column filled for another registry",
    description:
      "A registry-specific column is filled for a tumour of a registry that " +
      "does not report it. The row is used; indicators ignore the value."
  },
  contradiction: {
    severity: "warning",
    title: "contradictory values",
    description:
      "A value given although another column says it cannot apply " +
      "(clinical_report_date when clinical_report is 0). The row is used."
  },
  "life-table-gap": {
    severity: "error",
    title: "gap in the life table",
    description:
      "A year of the life table lacks an age another year has, for one sex: " +
      "net survival needs every (year, age) cell for each sex the table " +
      "lists."
  },
  dependency: {
    severity: "dependent",
    title: "excluded with a row it depends on",
    description:
      "The row is fine, but a row it depends on was excluded (a surgery whose tumour was excluded); it is excluded too."
  }
} as const satisfies Record<string, ProblemKindSpec>;

export type ProblemKind = keyof typeof problemKinds;

export interface Problem {
  kind: ProblemKind;
  severity: Severity;
  /** The table the file holds; null for extract.json and folder-level problems. */
  table: TableName | null;
  /** File name relative to the extract folder. */
  file: string;
  /** Physical line (CSV, header = 1) or row number (Parquet, first data row = 1); null for the whole file. */
  line: number | null;
  /** Whether `line` is a Parquet row number. */
  row?: boolean;
  column: string | null;
  message: string;
}

/** `tumours.csv:12` or `tumours.parquet:row 12` or `tumours.csv`. */
export function formatLocation(file: string, line: number | null, row = false): string {
  if (line === null) return file;
  return row ? `${file}:row ${line}` : `${file}:${line}`;
}

/** One problem as `file:line: column: problem`. */
export function formatProblem(problem: Pick<Problem, "file" | "line" | "row" | "column" | "message">): string {
  const where = formatLocation(problem.file, problem.line, problem.row);
  return problem.column ? `${where}: ${problem.column}: ${problem.message}` : `${where}: ${problem.message}`;
}
