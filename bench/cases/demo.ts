/**
 * `qi demo` speed and memory: scale 1 (≈ 370,000 tumours, ≈ 2 million rows) must take under 30 s on 2
 * cores; the cost must grow no faster than linearly (CPU per tumour at the largest scale at most 25 %
 * above scale 1's) and memory must not grow with the scale (rows are streamed to disk). Each generation
 * runs in a child process (`--child`), so its peak memory is its own; output goes to bench/out/ and is
 * removed afterwards.
 *
 * Scales: QI_BENCH_DEMO_SCALES (default "0.1,0.5,1,2"). Scale 10 (≈ 3.7 million tumours, about two
 * minutes) is left out by default: `QI_BENCH_DEMO_SCALES=0.1,1,10 npm run bench -- demo`.
 */
import { execFile } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { BenchCase, BudgetCheck } from "../case.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const out = join(root, "bench", "out");

interface ChildFigures {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  tumours: number;
  rows: number;
  megabytes: number;
}

/** The child: generate once and report. */
async function child(dir: string, scale: number): Promise<void> {
  const { generateDemo } = await import("../../loaders/demo/generate.ts");
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary = await generateDemo({ out: dir, scale, seed: 1 });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  const figures: ChildFigures = {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    tumours: summary.tumours,
    rows: Object.values(summary.rows).reduce((a, b) => a + b, 0),
    megabytes: Math.round(bytes / 1e6)
  };
  process.stdout.write(JSON.stringify(figures));
}

async function measure(scale: number): Promise<ChildFigures> {
  const dir = join(out, `demo-scale-${scale}`);
  await rm(dir, { recursive: true, force: true });
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), "--child", dir, String(scale)],
      {
        cwd: root,
        maxBuffer: 1 << 20
      }
    );
    return JSON.parse(stdout) as ChildFigures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export const bench: BenchCase = {
  name: "demo",
  description:
    "qi demo at several scales: scale 1 under 30 s, cost linear in the " +
    "scale, memory flat (QI_BENCH_DEMO_SCALES, default 0.1,0.5,1,2)",
  async run() {
    const scales = (process.env.QI_BENCH_DEMO_SCALES ?? "0.1,0.5,1,2")
      .split(",")
      .map(Number)
      .filter((s) => s > 0);
    const figures: Record<string, number | string> = {};
    const budgets: BudgetCheck[] = [];
    const measured = new Map<number, ChildFigures>();
    for (const scale of scales) {
      process.stderr.write(`  generating scale ${scale} …\n`);
      const m = await measure(scale);
      measured.set(scale, m);
      const key = `scale${scale}`;
      Object.assign(figures, {
        [`${key}.tumours`]: m.tumours,
        [`${key}.rows`]: m.rows,
        [`${key}.megabytes`]: m.megabytes,
        [`${key}.seconds`]: round(m.seconds),
        [`${key}.cpuSeconds`]: round(m.cpuSeconds),
        [`${key}.tumoursPerSecond`]: Math.round(m.tumours / m.seconds),
        [`${key}.peakMB`]: m.peakMB
      });
      if (scale === 1)
        budgets.push({ label: "scale 1, seconds", value: round(m.seconds), budget: 30, met: m.seconds < 30 });
    }
    const base = measured.get(1);
    const largest = Math.max(...scales);
    const top = measured.get(largest);
    if (base && top && largest > 1) {
      const ratio = round(top.cpuSeconds / top.tumours / (base.cpuSeconds / base.tumours));
      figures[`cpuPerTumour.scale${largest}/scale1`] = ratio;
      budgets.push({
        label: `CPU per tumour, scale ${largest} / scale 1`,
        value: ratio,
        budget: 1.25,
        met: ratio <= 1.25
      });
      const memory = round(top.peakMB / base.peakMB);
      figures[`peakMB.scale${largest}/scale1`] = memory;
      budgets.push({
        label: `peak memory, scale ${largest} / scale 1`,
        value: memory,
        budget: 1.5,
        met: memory <= 1.5
      });
    }
    return { name: "demo", figures, budgets };
  }
};

if (process.argv[2] === "--child") await child(process.argv[3], Number(process.argv[4]));
