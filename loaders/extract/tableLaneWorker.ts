/** The worker thread of a validation lane (tableLanes.ts): validates its tables once it has the state. */
import { parentPort, workerData } from "node:worker_threads";
import { reviveLaneInput, type LaneMessage, type LaneWorkerData } from "./tableLanes.ts";
import { tables } from "./tables.ts";
import { validateLane, type TableFile, type TablePass, type ValidationProgress } from "./validateExtract.ts";

const data = workerData as LaneWorkerData;
const post = (message: LaneMessage) => parentPort!.postMessage(message);

parentPort!.once("message", async ({ state: received }: { state: unknown }) => {
  try {
    const { inspections, state } = reviveLaneInput(data, received);
    const lane: TableFile[] = data.tables.map((t) => ({
      spec: tables.find((spec) => spec.name === t.name)!,
      file: t.file,
      format: t.format
    }));
    let current: string | undefined;
    const pass: TablePass = {
      extractDir: data.extractDir,
      work: data.work,
      inspections,
      state,
      facts: data.facts,
      examplesPerKind: data.examplesPerKind,
      // One progress message per table: the other lane reports as it goes.
      onProgress: (progress: ValidationProgress) => {
        if (progress.table === current) return;
        current = progress.table;
        post({ type: "progress", progress });
      },
      duck: null
    };
    try {
      post({ type: "done", results: await validateLane(lane, pass) });
    } finally {
      pass.duck?.closeSync();
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ type: "error", message: e.message, stack: e.stack });
  }
});
