/**
 * `qi compute` speed and memory on the synthetic demo (issue 17): the whole catalogue at scale 1
 * (≈ 370,000 tumours) in at most 5 s wall on 2 cores with the snapshot cached, at scale 10 in under 10 times
 * that; peak memory at most 2 GB at scale 1 and 4 GB at scale 10 for validation and compute. Each step
 * runs in a child process (`--child`), so each peak is the step's own: the cold validation, the first
 * compute (which builds the engine database of the snapshot: the loaded tables and cohort views) and a
 * second compute (snapshot and engine database cached, as every later run). Also reported: seconds and MB
 * per million tumours, so the scale curve is on record (docs/scale.md), and whether the demo's planted
 * stories (Dørum 2022) are visible in the results.
 *
 * Scales: QI_BENCH_ENGINE_SCALES (default "1"); 10 and 30 (≈ 3.7 and 11 million tumours; generating and
 * validating them takes many minutes) with `QI_BENCH_ENGINE_SCALES=1,10,30 npm run bench -- engine`.
 * Output goes to bench/out/ and is removed afterwards.
 */
import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { tableFromIPC } from "apache-arrow";
import type { BenchCase, BudgetCheck } from "../case.ts";
import type { ResultRow } from "../../loaders/output/resultTables.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const out = join(root, "bench", "out");

interface ComputeFigures {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  rows: number;
  curveRows: number;
  indicators: number;
  timings: Record<string, number>;
}

/** The child: one step, its figures as JSON on stdout. */
async function child(step: string, extractDir: string, scale: number): Promise<void> {
  const cacheDir = join(out, `engine-snapshots-${scale}`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let extra: Record<string, unknown>;
  if (step === "generate") {
    const { generateDemo } = await import("../../loaders/demo/generate.ts");
    const summary = await generateDemo({ out: extractDir, scale, seed: 1, force: true });
    extra = { tumours: summary.tumours };
  } else if (step === "validate") {
    const { validateExtract } = await import("../../loaders/extract/validateExtract.ts");
    const result = await validateExtract(extractDir, { cacheDir });
    extra = { ok: result.ok };
  } else {
    const { computeCatalogue } = await import("../../loaders/engine/compute.ts");
    const summary = await computeCatalogue({
      extractDir,
      outDir: join(out, `engine-results-${scale}`),
      validation: { cacheDir }
    });
    extra = {
      rows: summary.rows,
      curveRows: summary.curveRows,
      indicators: summary.indicators,
      timings: summary.timings
    };
  }
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    JSON.stringify({
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
      ...extra
    })
  );
}

async function runChild<T>(step: string, extractDir: string, scale: number): Promise<T> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", fileURLToPath(import.meta.url), "--child", step, extractDir, String(scale)],
    {
      cwd: root,
      maxBuffer: 1 << 20
    }
  );
  return JSON.parse(stdout) as T;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The planted stories of the demo (loaders/demo/stories.ts), as seen in the results. */
function stories(rows: ResultRow[]): { figures: Record<string, number | string>; checks: BudgetCheck[] } {
  const value = (indicator: string, context: string, unit: string, period: string) =>
    rows.find((r) => r.indicator === indicator && r.context === context && r.unit_id === unit && r.period === period)
      ?.value ?? NaN;
  const figures: Record<string, number | string> = {};
  const checks: BudgetCheck[] = [];
  // 1. UNN: low-risk prostate cancer treated radically, by residence: ≈ 23 % in 2017, ≈ 9 % in 2020.
  const unn2017 = value("prostate-low-risk-radical", "residence", "unn", "2017");
  const unn2020 = value("prostate-low-risk-radical", "residence", "unn", "2020");
  figures["story.unnLowRiskRadical.2017"] = round(unn2017, 3);
  figures["story.unnLowRiskRadical.2020"] = round(unn2020, 3);
  checks.push({
    label: "story: UNN low-risk radical 2017 ≈ 23 %",
    value: round(unn2017, 3),
    budget: "0.17–0.30",
    met: unn2017 >= 0.17 && unn2017 <= 0.3
  });
  checks.push({
    label: "story: UNN low-risk radical 2020 ≈ 9 %",
    value: round(unn2020, 3),
    budget: "0.03–0.15",
    met: unn2020 >= 0.03 && unn2020 <= 0.15
  });
  // 2. Lung curative treatment by residence: Telemark and Innlandet below Oslo, every year.
  let below = 0;
  let years = 0;
  for (let year = 2014; year <= 2023; year++) {
    const ous = value("lung-curative-treatment", "residence", "ous", String(year));
    const sthf = value("lung-curative-treatment", "residence", "sthf", String(year));
    const inn = value("lung-curative-treatment", "residence", "sykehuset-innlandet", String(year));
    years++;
    if (sthf < ous && inn < ous) below++;
  }
  figures["story.lungCurative.2023.ous"] = round(value("lung-curative-treatment", "residence", "ous", "2023"), 3);
  figures["story.lungCurative.2023.sthf"] = round(value("lung-curative-treatment", "residence", "sthf", "2023"), 3);
  figures["story.lungCurative.2023.innlandet"] = round(
    value("lung-curative-treatment", "residence", "sykehuset-innlandet", "2023"),
    3
  );
  checks.push({
    label: "story: Telemark and Innlandet below OUS, lung curative (years)",
    value: `${below}/${years}`,
    budget: `${years}/${years}`,
    met: below === years
  });
  // 3. Myeloma biopsy by diagnosing hospital: wide spread in 2018, converging after.
  const spread = (year: string) => {
    const values = rows
      .filter(
        (r) =>
          r.indicator === "myeloma-biopsy" &&
          r.unit_level === "hospital" &&
          r.period === year &&
          (r.denominator ?? 0) >= 10
      )
      .map((r) => r.value!);
    return Math.max(...values) - Math.min(...values);
  };
  const spread2018 = spread("2018");
  const spread2022 = spread("2022");
  figures["story.myelomaBiopsySpread.2018"] = round(spread2018, 3);
  figures["story.myelomaBiopsySpread.2022"] = round(spread2022, 3);
  checks.push({
    label: "story: myeloma biopsy spread between hospitals narrows 2018 → 2022",
    value: `${round(spread2018, 2)} → ${round(spread2022, 2)}`,
    budget: "halves",
    met: spread2022 < spread2018 / 2
  });
  return { figures, checks };
}

