/**
 * `computeCatalogue(options)`: extract folder in, result tables out. Validates the extract, opens its engine
 * database (the tables and cohort views, built once per snapshot: engineDatabase.ts), computes every
 * indicator of the catalogue, and writes results.arrow/.csv,
 * curves.arrow/.csv, funnels.json, indicators.json, units.json, cohort.arrow, cohort-proms.arrow,
 * cohort-columns.json, the disclosure relations (loaders/engine/disclosureRelations.ts) and manifest.json into
 * outDir (docs/results-format.md). The same extract and code give byte-identical files. Progress and
 * per-stage timings go to onProgress, never into the files.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { UserError } from "../userError.ts";
import { prepareExtract } from "../extract/prepareExtract.ts";
import type { ExtractManifest } from "../extract/manifest.ts";
import type { DataQualityReport } from "../extract/dataQuality.ts";
import type { ValidateOptions, ValidationProgress } from "../extract/validateExtract.ts";
import { rowsToArrowIPC } from "../output/arrow.ts";
import { rowsToCsv } from "../output/csv.ts";
import { compareFunnelRecords, type FunnelRecord, type ResultsManifest, type UnitInfo } from "../output/resultFiles.ts";
import {
  compareCurveRows,
  compareResultRows,
  curveColumns,
  levelRank,
  resultColumns,
  type CurveRow,
  type ResultRow
} from "../output/resultTables.ts";
import { countCells } from "./aggregate.ts";
import { loadCatalogue, type Catalogue, type CatalogueEntry } from "./catalogue.ts";
import { catalogueMetadata } from "./catalogueMetadata.ts";
import { cohortColumnsDescription } from "./cohortExport.ts";
import { computeIndicator, type IndicatorResults } from "./computeIndicator.ts";
import { defaultEngineOptions, nationUnit, type Engine, type EngineOptions, type ExtractInfo } from "./engine.ts";
import { queryRows } from "../duckdb.ts";
import { openEngineDatabase } from "./engineDatabase.ts";
import type { ContextId } from "./indicatorFields.ts";
import { lifeTableCoverage } from "./lifeTableCoverage.ts";
import { measureOf, versionSql } from "./measures/index.ts";
import { periodsFor, versionFor, type Period } from "./periods.ts";
import { codeVersion, sha256 } from "./provenance.ts";
import { computeRelations } from "./disclosureRelations.ts";
import type { LifeTableRow } from "./unitStatistics.ts";

export interface ComputeCatalogueOptions {
  /** The extract folder (extract.json and one file per table). */
  extractDir: string;
  /** Where the result files go (created if missing; existing files of the same names are replaced). */
  outDir: string;
  /** Progress messages for long steps (one line each, no newline). */
  onProgress?: (message: string) => void;
  /** Compute from the usable rows of an extract with errors instead of refusing it. */
  dropInvalid?: boolean;
  /** The indicator definitions (default: the project's indicators/ folder). */
  indicatorsDir?: string;
  /** Only these indicators (and the coverage indicators they link to). */
  indicators?: string[];
  /** Write cohort.arrow and cohort-proms.arrow for the council explorer (default true). */
  cohort?: boolean;
  /**
   * Where the validated snapshot goes (default: the snapshot cache in .qi/snapshots, reused for an unchanged extract).
   */
  validation?: Pick<ValidateOptions, "snapshotDir" | "cacheDir" | "cache">;
  /** Statistical options (interval level, overdispersion policy, curve resolution). */
  engine?: Partial<EngineOptions>;
}

/** An indicator that could not be computed: names the indicator and its file, so the author can fix it. */
export class IndicatorComputeError extends UserError {
  constructor(
    readonly indicator: string,
    readonly file: string,
    cause: unknown
  ) {
    // computeIndicator's own errors already say which file, indicator, version and context failed.
    const message = cause instanceof Error ? cause.message : String(cause);
    super(message.startsWith(file) ? message : `${file}: indicator ${indicator} could not be computed: ${message}`);
  }
}

