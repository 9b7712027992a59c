/**
 * validateExtract: reads an extract folder, checks every row of every table against the format
 * (tables.ts) and the other tables, and writes a validated snapshot that the engine reads instead of the
 * raw files:
 *
 *   <snapshot>/<table>.csv        the usable rows: `source_line` then the declared columns in order,
 *                                 UTF-8, ',' separated, ISO dates, empty = missing (one file per table)
 *   <snapshot>/extract.json       the validated extract.json
 *   <snapshot>/data-quality.json  the account: rows read / used / excluded by reason, warnings, checksums
 *   <snapshot>/problems.csv       every problem found, one per line
 *   <snapshot>/snapshot.json      marks a complete snapshot (format, extract checksum, tables)
 *
 * Tables are read in declaration order, each streamed once, so a row can be checked against the tables
 * before it (a tumour against its patient, a surgery against its tumour) while memory holds only their
 * keys and a few dates. Snapshots are cached by extract checksum (snapshotCache.ts).
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { fileStamp, rememberChecksums, rememberedChecksums, type FileStamp } from "../checksumMemo.ts";
import { checkFolder, fsyncPath, sealFolder } from "../verifiedFolder.ts";
import { streamCsv, type RecordSink } from "./csvReader.ts";
import { CsvWriter, csvField } from "./csvWriter.ts";
import { parseIsoDate } from "./dates.ts";
import { buildReport, type DataQualityReport } from "./dataQuality.ts";
import { ExtractState, type TableSource } from "./extractState.ts";
import { detectCsvFormat } from "./fileFormat.ts";
import { resolveHeader } from "./header.ts";
import { inspectFile, type FileInspection } from "./inspectFile.ts";
import { ProblemLog, TableLedger, type KindCount } from "./ledger.ts";
import { manifestFile, readManifest, type ExtractManifest } from "./manifest.ts";
import { openParquet } from "./parquetReader.ts";
import { problemKinds, type Problem, type ProblemKind } from "./problems.ts";
import {
  defaultCacheDir,
  extractChecksum,
  pruneCache,
  snapshotFormat,
  snapshotKey,
  touchSnapshot
} from "./snapshotCache.ts";
import { laneTables, planLanes, startLaneWorker } from "./tableLanes.ts";
import { TableRun, type ExtractFacts, type Row } from "./tableRun.ts";
import { tableRules } from "./tableRules.ts";
import { tables, type TableName, type TableSpec } from "./tables.ts";

export interface ValidationProgress {
  phase: "checksum" | "cached" | "discarded" | "validate" | "done";
  /** Why a cached snapshot was discarded (phase "discarded"). */
  message?: string;
  table?: TableName;
  file?: string;
  /** Rows read so far in this table. */
  rows?: number;
  /** Bytes of this file read so far, and its size. */
  bytes?: number;
  totalBytes?: number;
}

export interface ValidateOptions {
  /** Write the snapshot to this folder (replacing it) instead of the cache; the cache is then not used. */
  snapshotDir?: string;
  /** Root of the snapshot cache (default `.qi/snapshots` in the project root). */
  cacheDir?: string;
  /** Reuse the cached snapshot of an unchanged extract (default true). */
  cache?: boolean;
  /**
   * Validate the report tables in two threads (default: when they are large enough to gain from it);
   * the output is the same either way.
   */
  lanes?: boolean;
  /** How many examples of each problem kind data-quality.json keeps (default 100). */
  examplesPerKind?: number;
  onProgress?: (progress: ValidationProgress) => void;
}

export interface ValidationResult {
  /** No errors: every row is usable (there may be warnings). */
  ok: boolean;
  extractDir: string;
  /** The validated snapshot; null when extract.json is invalid (nothing can be computed then). */
  snapshotDir: string | null;
  /** The snapshot was validated before and reused. */
  fromCache: boolean;
  report: DataQualityReport;
}

/** File names and encodings of the snapshot. */
export const snapshotFiles = {
  marker: "snapshot.json",
  dataQuality: "data-quality.json",
  problems: "problems.csv",
  manifest: "extract.json",
  table: (table: TableName) => `${table}.csv`
};

/** snapshot.json */
export interface SnapshotMarker {
  format: typeof snapshotFormat;
  extract_checksum: string;
  ok: boolean;
  tables: Record<TableName, { file: string; columns: string[] }>;
}

