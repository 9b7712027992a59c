/**
 * The checks of one table, row by row: fields → typed cells (cells.ts) → key → references → the rules
 * every table shares (conditional requirements, dates after the extract date, pathway dates against the
 * tumour's diagnosis and the patient's death, registry-specific columns) → the table's own rules
 * (tableRules.ts) → a verdict. A row with any error is excluded for its first error; a row whose only
 * problem is an excluded row it depends on is excluded as a dependant; every other row is used.
 */
import { CellError, cellParser, type CellParser, type CellValue } from "./cells.ts";
import { NO_DATE, formatDay } from "./dates.ts";
import { EXCLUDED, KeyedRows, USED, type ExtractState, type TableSource } from "./extractState.ts";
import type { ProblemLog, TableLedger } from "./ledger.ts";
import type { ExtractManifest } from "./manifest.ts";
import { formatLocation, problemKinds, type ProblemKind } from "./problems.ts";
import { registryIds, type RegistryId } from "./registries.ts";
import type { ColumnSpec, TableName, TableSpec } from "./tables.ts";

export interface Row {
  line: number;
  /** Typed values by declared column (null: missing or invalid). */
  values: CellValue[];
  /** Trimmed field texts by declared column. */
  texts: string[];
  /** 1 where the cell had an error. */
  invalid: Uint8Array;
  /** Index of the row's key in the table's KeyedRows, or -1 (duplicate or invalid key). */
  index: number;
  /** Index of the row's patient / tumour in the extract state when they are used rows, else -1. */
  patient: number;
  tumour: number;
  errors: number;
  firstError: ProblemKind | null;
  dependent: boolean;
  /** Warning kinds raised on the row. */
  flags: ProblemKind[];
}

/** What the whole extract contributes to row checks; null fields when extract.json is invalid. */
export interface ExtractFacts {
  extractDay: number | null;
  extractDate: string | null;
  periodFrom: number | null;
  periodTo: number | null;
  period: ExtractManifest["period"] | null;
  registries: Set<string> | null;
}

export interface TableRules {
  /** Checks that need this row and earlier tables only. */
  row?(run: TableRun, row: Row): void;
  /** For small tables read whole: checks that need every row (hierarchy, overlapping periods). */
  table?(run: TableRun, rows: Row[]): void;
  /** Records what later tables need from a used row. */
  keep?(run: TableRun, row: Row): void;
}

const singular: Partial<Record<TableName, string>> = { units: "unit", patients: "patient", tumours: "tumour" };

export class TableRun {
  readonly col: Record<string, number>;
  readonly parsers: CellParser[];
  readonly keyColumns: number[];
  /** How each key column is stored in the key index (compactly, for the millions of report keys). */
  private readonly keyParts: ((text: string) => string)[];
  /** Key store: the shared one for tables others refer to, a private one otherwise. */
  readonly keyed: KeyedRows<string>;
  private positions: Int32Array = new Int32Array(0);
  private headerLength = 0;
  private readonly eventColumns: number[];
  private readonly registryColumns: number[];
  private readonly afterExtractColumns: number[];

  constructor(
    readonly spec: TableSpec,
    readonly source: TableSource,
    readonly ledger: TableLedger,
    readonly log: ProblemLog,
    readonly state: ExtractState,
    readonly facts: ExtractFacts,
    readonly rules: TableRules
  ) {
    this.col = Object.fromEntries(spec.columns.map((c, i) => [c.name, i]));
    this.parsers = spec.columns.map(cellParser);
    this.keyColumns = spec.key.map((name) => this.col[name]);
    this.keyParts = this.keyColumns.map((c) => keyPart(spec.columns[c], state));
    this.keyed = spec.name === "patients" ? state.patients : spec.name === "tumours" ? state.tumours : new KeyedRows();
    const indices = (test: (c: ColumnSpec) => boolean) => spec.columns.flatMap((c, i) => (test(c) ? [i] : []));
    this.eventColumns = indices((c) => c.maxDaysBeforeDiagnosis !== undefined);
    this.registryColumns = indices((c) => c.registries !== undefined);
    // Catchment validity dates describe an administrative mapping, which may be decided ahead of time.
    this.afterExtractColumns = spec.name === "catchment" ? [] : indices((c) => c.type === "date");
  }

