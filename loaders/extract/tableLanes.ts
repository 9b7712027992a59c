/**
 * Two lanes for the tables no other table refers to (the reports: workup, surgery, radiotherapy, systemic
 * therapy, recurrence, PROMs, and the life table). Once the tables they refer to are validated, they depend
 * on nothing but that state, so half of them are validated in a worker thread while the other half are
 * validated here: on a machine with two cores the longest part of a national extract takes half the time.
 * Each lane table keeps its own account and problems, merged in declaration order afterwards, so the
 * snapshot, data-quality.json and problems.csv are byte for byte those of one table at a time.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { reviveExtractState, type ExtractState } from "./extractState.ts";
import type { FileInspection } from "./inspectFile.ts";
import { TableLedger } from "./ledger.ts";
import { tableRules } from "./tableRules.ts";
import type { ExtractFacts } from "./tableRun.ts";
import { tables, type TableName } from "./tables.ts";
import type { LaneResult, TableFile, TablePass, ValidationProgress } from "./validateExtract.ts";

const referenced = new Set(tables.flatMap((t) => t.columns.flatMap((c) => (c.references ? [c.references.table] : []))));
const lastReferenced = Math.max(...tables.map((t, i) => (referenced.has(t.name) ? i : -1)));

/** The tables after the last one referred to, none of which leaves anything behind for a later table. */
export const laneTables: ReadonlySet<TableName> = new Set(
  tables
    .slice(lastReferenced + 1)
    .filter((t) => tableRules[t.name].keep === undefined)
    .map((t) => t.name)
);

/** Below this many bytes of lane tables a second thread costs more than it saves. */
const minLaneBytes = 8 << 20;

/**
 * The lane tables split in two of about the same size (the largest first, each to the lighter lane), or
 * null to validate them one at a time: when `force` is false, or (unless `force` is true) they are small.
 */
export function planLanes(
  located: TableFile[],
  inspections: Map<string, FileInspection>,
  force?: boolean
): [here: TableFile[], worker: TableFile[]] | null {
  if (force === false) return null;
  const candidates = located.filter((t) => laneTables.has(t.spec.name));
  const bytes = (t: TableFile) => (t.file === null ? 0 : (inspections.get(t.file)?.bytes ?? 0));
  const total = candidates.reduce((sum, t) => sum + bytes(t), 0);
  if (candidates.length < 2 || (force !== true && total < minLaneBytes)) return null;
  const lanes: [TableFile[], TableFile[]] = [[], []];
  const load = [0, 0];
  for (const table of [...candidates].sort((a, b) => bytes(b) - bytes(a))) {
    const lane = load[0] <= load[1] ? 0 : 1;
    lanes[lane].push(table);
    load[lane] += bytes(table);
  }
  const order = (a: TableFile, b: TableFile) => located.indexOf(a) - located.indexOf(b);
  return [lanes[0].sort(order), lanes[1].sort(order)];
}

/** What the worker needs before the state it validates against exists. */
export interface LaneWorkerData {
  extractDir: string;
  work: string;
  tables: { name: TableName; file: string | null; format: TableFile["format"] }[];
  inspections: Map<string, FileInspection>;
  facts: ExtractFacts;
  examplesPerKind: number;
}

export type LaneMessage =
  | { type: "progress"; progress: ValidationProgress }
  | { type: "done"; results: LaneResult[] }
  | { type: "error"; message: string; stack?: string };

export interface LaneWorker {
  /** Hands the worker the state of the tables validated so far, and waits for its tables. */
  run(state: ExtractState): Promise<LaneResult[]>;
  /** Ends the worker if it is still running (after a failure here). */
  stop(): Promise<void>;
}

/**
 * The URL of tsx's ESM API, read from its package's exports: vitest's module runner (the browser tests'
 * global setup validates through here) has no import.meta.resolve, and require.resolve picks the CommonJS
 * build.
 */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifest), exports["./esm/api"].import.default)).href;
}

/**
 * Starts the worker at once, so that its start-up (loading the validator) overlaps the tables validated
 * before its own. It runs TypeScript through tsx, as the CLI does.
 */
export function startLaneWorker(pass: TablePass, lane: TableFile[]): LaneWorker {
  const workerData: LaneWorkerData = {
    extractDir: pass.extractDir,
    work: pass.work,
    tables: lane.map((t) => ({ name: t.spec.name, file: t.file, format: t.format })),
    inspections: new Map(
      lane.flatMap((t) => (t.file && pass.inspections.has(t.file) ? [[t.file, pass.inspections.get(t.file)!]] : []))
    ),
    facts: pass.facts,
    examplesPerKind: pass.examplesPerKind
  };
  const entry = new URL("./tableLaneWorker.ts", import.meta.url).href;
  const worker = new Worker(
    `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true, workerData }
  );
  let finished = false;
  const outcome = new Promise<LaneResult[]>((resolve, reject) => {
    worker.on("message", (message: LaneMessage) => {
      if (message.type === "progress") pass.onProgress(message.progress);
      else if (message.type === "done") {
        finished = true;
        resolve(message.results.map(reviveResult));
      } else {
        finished = true;
        reject(Object.assign(new Error(message.message), { stack: message.stack }));
      }
    });
    worker.on("error", (error) => {
      finished = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (!finished) reject(new Error(`validation lane: the worker stopped (exit code ${code}) before it finished`));
    });
  });
  // Unobserved until run() is called; a failure before then is reported there.
  outcome.catch(() => {});
  return {
    run(state) {
      worker.postMessage({ state });
      return outcome;
    },
    async stop() {
      await worker.terminate();
    }
  };
}

/** The classes a result crossed the thread boundary without. */
function reviveResult(result: LaneResult): LaneResult {
  return { ...result, ledger: Object.setPrototypeOf(result.ledger, TableLedger.prototype) as TableLedger };
}

/** The worker's side of `startLaneWorker`'s data: files back as Buffers, state with its classes. */
export function reviveLaneInput(
  data: LaneWorkerData,
  state: unknown
): { inspections: Map<string, FileInspection>; state: ExtractState } {
  const inspections = new Map(
    [...data.inspections].map(([file, inspection]) => [
      file,
      {
        ...inspection,
        head: Buffer.from(inspection.head.buffer, inspection.head.byteOffset, inspection.head.byteLength)
      }
    ])
  );
  return { inspections, state: reviveExtractState(state) };
}
