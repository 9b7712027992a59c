/**
 * The council preview (`qi dev --council`, behind its guard) under a burst of requests (issue 12: 2,000
 * requests at 50 concurrent once gave 34 time-outs over 30 s, p50 4.5 s). Requests go round the pages a
 * reader opens and the data files they load, the patient-level cohort among them; a request that takes
 * longer than 30 s counts as a time-out. Scale: QI_BENCH_PREVIEW_SCALE (default 0.1); requests:
 * QI_BENCH_PREVIEW_REQUESTS (default 2000).
 */
import type { BenchCase } from "../case.ts";
import { secondsSince } from "../case.ts";
import { startPreview } from "../../tests/support/preview.ts";

const paths = [
  "/nb/",
  "/en/",
  "/nb/registry/lung",
  "/nb/indicator/lung-curative-treatment",
  "/en/indicator/breast-clinical-report",
  "/nb/unit/unn",
  "/nb/survival",
  "/nb/proms",
  "/nb/explorer",
  "/_file/data/front.json",
  "/_file/data/unit/unn.json",
  "/_file/data/explorer/cohort.arrow"
];
const requests = Number(process.env.QI_BENCH_PREVIEW_REQUESTS ?? 2000);
const concurrency = 50;
const timeoutMs = 30_000;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export const bench: BenchCase = {
  name: "preview",
  description: `council preview: ${requests} requests, ${concurrency} at a time`,
  async run() {
    const scale = process.env.QI_BENCH_PREVIEW_SCALE ?? "0.1";
    const preview = await startPreview({ council: true, env: { QI_DEMO_SCALE: scale } });
    const times: number[] = [];
    const failures: Record<string, number> = {};
    let next = 0;
    const started = performance.now();
    try {
      // Opened once first, so the burst measures serving rather than the data loaders' first run.
      for (const path of paths) await (await fetch(new URL(path, preview.url))).arrayBuffer();
      const worker = async () => {
        while (next < requests) {
          const path = paths[next++ % paths.length];
          const t0 = performance.now();
          try {
            const response = await fetch(new URL(path, preview.url), { signal: AbortSignal.timeout(timeoutMs) });
            await response.arrayBuffer();
            if (response.status !== 200)
              failures[`HTTP ${response.status}`] = (failures[`HTTP ${response.status}`] ?? 0) + 1;
            times.push(performance.now() - t0);
          } catch (error) {
            const kind = (error as Error).name === "TimeoutError" ? "time-out" : (error as Error).message;
            failures[kind] = (failures[kind] ?? 0) + 1;
          }
        }
      };
      const burst = performance.now();
      await Promise.all(Array.from({ length: concurrency }, worker));
      const seconds = secondsSince(burst);
      const sorted = times.sort((a, b) => a - b);
      const timeOuts = failures["time-out"] ?? 0;
      const failed = Object.values(failures).reduce((a, b) => a + b, 0);
      const alive = (await fetch(new URL("/nb/", preview.url))).status === 200;
      return {
        name: "preview",
        figures: {
          scale,
          "start and warm-up (s)": Math.round(burst - started) / 1000,
          "burst (s)": seconds,
          "requests per second": Math.round(requests / seconds),
          "p50 (ms)": Math.round(quantile(sorted, 0.5)),
          "p99 (ms)": Math.round(quantile(sorted, 0.99)),
          "max (ms)": Math.round(sorted[sorted.length - 1] ?? 0),
          "time-outs": timeOuts,
          "other failures":
            Object.entries(failures)
              .filter(([kind]) => kind !== "time-out")
              .map(([kind, n]) => `${kind} ×${n}`)
              .join(", ") || "none"
        },
        budgets: [
          {
            label: `time-outs (> ${timeoutMs / 1000} s) at ${concurrency} concurrent`,
            value: timeOuts,
            budget: 0,
            met: timeOuts === 0
          },
          { label: "failed requests", value: failed, budget: 0, met: failed === 0 },
          { label: "preview answers after the burst", value: String(alive), budget: "true", met: alive }
        ]
      };
    } finally {
      await preview.stop();
    }
  }
};
