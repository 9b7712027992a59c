/**
 * `qi validate` at registry scale: the synthetic demo extract (loaders/demo, `generateDemo`) at scale 1
 * (≈ 370,000 tumours, 2 million rows) must validate in under 15 s on 2 cores; scale 10 (≈ 3.7 million
 * tumours, 20 million rows) in at most 60 s and 4 GB, with the cost per row no more than 25 % above
 * scale 1's (linear growth); validating an unchanged extract again takes at most 1 s (issue 17).
 * Validation runs in a child process (`--child`), so that its peak memory is its own; the generated
 * extracts are kept in bench/out/ and reused. Without the demo generator, a replica of
 * tests/fixtures/extracts/valid/ of the same size stands in.
 *
 * Set QI_BENCH_EXTRACT_SCALES (default "1,10") to choose the scales.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { BenchCase, BudgetCheck } from "../case.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const out = join(root, "bench", "out");
const fixture = join(root, "tests", "fixtures", "extracts", "valid");

interface ChildFigures {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  rows: number;
  ok: boolean;
  cachedSeconds: number;
}

/** The child: validate once into a fresh snapshot, then once more through the cache. */
async function child(extract: string, work: string): Promise<void> {
  const { validateExtract } = await import("../../loaders/extract/validateExtract.ts");
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await validateExtract(extract, { cacheDir: work });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const again = performance.now();
  const cached = await validateExtract(extract, { cacheDir: work });
  if (!cached.fromCache) throw new Error("the second validation did not use the cache");
  const figures: ChildFigures = {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    rows: result.report.counts.rows_read,
    ok: result.ok,
    cachedSeconds: (performance.now() - again) / 1000
  };
  process.stdout.write(JSON.stringify(figures));
}

/** A copy of the valid fixture with every patient and tumour repeated `copies` times. */
async function replicateFixture(dir: string, copies: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const file of await readdir(fixture)) {
    const text = await readFile(join(fixture, file), "utf8");
    if (["extract.json", "units.csv", "catchment.csv", "lifetable.csv"].includes(file)) {
      await writeFile(join(dir, file), text);
      continue;
    }
    const [header, ...rows] = text.trimEnd().split("\n");
    const parts: string[] = [header + "\n"];
    for (let copy = 0; copy < copies; copy++) {
      // Suffix every id of a patient, tumour or report (P001 → P001-7), so copies are distinct rows.
      parts.push(rows.map((row) => row.replace(/\b([PTS]|RT|SY)(\d{3})\b/g, `$1$2-${copy}`)).join("\n") + "\n");
    }
    await writeFile(join(dir, file), parts.join(""));
  }
}

/** The demo extract at `scale`, generated once into bench/out/ (or the fixture replica). */
async function extractAt(scale: number): Promise<{ dir: string; source: string }> {
  const dir = join(out, `extract-scale-${scale}`);
  const marker = join(dir, "extract.json");
  if (existsSync(marker)) {
    const manifest = JSON.parse(await readFile(marker, "utf8"));
    return { dir, source: manifest.generator ? `demo ${manifest.generator.version}` : "fixture replica" };
  }
  await rm(dir, { recursive: true, force: true });
  try {
    const { generateDemo } = await import("../../loaders/demo/generate.ts");
    await generateDemo({ out: dir, scale, seed: 1 });
    return { dir, source: "demo" };
  } catch (error) {
    process.stderr.write(`  demo generator unavailable (${(error as Error).message}); replicating the fixture\n`);
    await rm(dir, { recursive: true, force: true });
    await replicateFixture(dir, Math.round(47_000 * scale));
    return { dir, source: "fixture replica" };
  }
}

async function measure(scale: number): Promise<ChildFigures & { source: string }> {
  const { dir, source } = await extractAt(scale);
  const work = join(out, `validate-cache-${scale}`);
  await rm(work, { recursive: true, force: true });
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), "--child", dir, work],
      {
        cwd: root,
        maxBuffer: 1 << 20
      }
    );
    return { ...(JSON.parse(stdout) as ChildFigures), source };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const bench: BenchCase = {
  name: "extract-validate",
  description:
    "qi validate of the demo extract at scale 1 (< 15 s) and scale 10 (≤ 60 s, ≤ 4 GB, linear); unchanged again ≤ 1 s",
  async run() {
    const scales = (process.env.QI_BENCH_EXTRACT_SCALES ?? "1,10").split(",").map(Number);
    const figures: Record<string, number | string> = {};
    const budgets: BudgetCheck[] = [];
    const perRow: Record<number, number> = {};
    for (const scale of scales) {
      const m = await measure(scale);
      const key = `scale${scale}`;
      perRow[scale] = m.cpuSeconds / m.rows;
      Object.assign(figures, {
        [`${key}.source`]: m.source,
        [`${key}.rows`]: m.rows,
        [`${key}.seconds`]: Math.round(m.seconds * 100) / 100,
        [`${key}.cpuSeconds`]: Math.round(m.cpuSeconds * 100) / 100,
        [`${key}.rowsPerSecond`]: Math.round(m.rows / m.seconds),
        [`${key}.peakMB`]: m.peakMB,
        [`${key}.cachedSeconds`]: Math.round(m.cachedSeconds * 1000) / 1000,
        [`${key}.valid`]: String(m.ok)
      });
      if (scale === 1)
        budgets.push({
          label: "scale 1 validation, seconds",
          value: figures[`${key}.seconds`],
          budget: 15,
          met: m.seconds < 15
        });
      if (scale === 1)
        budgets.push({ label: "scale 1 peak memory, MB", value: m.peakMB, budget: 2048, met: m.peakMB <= 2048 });
      if (scale === 10) {
        budgets.push({
          label: "scale 10 validation, seconds",
          value: figures[`${key}.seconds`],
          budget: 60,
          met: m.seconds <= 60
        });
        budgets.push({ label: "scale 10 peak memory, MB", value: m.peakMB, budget: 4096, met: m.peakMB < 4096 });
      }
      budgets.push({
        label: `scale ${scale} validation of the unchanged extract again, seconds`,
        value: figures[`${key}.cachedSeconds`],
        budget: 1,
        met: m.cachedSeconds <= 1
      });
    }
    if (perRow[1] !== undefined && perRow[10] !== undefined) {
      const ratio = Math.round((perRow[10] / perRow[1]) * 100) / 100;
      figures["cpuPerRow.scale10/scale1"] = ratio;
      budgets.push({ label: "CPU per row, scale 10 / scale 1", value: ratio, budget: 1.25, met: ratio <= 1.25 });
    }
    return { name: "extract-validate", figures, budgets };
  }
};

if (process.argv[2] === "--child") await child(process.argv[3], process.argv[4]);