export const bench: BenchCase = {
  name: "engine",
  description:
    "qi compute, whole catalogue on the demo: scale 1 under 15 s on 2 " +
    "cores, scale 10 under 10× that (QI_BENCH_ENGINE_SCALES, default 1)",
  async run() {
    const scales = (process.env.QI_BENCH_ENGINE_SCALES ?? "1")
      .split(",")
      .map(Number)
      .filter((s) => s > 0);
    const figures: Record<string, number | string> = {};
    const budgets: BudgetCheck[] = [];
    const measured = new Map<number, ComputeFigures>();
    for (const scale of scales) {
      const extractDir = join(out, `engine-demo-scale-${scale}`);
      const key = `scale${scale}`;
      try {
        process.stderr.write(`  generating the scale-${scale} demo …\n`);
        const generated = await runChild<{ seconds: number; tumours: number }>("generate", extractDir, scale);
        figures[`${key}.tumours`] = generated.tumours;
        process.stderr.write(`  validating (cold) …\n`);
        const validated = await runChild<{ seconds: number; peakMB: number }>("validate", extractDir, scale);
        figures[`${key}.validateColdSeconds`] = round(validated.seconds);
        figures[`${key}.validatePeakMB`] = validated.peakMB;
        process.stderr.write(`  computing the catalogue (first run: builds the engine database) …\n`);
        const first = await runChild<ComputeFigures>("compute", extractDir, scale);
        figures[`${key}.firstComputeSeconds`] = round(first.seconds);
        figures[`${key}.firstComputePeakMB`] = first.peakMB;
        for (const [stage, seconds] of Object.entries(first.timings))
          if (["load extract", "cohort views", "cohort files"].includes(stage))
            figures[`${key}.firstCompute.stage.${stage}`] = round(seconds);
        process.stderr.write(`  computing the catalogue again (everything cached) …\n`);
        const m = await runChild<ComputeFigures>("compute", extractDir, scale);
        measured.set(scale, m);
        const millions = generated.tumours / 1e6;
        Object.assign(figures, {
          [`${key}.seconds`]: round(m.seconds),
          [`${key}.secondsPerMillionTumours`]: round(m.seconds / millions),
          [`${key}.peakMBPerMillionTumours`]: Math.round(m.peakMB / millions),
          [`${key}.cpuSeconds`]: round(m.cpuSeconds),
          [`${key}.peakMB`]: m.peakMB,
          [`${key}.indicators`]: m.indicators,
          [`${key}.resultRows`]: m.rows,
          [`${key}.curveRows`]: m.curveRows
        });
        for (const [stage, seconds] of Object.entries(m.timings)) figures[`${key}.stage.${stage}`] = round(seconds);
        const rows = tableFromIPC(await readFile(join(out, `engine-results-${scale}`, "results.arrow")))
          .toArray()
          .map((r) => r.toJSON() as ResultRow);
        const memoryBudget = scale <= 1 ? 2048 : scale <= 10 ? 4096 : null;
        if (memoryBudget !== null)
          for (const [stage, peak] of [
            ["validate", validated.peakMB],
            ["first compute", first.peakMB],
            ["compute", m.peakMB]
          ] as const)
            budgets.push({
              label: `scale ${scale}, ${stage}, peak MB`,
              value: peak,
              budget: memoryBudget,
              met: peak <= memoryBudget
            });
        if (scale >= 1) {
          const told = stories(rows);
          for (const [name, v] of Object.entries(told.figures)) figures[`${key}.${name}`] = v;
          budgets.push(...told.checks.map((c) => ({ ...c, label: `scale ${scale} ${c.label}` })));
        }
      } finally {
        await rm(extractDir, { recursive: true, force: true });
        await rm(join(out, `engine-results-${scale}`), { recursive: true, force: true });
        await rm(join(out, `engine-snapshots-${scale}`), { recursive: true, force: true });
      }
    }
    const one = measured.get(1);
    if (one)
      budgets.push({
        label: "scale 1, seconds (whole catalogue, snapshot cached)",
        value: round(one.seconds),
        budget: 5,
        met: one.seconds <= 5
      });
    const ten = measured.get(10);
    if (ten) {
      const limit = one ? 10 * one.seconds : 150;
      budgets.push({
        label: "scale 10, seconds (under 10 × scale 1)",
        value: round(ten.seconds),
        budget: round(limit),
        met: ten.seconds < limit
      });
    }
    return { name: "engine", figures, budgets };
  }
};

if (process.argv[2] === "--child") await child(process.argv[3], process.argv[4], Number(process.argv[5]));