  get buffered(): boolean {
    return this.rules.table !== undefined;
  }

  setLayout(positions: Int32Array, headerLength: number): void {
    this.positions = positions;
    this.headerLength = headerLength;
  }

  newRow(line: number): Row {
    const n = this.spec.columns.length;
    return {
      line,
      values: new Array<CellValue>(n).fill(null),
      texts: new Array<string>(n).fill(""),
      invalid: new Uint8Array(n),
      index: -1,
      patient: -1,
      tumour: -1,
      errors: 0,
      firstError: null,
      dependent: false,
      flags: []
    };
  }

  resetRow(row: Row, line: number): void {
    row.line = line;
    row.invalid.fill(0);
    row.index = -1;
    row.patient = -1;
    row.tumour = -1;
    row.errors = 0;
    row.firstError = null;
    row.dependent = false;
    row.flags.length = 0;
  }

  /** Records a problem on a row. */
  report(row: Row, kind: ProblemKind, column: string | null, message: string): void {
    const severity = problemKinds[kind].severity;
    this.log.add({
      kind,
      severity,
      table: this.spec.name,
      file: this.source.file,
      line: row.line,
      ...(this.source.format === "parquet" ? { row: true } : {}),
      column,
      message
    });
    if (severity === "error") {
      row.errors++;
      row.firstError ??= kind;
    } else if (severity === "dependent") row.dependent = true;
    else if (!row.flags.includes(kind)) row.flags.push(kind);
  }

  /** `tumours.csv:12` for a row of this or another table. */
  where(table: TableName, line: number): string {
    const source = this.state.sources.get(table);
    return formatLocation(source?.file ?? `${table}.csv`, line, source?.format === "parquet");
  }

  fileOf(table: TableName): string {
    return this.state.sources.get(table)?.file ?? `${table}.csv`;
  }