export interface ComputeSummary {
  outDir: string;
  indicators: number;
  rows: number;
  curveRows: number;
  warnings: string[];
  /** The validator's account of every row of the extract (data-quality.json). */
  validation: DataQualityReport;
  /** Seconds per stage. */
  timings: Record<string, number>;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function extractInfo(m: ExtractManifest): ExtractInfo {
  return {
    firstYear: yearOf(m.period.from),
    lastYear: yearOf(m.period.to),
    affirmDate: m.affirm_date,
    extractDate: m.extract_date
  };
}

/** Validation progress as occasional lines: one per table, not one per batch of rows. */
function validationProgress(onProgress: (message: string) => void): (progress: ValidationProgress) => void {
  let last = "";
  return (progress) => {
    if (progress.phase === "discarded") onProgress(`  ${progress.message}`);
    const line =
      progress.phase === "validate" && progress.table
        ? `  validating ${progress.table}`
        : progress.phase === "cached"
          ? "  reusing the validated snapshot"
          : "";
    if (line && line !== last) onProgress(line);
    last = line || last;
  };
}

async function readUnits(connection: DuckDBConnection): Promise<UnitInfo[]> {
  const rows = await queryRows(
    connection,
    "SELECT unit_id, name, short_name, level, parent_id FROM units ORDER BY unit_id"
  );
  const units: UnitInfo[] = rows.map((r) => ({
    id: String(r.unit_id),
    name: String(r.name),
    short_name: String(r.short_name),
    level: r.level as UnitInfo["level"],
    parent_id: r.parent_id === null || r.parent_id === undefined ? "nation" : String(r.parent_id)
  }));
  return [nationUnit, ...units.sort((a, b) => levelRank(a.level) - levelRank(b.level) || (a.id < b.id ? -1 : 1))];
}

async function readLifeTable(connection: DuckDBConnection): Promise<LifeTableRow[]> {
  const rows = await queryRows(connection, "SELECT year, sex, age, qx FROM lifetable ORDER BY year, sex, age");
  return rows.map((r) => ({
    year: Number(r.year),
    sex: r.sex as LifeTableRow["sex"],
    age: Number(r.age),
    qx: Number(r.qx)
  }));
}

/** Coverage per period and unit, from the linked coverage indicator's SQL, in the primary indicator's periods. */
function coverageLookup(catalogue: Catalogue, extract: ExtractInfo) {
  const byId = new Map(catalogue.map((e) => [e.definition.id, e]));
  const cache = new Map<string, Promise<Map<string, number>>>();
  return (connection: DuckDBConnection, entry: CatalogueEntry, context: ContextId): Promise<Map<string, number>> => {
    const link = entry.coverage!;
    const key = `${link.indicator}|${context}|${entry.definition.period}`;
    let cached = cache.get(key);
    if (!cached) {
      cached = (async () => {
        const coverage = byId.get(link.indicator)!.definition;
        const values = new Map<string, number>();
        const periods = periodsFor(entry.definition.period, extract.firstYear, extract.lastYear);
        const byVersion = new Map<number, Period[]>();
        for (const p of periods) {
          const version = versionFor(coverage.versions, p);
          if (!version) continue;
          byVersion.set(version.version, [...(byVersion.get(version.version) ?? []), p]);
        }
        for (const [number, list] of byVersion) {
          const version = coverage.versions.find((v) => v.version === number)!;
          for (const cell of await countCells(connection, versionSql(coverage, version), context, list)) {
            if (cell.denominator > 0)
              values.set(`${cell.period}|${cell.level}|${cell.unitId}`, cell.numerator / cell.denominator);
          }
        }
        return values;
      })();
      cache.set(key, cached);
    }
    return cached;
  };
}

/** An engine on `connection`: the units and the life table read from it, and its coverage lookup. */
async function engineOn(
  connection: DuckDBConnection,
  catalogue: Catalogue,
  extract: ExtractInfo,
  options: EngineOptions
): Promise<{ engine: Engine; units: UnitInfo[]; lifeTable: LifeTableRow[] }> {
  const units = await readUnits(connection);
  const needsLifeTable = catalogue.some((e) => measureOf(e.definition).needsLifeTable);
  const lifeTable = needsLifeTable ? await readLifeTable(connection) : [];
  const coverage = coverageLookup(catalogue, extract);
  const engine: Engine = {
    connection,
    extract,
    units: new Map(units.map((u) => [u.id, u])),
    lifeTable,
    options,
    coverage: (entry, context) => coverage(connection, entry, context)
  };
  return { engine, units, lifeTable };
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

export async function computeCatalogue(options: ComputeCatalogueOptions): Promise<ComputeSummary> {
  const onProgress = options.onProgress ?? (() => {});
  const engineOptions: EngineOptions = { ...defaultEngineOptions, ...options.engine };
  const timings: Record<string, number> = {};
  const stage = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    timings[name] = Math.round(performance.now() - started) / 1000;
    onProgress(`${name}: ${timings[name].toFixed(1)} s`);
    return result;
  };
  // Definitions first: a bad one fails before the (long) validation.
  const catalogue = await stage("catalogue", () => loadCatalogue(options.indicatorsDir, { ids: options.indicators }));
  const prepared = await stage("validate extract", () =>
    prepareExtract(options.extractDir, {
      ...options.validation,
      dropInvalid: options.dropInvalid ?? false,
      onProgress: validationProgress(onProgress)
    })
  );
  const manifest = prepared.manifest;
  const extract = extractInfo(manifest);
  const report = prepared.result.report;
  // The extract's tables and cohort views, loaded and joined once per snapshot (engineDatabase.ts).
  // Indicators are computed two at a time, one per connection: the statistics of one run while DuckDB
  // answers the other's queries. A third connection finds the disclosure relations beside them.
  const database = await stage("engine database", () =>
    openEngineDatabase(prepared.snapshotDir, {
      extractDate: extract.extractDate,
      count: 3,
      onBuild: (name, seconds) => {
        timings[name] = seconds;
        onProgress(`  ${name}: ${seconds.toFixed(1)} s`);
      },
      onProgress
    })
  );
  // Settled before the database closes, whatever happens: closing under a running query never returns.
  let pending: Promise<unknown> = Promise.resolve();
  try {
    const [first, second, relationConnection] = database.connections;
    const here = await Promise.all([first, second].map((c) => engineOn(c, catalogue, extract, engineOptions)));
    const { units, lifeTable } = here[0];
    const lifeTableWarnings = lifeTableCoverage(lifeTable, {
      firstYear: extract.firstYear,
      lastYear: yearOf(extract.extractDate)
    });
    for (const warning of lifeTableWarnings) onProgress(`warning: ${warning}`);
    const files: Record<string, Uint8Array | string> = {};
    // The patient-level files are large: copied from the engine database's folder, with their checksums.
    let copied: Record<string, string> = {};
    await mkdir(options.outDir, { recursive: true });
    // Which tumours are behind each published count (for disclosure control), on the third connection,
    // beside the indicators.
    const relations = (async () => {
      const started = performance.now();
      Object.assign(files, await computeRelations(relationConnection, catalogue, extract));
      return Math.round(performance.now() - started) / 1000;
    })();
    relations.catch(() => {});
    pending = relations;
    const results: IndicatorResults[] = new Array(catalogue.length);
    // The slowest first (net survival), so that no connection is left with a long one at the end.
    const order = catalogue
      .map((entry, i) => ({ i, slow: measureOf(entry.definition).needsLifeTable }))
      .sort((a, b) => Number(b.slow) - Number(a.slow) || a.i - b.i)
      .map(({ i }) => i);
    await stage("indicators", async () => {
      let next = 0;
      let failure: Error | null = null;
      // On a failure the others stop taking indicators and finish their current one, so no query is still
      // running when the connections close (closing under a running query never returns).
      const settled = await Promise.allSettled(
        here.map(async ({ engine }) => {
          while (next < order.length && failure === null) {
            const i = order[next++];
            const entry = catalogue[i];
            const started = performance.now();
            try {
              results[i] = await computeIndicator(engine, entry);
            } catch (error) {
              failure ??= new IndicatorComputeError(entry.definition.id, entry.file, error);
              throw failure;
            }
            onProgress(
              `  [${i + 1}/${catalogue.length}] ${entry.definition.id}: ` +
                `${results[i].rows.length} rows in ` +
                `${((performance.now() - started) / 1000).toFixed(1)} s`
            );
          }
        })
      );
      if (failure) throw failure;
      for (const outcome of settled) if (outcome.status === "rejected") throw outcome.reason;
    });
    const rows: ResultRow[] = results.flatMap((r) => r.rows);
    const curves: CurveRow[] = results.flatMap((r) => r.curves);
    const funnels: FunnelRecord[] = results.flatMap((r) => r.funnels);
    const warnings: string[] = [...lifeTableWarnings, ...results.flatMap((r) => r.warnings)];
    rows.sort(compareResultRows);
    curves.sort(compareCurveRows);
    funnels.sort(compareFunnelRecords);
    await stage("write results", async () => {
      files["results.arrow"] = rowsToArrowIPC(resultColumns, rows as unknown as Record<string, unknown>[]);
      files["results.csv"] = rowsToCsv(resultColumns, rows as unknown as Record<string, unknown>[]);
      files["curves.arrow"] = rowsToArrowIPC(curveColumns, curves as unknown as Record<string, unknown>[]);
      files["curves.csv"] = rowsToCsv(curveColumns, curves as unknown as Record<string, unknown>[]);
      files["funnels.json"] = json(funnels);
      files["indicators.json"] = json(catalogueMetadata(catalogue, extract.lastYear));
      files["units.json"] = json(units);
    });
    const relationSeconds = await relations;
    timings["disclosure relations (concurrent)"] = relationSeconds;
    onProgress(`disclosure relations (concurrent): ${relationSeconds.toFixed(1)} s`);
    if (options.cohort ?? true) {
      copied = await stage("write cohort", () => database.copyCohortFiles(options.outDir));
      files["cohort-columns.json"] = json(cohortColumnsDescription());
    }
    const sortedNames = Object.keys(files).sort();
    const manifestOut: ResultsManifest = {
      extract: { checksum: report.checksums.extract, ok: report.ok, counts: report.counts, manifest },
      indicators: catalogue.map((e) => ({
        id: e.definition.id,
        versions: e.definition.versions.map((v) => String(v.version))
      })),
      code: codeVersion(),
      engine: {
        level: engineOptions.confidence,
        overdispersion: engineOptions.overdispersion,
        minUnitsForOverdispersion: engineOptions.minUnitsForOverdispersion,
        curvePointsPerYear: engineOptions.curvePointsPerYear,
        survivalInterval: "log-log",
        cumulativeIncidenceInterval: "log",
        proportionInterval: "wilson",
        meanInterval: "normal",
        medianInterval: "order-statistic"
      },
      files: Object.fromEntries(
        [...sortedNames.map((name) => [name, sha256(files[name])]), ...Object.entries(copied)].sort((a, b) =>
          a[0] < b[0] ? -1 : 1
        )
      ),
      warnings: [...warnings].sort()
    };
    files["manifest.json"] = json(manifestOut);
    for (const [name, content] of Object.entries(files)) await writeFile(join(options.outDir, name), content);
    return {
      outDir: options.outDir,
      indicators: catalogue.length,
      rows: rows.length,
      curveRows: curves.length,
      warnings,
      validation: report,
      timings
    };
  } finally {
    // Every indicator has settled (a failure stops the others first): no query runs while it closes.
    await pending.catch(() => {});
    database.close();
  }
}