/** The extract files' remembered checksums, in the snapshot cache. */
const checksumsMemo = "checksums.json";

const dataExtensions = /\.(csv|parquet|tsv|txt|xlsx|xls)$/i;

export interface TableFile {
  spec: TableSpec;
  file: string | null;
  format: "csv" | "parquet" | null;
}

/** The files a table is looked for in when extract.json names none. */
const defaultFiles = (spec: TableSpec): [csv: string, parquet: string] => [`${spec.name}.csv`, `${spec.name}.parquet`];

/** Which file holds each table; problems for missing, ambiguous and unknown files. */
function locateFiles(
  names: string[],
  namedFiles: ExtractManifest["tables"],
  report: (p: Problem) => void
): TableFile[] {
  const present = new Set(names);
  const ambiguous: string[] = [];
  const located = tables.map((spec): TableFile => {
    const named = namedFiles?.[spec.name];
    const problem = (kind: ProblemKind, file: string, message: string) =>
      report({
        kind,
        severity: problemKinds[kind].severity,
        table: spec.name,
        file,
        line: null,
        column: null,
        message
      });
    if (named !== undefined) {
      if (!present.has(named)) {
        problem("missing-file", named, `not found; extract.json names it for table ${spec.name} (tables.${spec.name})`);
        return { spec, file: null, format: null };
      }
      return { spec, file: named, format: named.toLowerCase().endsWith(".parquet") ? "parquet" : "csv" };
    }
    const [csv, parquet] = defaultFiles(spec);
    if (present.has(csv) && present.has(parquet)) {
      ambiguous.push(csv, parquet);
      problem(
        "ambiguous-file",
        csv,
        `both ${csv} and ${parquet} exist; keep one, or name the one to use in extract.json (tables.${spec.name})`
      );
      return { spec, file: null, format: null };
    }
    if (present.has(csv)) return { spec, file: csv, format: "csv" };
    if (present.has(parquet)) return { spec, file: parquet, format: "parquet" };
    if (spec.required) {
      const nearly = names.find((n) => n.toLowerCase() === csv || n.toLowerCase() === parquet);
      problem(
        "missing-file",
        csv,
        `missing; table ${spec.name} is required (${csv} or ${parquet})` +
          (nearly ? `; found ${nearly}: file names are lower case` : "")
      );
    }
    return { spec, file: null, format: null };
  });
  // Both files of an ambiguous table are spoken of already, not "unknown".
  const used = new Set([...located.map((t) => t.file), ...ambiguous]);
  for (const name of names) {
    if (used.has(name) || name === manifestFile || !dataExtensions.test(name)) continue;
    const renamed = located.find((t) => namedFiles?.[t.spec.name] !== undefined && defaultFiles(t.spec).includes(name));
    const advice = /\.xlsx?$/i.test(name)
      ? "an Excel workbook is not read; save each sheet as CSV UTF-8"
      : renamed
        ? `ignored: extract.json names ${namedFiles![renamed.spec.name]} for ` +
          `table ${renamed.spec.name} (tables.${renamed.spec.name})`
        : "not a table of the format; ignored";
    report({
      kind: "unknown-file",
      severity: "warning",
      table: null,
      file: name,
      line: null,
      column: null,
      message: advice
    });
  }
  return located;
}

function factsOf(manifest: ExtractManifest | null): ExtractFacts {
  const day = (text: string | undefined) => {
    const parsed = text === undefined ? null : parseIsoDate(text);
    return parsed?.ok ? parsed.day : null;
  };
  return {
    extractDay: day(manifest?.extract_date),
    extractDate: manifest?.extract_date ?? null,
    periodFrom: day(manifest?.period.from),
    periodTo: day(manifest?.period.to),
    period: manifest?.period ?? null,
    registries: manifest ? new Set(manifest.registries) : null
  };
}