  /**
   * Parses and checks one record into `row`. Returns false if the record is a blank line (not a row).
   * The verdict is left to `decide`, so that whole-table rules can still add problems.
   */
  read(line: number, fields: string[], error: string | undefined, row: Row): boolean {
    if (error === undefined && isBlank(fields)) {
      this.ledger.blankLines++;
      this.log.add({
        kind: "blank-row",
        severity: "warning",
        table: this.spec.name,
        file: this.source.file,
        line,
        column: null,
        message:
          fields.length > 1
            ? "a row of empty fields (Excel writes these for formatted empty rows); ignored"
            : "blank line; ignored"
      });
      return false;
    }
    this.ledger.rowsRead++;
    if (error !== undefined || fields.length !== this.headerLength) {
      const message =
        (error ??
          `the row has ${fields.length} fields, the header ${this.headerLength}` +
            (fields.length > this.headerLength ? " (an unquoted ',' inside a value, such as a decimal comma?)" : "")) +
        (fields.some((field) => field.includes("\0")) ? "; it holds NUL bytes (a damaged file, or binary data?)" : "");
      this.report(row, "malformed-row", null, message);
      // With the right number of fields the key is still where it belongs: remember it as excluded, so
      // rows that refer to it are excluded as its dependants rather than reported as unknown references.
      if (fields.length === this.headerLength) this.readKey(fields, row);
      return true;
    }
    const columns = this.spec.columns;
    for (let c = 0; c < columns.length; c++) {
      const position = this.positions[c];
      let text = position === -1 ? "" : fields[position];
      if (text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)))) {
        const trimmed = text.trim();
        this.report(
          row,
          "surrounding-spaces",
          columns[c].name,
          `${JSON.stringify(text)} has spaces around the value; read as ${JSON.stringify(trimmed)}`
        );
        text = trimmed;
      }
      row.texts[c] = text;
      const value = this.parsers[c](text);
      if (value instanceof CellError) {
        row.values[c] = null;
        row.invalid[c] = 1;
        this.report(row, value.kind, columns[c].name, value.message);
      } else row.values[c] = value;
    }
    this.checkKey(row);
    this.checkShared(row);
    this.rules.row?.(this, row);
    return true;
  }

  /** Settles a row: used (returns true) or excluded for its first error or its dependency. */
  decide(row: Row): boolean {
    const used = row.errors === 0 && !row.dependent;
    if (row.index >= 0) this.keyed.status[row.index] = used ? USED : EXCLUDED;
    if (!used) {
      this.ledger.exclude(row.firstError ?? "dependency", row.line);
      return false;
    }
    this.ledger.rowsUsed++;
    for (const kind of row.flags) this.ledger.flag(kind, row.line);
    this.rules.keep?.(this, row);
    return true;
  }

  private readKey(fields: string[], row: Row): void {
    for (const c of this.keyColumns) {
      const position = this.positions[c];
      const text = position === -1 ? "" : fields[position].trim();
      const value = this.parsers[c](text);
      row.texts[c] = text;
      row.values[c] = value instanceof CellError ? null : value;
    }
    this.checkKey(row);
  }

  private checkKey(row: Row): void {
    let key = "";
    for (let k = 0; k < this.keyColumns.length; k++) {
      const c = this.keyColumns[k];
      if (row.values[c] === null) return; // missing or invalid: already reported
      const part = this.keyParts[k](row.texts[c]);
      key = k === 0 ? part : `${key}\u0001${part}`;
    }
    const index = this.keyed.add(key, row.line);
    if (index >= 0) {
      row.index = index;
      return;
    }
    const first = this.keyed.line[-index - 1];
    const shown = this.keyColumns.map((c) => row.texts[c]).join(", ");
    this.report(
      row,
      "duplicate-key",
      this.spec.key.join("+"),
      `duplicate key ${shown}; the first row with it is ${this.where(this.spec.name, first)}, which is used`
    );
  }

  /** Checks every table shares: references, conditional requirements, the extract date, pathway dates. */
  private checkShared(row: Row): void {
    const columns = this.spec.columns;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const reference = column.references;
      if (reference === undefined || row.values[c] === null) continue;
      if (reference.table === "units" && this.spec.name !== "units") this.checkUnit(row, c);
      else if (reference.table === "patients") row.patient = this.checkKeyed(row, c, "patients", this.state.patients);
      else if (reference.table === "tumours") row.tumour = this.checkKeyed(row, c, "tumours", this.state.tumours);
    }
    for (let c = 0; c < columns.length; c++) {
      const when = columns[c].requiredWhen;
      if (when === undefined || row.invalid[c] || row.values[c] !== null) continue;
      const other = this.col[when.column];
      if (row.texts[other] === when.equals && !row.invalid[other]) {
        this.report(
          row,
          "conditional-required",
          columns[c].name,
          `missing; required when ${when.column} is ${when.equals}`
        );
      }
    }
    const extractDay = this.facts.extractDay;
    if (extractDay !== null) {
      for (const c of this.afterExtractColumns) {
        const day = row.values[c];
        if (typeof day === "number" && day > extractDay) {
          this.report(
            row,
            "after-extract-date",
            columns[c].name,
            `${row.texts[c]} is after the extract date ${this.facts.extractDate}`
          );
        }
      }
    }
    if (row.tumour >= 0) this.checkAgainstTumour(row);
    else if (this.spec.name === "tumours")
      this.checkRegistryColumns(row, row.values[this.col.registry] as string | null);
  }

  private checkUnit(row: Row, c: number): void {
    const column = this.spec.columns[c];
    const id = row.values[c] as string;
    const unitsFile = this.fileOf("units");
    if (this.state.sources.get("units")?.unusable) {
      this.report(row, "dependency", column.name, `${id} cannot be checked: ${unitsFile} could not be used`);
      return;
    }
    const unit = this.state.units.get(id);
    if (unit === undefined) {
      this.report(
        row,
        "unknown-reference",
        column.name,
        `${id} is not a unit in ${unitsFile}${this.malformedHint("units")}`
      );
    } else if (unit.status !== USED) {
      this.report(row, "dependency", column.name, `unit ${id} was excluded (${this.where("units", unit.line)})`);
    } else if (column.references?.level && unit.level !== column.references.level) {
      this.report(
        row,
        "wrong-unit-level",
        column.name,
        `${id} is a ${unit.level}; ${column.name} must be a ${column.references.level}`
      );
    }
  }

  /** Checks a reference to a patient or tumour; returns its index if that row is used, else -1. */
  private checkKeyed(row: Row, c: number, table: TableName, keyed: KeyedRows<string>): number {
    const column = this.spec.columns[c];
    const id = row.values[c] as string;
    const file = this.fileOf(table);
    if (this.state.sources.get(table)?.unusable) {
      this.report(row, "dependency", column.name, `${id} cannot be checked: ${file} could not be used`);
      return -1;
    }
    const index = keyed.find(id);
    if (index < 0) {
      this.report(
        row,
        "unknown-reference",
        column.name,
        `${id} is not a ${singular[table]} in ${file}${this.malformedHint(table)}`
      );
      return -1;
    }
    if (keyed.status[index] !== USED) {
      this.report(
        row,
        "dependency",
        column.name,
        `${singular[table]} ${id} was excluded (${this.where(table, keyed.line[index])})`
      );
      return -1;
    }
    return index;
  }

  private malformedHint(table: TableName): string {
    return this.state.sources.get(table)?.hasMalformedRows
      ? ` (${this.fileOf(table)} has rows that could not be read; see "malformed row")`
      : "";
  }

  /** Pathway dates against the tumour's diagnosis and the patient's death; registry-specific columns. */
  private checkAgainstTumour(row: Row): void {
    const tumours = this.state.tumours;
    const diagnosis = tumours.payload.diagnosis[row.tumour];
    const patient = tumours.payload.patient[row.tumour];
    const death = patient >= 0 ? this.state.patients.payload.death[patient] : NO_DATE;
    for (const c of this.eventColumns) {
      const day = row.values[c];
      if (typeof day !== "number") continue;
      const column = this.spec.columns[c];
      const allowed = column.maxDaysBeforeDiagnosis!;
      if (diagnosis !== NO_DATE && day < diagnosis - allowed) {
        const where = this.where("tumours", tumours.line[row.tumour]);
        const tumourId = tumours.keys.key(row.tumour);
        this.report(
          row,
          "before-diagnosis",
          column.name,
          allowed === 0
            ? `${row.texts[c]} is before the diagnosis of tumour ${tumourId} on ${formatDay(diagnosis)} (${where})`
            : `${row.texts[c]} is ${diagnosis - day} days before the diagnosis of ` +
                `tumour ${tumourId} on ${formatDay(diagnosis)} (${where}); at most ` +
                `${allowed} days before is accepted`
        );
      }
      if (death !== NO_DATE && day > death) {
        this.report(
          row,
          "after-death",
          column.name,
          `${row.texts[c]} is after the patient's death on ${formatDay(death)}`
        );
      }
    }
    this.checkRegistryColumns(row, registryIds[tumours.payload.registry[row.tumour]] ?? null);
  }

  private checkRegistryColumns(row: Row, registry: string | null): void {
    if (registry === null) return;
    for (const c of this.registryColumns) {
      if (row.values[c] === null) continue;
      const column = this.spec.columns[c];
      const reporting = column.registries as RegistryId[];
      if (!reporting.includes(registry as RegistryId)) {
        this.report(
          row,
          "registry-specific",
          column.name,
          `filled for a ${registry} tumour; ${column.name} is reported by ` +
            `${reporting.join(" and ")} only (the value is kept, indicators do not ` +
            `use it)`
        );
      }
    }
  }
}

/**
 * The stored form of one key column: a patient or tumour id as its index in the shared key store (a few
 * base-36 digits instead of the id), a code as one character, anything else as its text. Composite keys
 * of the large report tables (PROMs: tumour, instrument, time point, domain) shrink from ~45 to ~10 bytes.
 */
function keyPart(column: ColumnSpec, state: ExtractState): (text: string) => string {
  const table = column.references?.table;
  if (table === "patients" || table === "tumours") {
    const keyed = table === "patients" ? state.patients : state.tumours;
    return (text) => {
      const index = keyed.find(text);
      return index >= 0 ? index.toString(36) : `#${text}`;
    };
  }
  if (column.type === "code") {
    const codes = new Map(Object.keys(column.codes ?? {}).map((code, i) => [code, String.fromCharCode(32 + i)]));
    return (text) => codes.get(text) ?? text;
  }
  return (text) => text;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160;
}

function isBlank(fields: string[]): boolean {
  for (let i = 0; i < fields.length; i++) if (fields[i].length > 0) return false;
  return true;
}
