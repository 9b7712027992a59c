/**
 * `generateDemo`: writes a synthetic national extract shaped like Norway's into a folder, in exactly the
 * documented format (one CSV per table of loaders/extract/tables.ts plus extract.json). Deterministic:
 * the same seed and scale give byte-identical files. Rows are streamed to disk as they are generated
 * (a patient's tumour and all its events at once), so memory does not grow with the scale.
 * docs/demo-data.md describes the content and the planted stories.
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { registryIds, type RegistryId } from "../extract/registries.ts";
import { tableNames, type TableName } from "../extract/tables.ts";
import { CsvTableWriter } from "./csvWriter.ts";
import { DAYS_PER_YEAR, iso, parseIso } from "./days.ts";
import { lifetableRows } from "./lifetable.ts";
import type { RegistryModel, TumourContext } from "./model.ts";
import { municipalities, periodOn, type Municipality } from "./municipalities.ts";
import { PathwayWriter, type Person, type Writers } from "./pathway.ts";
import { Quota, Rng } from "./random.ts";
import { registryModels } from "./registries/index.ts";
import { route } from "./routing.ts";
import { unitRows } from "./structure.ts";
import { diagnosisDay, FIRST_YEAR, LAST_YEAR, tumourCount } from "./volumes.ts";

/** Bump the version whenever the generated data change for a given seed and scale. */
export const DEMO_GENERATOR = { name: "qi-demo", version: "1.0.0" } as const;
export const DEMO_EXTRACT_DATE = "2024-09-30";
export const DEMO_AFFIRM_DATE = "2023-06-30";
export const DEMO_PERIOD = { from: `${FIRST_YEAR}-01-01`, to: `${LAST_YEAR}-12-31` } as const;
export const DEMO_DEFAULT_SEED = 1;

/** Share of tumours that go to a patient who already had a tumour in the extract (when one fits). */
const SECOND_TUMOUR_ATTEMPT = 0.03;
const POOL_SIZE = 4096;

export interface DemoOptions {
  /** Output folder: created if absent; must be empty unless `force`. */
  out: string;
  /** 1 = national size (≈ 37,000 tumours a year); must be > 0. Default 1. */
  scale?: number;
  /** Integer seed. Default 1. */
  seed?: number;
  /** Replace an existing extract in `out` (only a folder that holds an extract.json, or an empty one). */
  force?: boolean;
  onProgress?: (message: string) => void;
}

export interface DemoSummary {
  out: string;
  seed: number;
  scale: number;
  extractDate: string;
  tumours: number;
  patients: number;
  tumoursByRegistry: Record<RegistryId, number>;
  /** Data rows written per table (header excluded). */
  rows: Record<TableName, number>;
  files: string[];
  seconds: number;
}

/** A bad option or output folder: the message says what to change. */
export class DemoOptionsError extends Error {
  override name = "DemoOptionsError";
}

function checkOptions(options: DemoOptions): { out: string; scale: number; seed: number } {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  if (typeof options.out !== "string" || options.out.trim() === "")
    throw new DemoOptionsError("generateDemo: out must be a folder path");
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0)
    throw new DemoOptionsError(`generateDemo: scale must be a number greater than 0, got ${String(scale)}`);
  if (typeof seed !== "number" || !Number.isSafeInteger(seed))
    throw new DemoOptionsError(`generateDemo: seed must be an integer, got ${String(seed)}`);
  return { out: resolve(options.out), scale, seed };
}

/** The files an extract written by the demo consists of. */
function extractFiles(): string[] {
  return ["extract.json", ...tableNames.flatMap((t) => [`${t}.csv`, `${t}.parquet`])];
}

function prepareFolder(out: string, force: boolean): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new DemoOptionsError(`${out} exists and is not a folder`);
  const entries = readdirSync(out);
  if (entries.length === 0) return;
  if (!force)
    throw new DemoOptionsError(
      `${out} is not empty; choose an empty or new folder, or use --force to replace the extract in it`
    );
  if (!entries.includes("extract.json")) {
    throw new DemoOptionsError(
      `${out} is not empty and holds no extract.json; --force only replaces ` +
        `an existing extract, so choose an empty or new folder`
    );
  }
  for (const file of extractFiles()) if (entries.includes(file)) rmSync(join(out, file));
}