/** Validates the extract in `dir`; see the module comment. Never throws for bad data, only for I/O failures. */
export async function validateExtract(dir: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  const extractDir = resolve(dir);
  const onProgress = options.onProgress ?? (() => {});
  const examplesPerKind = options.examplesPerKind ?? 100;
  let info;
  try {
    info = await stat(extractDir);
  } catch {
    info = null;
  }
  if (info === null) throw new ExtractFolderError(`${dir}: no such folder`);
  if (!info.isDirectory())
    throw new ExtractFolderError(`${dir}: is a file; give the folder that holds extract.json and the table files`);

  const earlyProblems: Problem[] = [];
  const { manifest, problems: manifestProblems, tables: namedFiles } = await readManifest(extractDir);
  earlyProblems.push(...manifestProblems);
  const names = (await readdir(extractDir, { withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
  const located = locateFiles(names, namedFiles, (p) => earlyProblems.push(p));

  const useCache = options.snapshotDir === undefined && options.cache !== false && manifest !== null;
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const snapshotFor = (checksum: string) =>
    options.snapshotDir !== undefined ? resolve(options.snapshotDir) : join(cacheDir, snapshotKey(checksum));
  // A snapshot is trusted only as it was written: a file cut short or changed since means validating again.
  const cached = async (target: string): Promise<ValidationResult | null> => {
    const damage = await checkFolder(target);
    if (damage !== null) {
      onProgress({
        phase: "discarded",
        message: `the validated snapshot in ${target} is damaged (${damage}): validating again`
      });
      await rm(target, { recursive: true, force: true });
      return null;
    }
    const report = JSON.parse(await readFile(join(target, snapshotFiles.dataQuality), "utf8")) as DataQualityReport;
    await touchSnapshot(target, snapshotFiles.marker);
    onProgress({ phase: "cached" });
    return { ok: report.ok, extractDir, snapshotDir: target, fromCache: true, report };
  };
  const hashed = [
    ...(names.includes(manifestFile) ? [manifestFile] : []),
    ...located.flatMap(({ file }) => (file === null ? [] : [file]))
  ];
  if (useCache) {
    // An unchanged extract validated before: its files' checksums are remembered, so no byte is read.
    const remembered = await rememberedChecksums(
      join(cacheDir, checksumsMemo),
      hashed.map((file) => join(extractDir, file))
    );
    if (remembered !== null) {
      const target = snapshotFor(extractChecksum(Object.fromEntries(hashed.map((file, i) => [file, remembered[i]]))));
      const result = existsSync(join(target, snapshotFiles.marker)) ? await cached(target) : null;
      if (result !== null) return result;
    }
  }

  // Pass 1 over the bytes: checksums (the cache key) and encodings.
  onProgress({ phase: "checksum" });
  const inspections = new Map<string, FileInspection>();
  const checksums: Record<string, string> = {};
  const statedAtNs = BigInt(Date.now()) * 1_000_000n;
  const stamped: { path: string; before: FileStamp; sha256: string }[] = [];
  for (const file of hashed) {
    const path = join(extractDir, file);
    const before = await fileStamp(path);
    try {
      const inspection = await inspectFile(path);
      if (file !== manifestFile) inspections.set(file, inspection);
      checksums[file] = inspection.sha256;
      if (before !== null) stamped.push({ path, before, sha256: inspection.sha256 });
    } catch {
      // Reported as unreadable when the table is read.
    }
  }
  if (useCache) {
    await mkdir(cacheDir, { recursive: true });
    await rememberChecksums(join(cacheDir, checksumsMemo), stamped, statedAtNs);
  }
  const checksum = extractChecksum(checksums);
  const target = snapshotFor(checksum);
  if (useCache && existsSync(join(target, snapshotFiles.marker))) {
    const result = await cached(target);
    if (result !== null) return result;
  }

  // Pass 2: the rows, into a temporary folder renamed into place when complete.
  const work = `${target}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  await mkdir(work, { recursive: true });
  const problemsFile = new CsvWriter(join(work, snapshotFiles.problems), problemColumns);
  const log = new ProblemLog(examplesPerKind, problemLine(problemsFile));
  for (const problem of earlyProblems) log.add(problem);
  const pass: TablePass = {
    extractDir,
    work,
    inspections,
    state: new ExtractState(),
    facts: factsOf(manifest),
    examplesPerKind,
    onProgress,
    duck: null
  };
  const ledgers: TableLedger[] = [];
  // The tables no other table refers to can be validated side by side once those they refer to are done.
  const lanes = planLanes(located, inspections, options.lanes);
  const worker = lanes ? startLaneWorker(pass, lanes[1]) : null;
  try {
    for (const table of located) {
      if (lanes && laneTables.has(table.spec.name)) continue;
      ledgers.push(await validateTable(table, pass, log, problemsFile));
    }
    if (lanes && worker) {
      // The worker gets a copy of the state as it is now, before this lane goes on.
      const theirs = worker.run(pass.state);
      const mine = await validateLane(lanes[0], pass);
      const done = new Map([...mine, ...(await theirs)].map((result) => [result.ledger.table, result]));
      // Merged in declaration order: the report and problems.csv are as if validated one table at a time.
      for (const table of located) {
        const result = done.get(table.spec.name);
        if (result === undefined) continue;
        ledgers.push(result.ledger);
        pass.state.sources.set(table.spec.name, result.source);
        log.merge(result.kinds);
        await problemsFile.appendFile(result.problems);
        await rm(result.problems);
      }
    }
  } finally {
    await worker?.stop();
    pass.duck?.closeSync();
    await problemsFile.close();
  }

  const report = buildReport(manifest, { extract: checksum, files: checksums }, ledgers, log);
  await writeFile(join(work, snapshotFiles.dataQuality), JSON.stringify(report, null, 2) + "\n");
  if (manifest === null) {
    // Nothing can be computed without a valid extract.json: keep no snapshot.
    await rm(work, { recursive: true, force: true });
    onProgress({ phase: "done" });
    return { ok: false, extractDir, snapshotDir: null, fromCache: false, report };
  }
  await writeFile(join(work, snapshotFiles.manifest), JSON.stringify(manifest, null, 2) + "\n");
  const marker: SnapshotMarker = {
    format: snapshotFormat,
    extract_checksum: checksum,
    ok: report.ok,
    tables: Object.fromEntries(
      tables.map((t) => [
        t.name,
        { file: snapshotFiles.table(t.name), columns: ["source_line", ...t.columns.map((c) => c.name)] }
      ])
    ) as SnapshotMarker["tables"]
  };
  await writeFile(join(work, snapshotFiles.marker), JSON.stringify(marker, null, 2) + "\n");
  await sealFolder(
    work,
    Object.fromEntries(tables.map((t) => [snapshotFiles.table(t.name), report.tables[t.name]?.rows_used ?? 0]))
  );
  if (useCache && existsSync(join(target, snapshotFiles.marker))) {
    // Another process validated the same extract meanwhile: keep its snapshot, which may be in use.
    await rm(work, { recursive: true, force: true });
  } else {
    await rm(target, { recursive: true, force: true });
    await rename(work, target);
    await fsyncPath(dirname(target));
  }
  if (options.snapshotDir === undefined) await pruneCache(dirname(target), snapshotFiles.marker);
  onProgress({ phase: "done" });
  return { ok: report.ok, extractDir, snapshotDir: target, fromCache: false, report };
}

/** The extract folder itself is missing or not a folder. */
export class ExtractFolderError extends Error {
  override name = "ExtractFolderError";
}

/** The columns of problems.csv. */
const problemColumns = ["severity", "kind", "table", "file", "line", "column", "message"];

/** Writes each problem as a line of problems.csv. */
function problemLine(file: CsvWriter): (p: Problem) => void {
  return (p) =>
    file.line(
      [
        p.severity,
        p.kind,
        p.table ?? "",
        p.file,
        p.line === null ? "" : p.row ? `row ${p.line}` : String(p.line),
        p.column ?? "",
        p.message
      ]
        .map(csvField)
        .join(",")
    );
}

/** What the validation of every table shares. */
export interface TablePass {
  extractDir: string;
  /** The snapshot being written. */
  work: string;
  inspections: Map<string, FileInspection>;
  state: ExtractState;
  facts: ExtractFacts;
  examplesPerKind: number;
  onProgress: (progress: ValidationProgress) => void;
  /** Opened for the first Parquet table. */
  duck: DuckDBConnection | null;
}

/** Validates one table into its snapshot file; its problems go to `log`. */
export async function validateTable(
  table: TableFile,
  pass: TablePass,
  log: ProblemLog,
  problemsFile: CsvWriter
): Promise<TableLedger> {
  const ledger = new TableLedger(table.spec.name, table.file, table.format, pass.examplesPerKind);
  const writer = new CsvWriter(join(pass.work, snapshotFiles.table(table.spec.name)), [
    "source_line",
    ...table.spec.columns.map((c) => c.name)
  ]);
  const source: TableSource = {
    table: table.spec.name,
    file: table.file ?? `${table.spec.name}.csv`,
    format: table.format ?? "csv",
    unusable: table.file === null,
    hasMalformedRows: false
  };
  pass.state.sources.set(table.spec.name, source);
  if (table.file !== null) {
    if (table.format === "parquet") pass.duck ??= await (await import("../duckdb.ts")).openDuckDB();
    await readTable({
      spec: table.spec,
      path: join(pass.extractDir, table.file),
      source,
      inspection: pass.inspections.get(table.file),
      ledger,
      log,
      state: pass.state,
      facts: pass.facts,
      writer,
      duck: pass.duck,
      onProgress: pass.onProgress,
      problemsFile
    });
  }
  await writer.close();
  await problemsFile.flushIfFull();
  return ledger;
}

/** A table validated in a lane: its account, its source and its problems (a part of problems.csv). */
export interface LaneResult {
  ledger: TableLedger;
  source: TableSource;
  kinds: ReadonlyMap<ProblemKind, KindCount>;
  /** The part of problems.csv with this table's problems (no header). */
  problems: string;
}

/** Validates tables one after another, each with a log and problems part of its own (merged by the caller). */
export async function validateLane(lane: TableFile[], pass: TablePass): Promise<LaneResult[]> {
  const results: LaneResult[] = [];
  for (const table of lane) {
    const problems = join(pass.work, `problems.${table.spec.name}.part`);
    const part = new CsvWriter(problems, null);
    const log = new ProblemLog(pass.examplesPerKind, problemLine(part));
    try {
      const ledger = await validateTable(table, pass, log, part);
      results.push({ ledger, source: pass.state.sources.get(table.spec.name)!, kinds: log.byKind, problems });
    } finally {
      await part.close();
    }
  }
  return results;
}

interface ReadTableContext {
  spec: TableSpec;
  path: string;
  source: TableSource;
  inspection: FileInspection | undefined;
  ledger: TableLedger;
  log: ProblemLog;
  state: ExtractState;
  facts: ExtractFacts;
  writer: CsvWriter;
  duck: DuckDBConnection | null;
  problemsFile: CsvWriter;
  onProgress: (progress: ValidationProgress) => void;
}

async function readTable(context: ReadTableContext): Promise<void> {
  const { spec, path, source, inspection, ledger, log, onProgress } = context;
  const fileProblem = (kind: ProblemKind, line: number | null, column: string | null, message: string) =>
    log.add({
      kind,
      severity: problemKinds[kind].severity,
      table: spec.name,
      file: source.file,
      line,
      column,
      message
    });
  const unusable = (kind: ProblemKind, message: string) => {
    fileProblem(kind, null, null, message);
    source.unusable = true;
  };
  const totalBytes = inspection?.bytes;
  let bytes = 0;
  let fatal: ProblemKind | null = null;
  let consumer: RecordSink | null = null;
  let buffered: Row[] | null = null;
  let run: TableRun | null = null;
  const write = rowWriter(spec, context.writer);

  /** Once the header is known: what to do with every row (`separator`: of a CSV file). */
  const start = (header: string[], headerLine: number | null, separator?: string): RecordSink => {
    const layout = resolveHeader(spec, header);
    write.verbatim =
      separator === "," && header.length === spec.columns.length && layout.positions.every((p, c) => p === c);
    if (fatal === null)
      for (const problem of layout.problems) fileProblem(problem.kind, headerLine, problem.column, problem.message);
    fatal ??= layout.fatal;
    if (fatal !== null) {
      // Every row is unusable: count them, list them under the file's problem, and check nothing else.
      source.unusable = true;
      const reason = fatal;
      return (line, fields, error) => {
        if (error === undefined && fields.every((f) => f === "")) ledger.blankLines++;
        else {
          ledger.rowsRead++;
          ledger.exclude(reason, line);
        }
      };
    }
    const tableRun = new TableRun(spec, source, ledger, log, context.state, context.facts, tableRules[spec.name]);
    run = tableRun;
    tableRun.setLayout(layout.positions, header.length);
    if (tableRun.buffered) {
      const rows: Row[] = [];
      buffered = rows;
      return (line, fields, error) => {
        const row = tableRun.newRow(line);
        if (tableRun.read(line, fields, error, row)) rows.push(row);
      };
    }
    const row = tableRun.newRow(0);
    return (line, fields, error, text) => {
      tableRun.resetRow(row, line);
      if (tableRun.read(line, fields, error, row) && tableRun.decide(row)) write(row, text);
    };
  };
  const afterChunk = async () => {
    await context.writer.flushIfFull();
    await context.problemsFile.flushIfFull();
    onProgress({ phase: "validate", table: spec.name, file: source.file, rows: ledger.rowsRead, bytes, totalBytes });
  };

  if (source.format === "parquet") {
    let parquet;
    try {
      parquet = await openParquet(context.duck!, path, spec);
    } catch (error) {
      unusable(
        "unreadable-file",
        `cannot be read as Parquet (${(error as Error).message.split("\n")[0]}); its rows cannot be counted`
      );
      return;
    }
    consumer = start(parquet.header, null);
    for await (const batch of parquet.rows) {
      for (const record of batch) consumer(record.line, record.fields, record.error);
      await afterChunk();
    }
  } else {
    if (inspection === undefined) {
      unusable("unreadable-file", "cannot be read; its rows cannot be counted");
      return;
    }
    const format = detectCsvFormat(source.file, inspection, spec);
    for (const warning of format.warnings) fileProblem(warning.kind, warning.line, null, warning.message);
    for (const problem of format.fatal) fileProblem(problem.kind, problem.line, null, problem.message);
    fatal = format.fatal[0]?.kind ?? null;
    let emptyFirstLine = false;
    await streamCsv(
      path,
      (line, fields, error, text) => {
        if (consumer !== null) consumer(line, fields, error, text);
        else if (error === undefined && fields.every((f) => f === "")) emptyFirstLine = true;
        else if (!emptyFirstLine) {
          if (error !== undefined) fileProblem("malformed-row", line, null, `the header: ${error}`);
          consumer = start(fields, line, format.separator);
        }
      },
      { encoding: format.encoding, separator: format.separator, onBytes: (b) => (bytes = b), afterChunk }
    );
    if (consumer === null) {
      unusable(
        "empty-file",
        emptyFirstLine
          ? "the first line is empty; the header must be on line 1"
          : "the file is empty; it needs at least the header row"
      );
      return;
    }
  }
  if (run !== null && buffered !== null) {
    const tableRun: TableRun = run;
    tableRun.rules.table!(tableRun, buffered);
    for (const row of buffered as Row[]) if (tableRun.decide(row)) write(row);
  }
  source.hasMalformedRows = ledger.excluded.has("malformed-row");
}

/** Writes a used row to the snapshot: source_line, then the declared columns, normalised. */
interface RowWriter {
  /** `text`: the row as read, when it is one line without quotes. */
  (row: Row, text?: string): void;
  /** The file's columns are the declared ones in order, separated by ','. */
  verbatim: boolean;
}

function rowWriter(spec: TableSpec, writer: CsvWriter): RowWriter {
  const kinds = spec.columns.map((c) => (c.type === "text" ? 1 : c.type === "integer" ? 2 : 0));
  const integers = kinds.flatMap((kind, c) => (kind === 2 ? [c] : []));
  // One reused array joined once per row: a flat string, not a chain of concatenations for the GC.
  const parts = new Array<string>(kinds.length + 1);
  const write: RowWriter = (row, text) => {
    // Most rows of a well-made file are already normal: written as read, behind their line number.
    if (text !== undefined && write.verbatim && row.flags.length === 0 && isNormal(row, text)) {
      writer.line(`${row.line},${text}`);
      return;
    }
    parts[0] = String(row.line);
    for (let c = 0; c < kinds.length; c++) {
      const kind = kinds[c];
      const value = row.values[c];
      parts[c + 1] =
        value === null ? "" : kind === 0 ? row.texts[c] : kind === 1 ? csvField(row.texts[c]) : String(value);
    }
    writer.line(parts.join(","));
  };
  write.verbatim = false;
  /**
   * What the slow path would write is the text itself: no field was trimmed (that flags the row), none needs
   * quotes (a one-line row without quotes split at ',' can only hold a carriage return) and every whole
   * number is written as String(value) writes it (no leading zero, no "-0").
   */
  const isNormal = (row: Row, text: string) => {
    if (text.includes("\r")) return false;
    for (const c of integers) {
      const digits = row.texts[c];
      const first = digits.charCodeAt(0) === 45 ? 1 : 0;
      if (digits.charCodeAt(first) === 48 && (first === 1 || digits.length > 1)) return false;
    }
    return true;
  };
  return write;
}