/** Municipalities drawn by population. */
class MunicipalitySampler {
  private readonly cumulative: number[];
  constructor(private readonly list: readonly Municipality[]) {
    let sum = 0;
    this.cumulative = list.map((m) => (sum += m.population));
  }
  draw(rng: Rng): Municipality {
    const u = rng.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return this.list[lo];
  }
}

interface PoolEntry {
  person: Person;
  firstDiagnosis: number;
  municipality: Municipality;
}

/** A pseudonym from a counter: a bijection on 32 bits, so unique, but not in generation order. */
function pseudonym(n: number): string {
  let x = Math.imul(n, 0x9e3779b1) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x2c1b3c6d) >>> 0;
  x = (x ^ (x >>> 12)) >>> 0;
  return `P${x.toString(16).padStart(8, "0")}`;
}

export async function generateDemo(options: DemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  const { out, scale, seed } = checkOptions(options);
  const progress = options.onProgress ?? (() => {});
  prepareFolder(out, options.force ?? false);
  await mkdir(out, { recursive: true });

  const rng = new Rng(seed);
  const quota = new Quota(rng);
  const extractDay = parseIso(DEMO_EXTRACT_DATE);
  const rows = Object.fromEntries(tableNames.map((t) => [t, 0])) as Record<TableName, number>;
  const allWriters: CsvTableWriter[] = [];
  const open = (table: TableName) => {
    const writer = new CsvTableWriter(out, table);
    allWriters.push(writer);
    return writer;
  };

  try {
    // Reference tables.
    const units = open("units");
    for (const row of unitRows()) units.write(row);
    const catchment = open("catchment");
    for (const m of municipalities) {
      for (const p of m.periods) {
        catchment.write({
          municipality: m.number,
          municipality_name: m.name,
          trust_id: p.trust,
          valid_from: iso(p.from),
          valid_to: p.to === null ? null : iso(p.to)
        });
      }
    }
    const lifetable = open("lifetable");
    for (const row of lifetableRows()) lifetable.write(row);

    const writers: Writers = {
      patients: open("patients"),
      tumours: open("tumours"),
      workup: open("workup"),
      surgery: open("surgery"),
      radiotherapy: open("radiotherapy"),
      systemic: open("systemic"),
      recurrence: open("recurrence"),
      proms: open("proms")
    };
    const pathway = new PathwayWriter(rng, writers, extractDay);
    const sampler = new MunicipalitySampler(municipalities);
    const pool: PoolEntry[] = [];
    const tumoursByRegistry = Object.fromEntries(registryIds.map((r) => [r, 0])) as Record<RegistryId, number>;
    let patients = 0;

    const secondTumourPatient = (sex: string, age: number, D: number): PoolEntry | null => {
      if (pool.length === 0) return null;
      for (let attempt = 0; attempt < 8; attempt++) {
        const entry = pool[rng.int(0, pool.length - 1)];
        const { person } = entry;
        if (person.sex !== sex || D - entry.firstDiagnosis < 180) continue;
        const end = person.death ?? person.emigration;
        if (end !== null && end - D < 60) continue;
        if (Math.abs((D - person.birth) / DAYS_PER_YEAR - age) > 8) continue;
        return entry;
      }
      return null;
    };

    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const model of registryModels) {
        const count = tumourCount(model.id, year, scale);
        for (let i = 0; i < count; i++) {
          emitOne(model, year);
        }
        tumoursByRegistry[model.id] += count;
      }
      progress(`qi demo: diagnosis year ${year} written (${pathway.tumours.toLocaleString("en-US")} tumours so far)`);
      // Let progress messages and other work through between years.
      await new Promise<void>((done) => setImmediate(done));
    }

    function emitOne(model: RegistryModel, year: number): void {
      const { sex, age, variant } = model.demographics(rng, year);
      const D = diagnosisDay(rng, year);
      const second =
        model.id !== "childhood" && rng.next() < SECOND_TUMOUR_ATTEMPT ? secondTumourPatient(sex, age, D) : null;
      let person: Person;
      let municipality: Municipality;
      let ageAtDiagnosis = age;
      if (second) {
        person = second.person;
        municipality = second.municipality;
        ageAtDiagnosis = Math.floor((D - person.birth) / DAYS_PER_YEAR);
      } else {
        municipality = sampler.draw(rng);
        // Birth so that the age in completed years at diagnosis is `age` (the fraction kept off the edges).
        const birth = D - Math.round((age + rng.uniform(0.01, 0.99)) * DAYS_PER_YEAR);
        person = {
          id: pseudonym(++patients),
          sex,
          birth,
          death: null,
          emigration: null,
          municipality: municipality.number
        };
      }
      const period = periodOn(municipality, D);
      const localHospital =
        period.hospitals.length === 1
          ? period.hospitals[0][0]
          : period.hospitals[rng.weighted(period.hospitals.map((h) => h[1]))][0];
      const ctx: TumourContext = {
        rng,
        quota,
        registry: model.id,
        year,
        diagnosis: D,
        age: ageAtDiagnosis,
        sex,
        trust: period.trust,
        municipality: municipality.number,
        localHospital,
        diagnosing: localHospital,
        reported: false,
        route: (capability, diagnosing = localHospital) => route(rng, period.trust, diagnosing, capability)
      };
      if (model.diagnosingHospital) ctx.diagnosing = model.diagnosingHospital(ctx, variant);
      const schedule = pathway.schedule(model.id, ctx.diagnosing, D, year, model.standardDays);
      ctx.reported = schedule.reported;
      const plan = model.plan(ctx, variant);
      pathway.emit(person, second === null, ctx, plan, schedule);
      if (second === null && age >= 18 && person.death !== D) {
        const entry = { person, firstDiagnosis: D, municipality };
        if (pool.length < POOL_SIZE) pool.push(entry);
        else if (rng.next() < 0.3) pool[rng.int(0, POOL_SIZE - 1)] = entry;
      }
    }

    for (const writer of allWriters) {
      writer.close();
      rows[writer.table] = writer.rows;
    }
    allWriters.length = 0;

    // extract.json last: its presence marks a finished extract.
    const manifest = {
      schema_version: "1.0",
      title: "QI Workbench demo extract — synthetic data, no real patients",
      synthetic: true,
      registries: registryIds,
      extract_date: DEMO_EXTRACT_DATE,
      period: { from: DEMO_PERIOD.from, to: DEMO_PERIOD.to },
      affirm_date: DEMO_AFFIRM_DATE,
      source:
        "Generated by `qi demo` (loaders/demo/): a synthetic national registry " +
        "shaped like Norway's, with planted variation from Dørum (2022). " +
        "Hospital and municipality names are public facts; every patient and " +
        "number is invented.",
      generator: { name: DEMO_GENERATOR.name, version: DEMO_GENERATOR.version, seed, scale }
    };
    writeFileSync(join(out, "extract.json"), JSON.stringify(manifest, null, 2) + "\n");
    progress(
      `qi demo: ${pathway.tumours.toLocaleString("en-US")} tumours of ` +
        `${patients.toLocaleString("en-US")} patients written to ${out}`
    );
    return {
      out,
      seed,
      scale,
      extractDate: DEMO_EXTRACT_DATE,
      tumours: pathway.tumours,
      patients,
      tumoursByRegistry,
      rows,
      files: ["extract.json", ...tableNames.map((t) => `${t}.csv`)],
      seconds: Math.round(performance.now() - started) / 1000
    };
  } finally {
    // On failure, close what is open (the partial files stay; without extract.json they are no extract).
    for (const writer of allWriters) {
      try {
        writer.close();
      } catch {
        // already closed or unwritable: nothing more to do
      }
    }
  }
}
