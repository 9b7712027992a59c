/**
 * `npm run bench`: runs every case in bench/cases/ (or those named on the command line), prints each
 * figure and writes bench/results.json. Speed and memory are measured here, never in unit tests.
 *
 * A case module exports `bench: BenchCase`. Its figures are numbers (seconds, MB, rows) or strings;
 * `budget` entries state the limits the issues set, so the report says whether each was met.
 */
import { readdir, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchCase, BenchResult } from "./case.ts";

const here = dirname(fileURLToPath(import.meta.url));

async function loadCases(): Promise<BenchCase[]> {
  const files = (await readdir(join(here, "cases"))).filter((f) => f.endsWith(".ts")).sort();
  const cases: BenchCase[] = [];
  for (const file of files) {
    const module = (await import(join(here, "cases", file))) as { bench: BenchCase };
    cases.push(module.bench);
  }
  return cases;
}

const wanted = process.argv.slice(2);
const cases = (await loadCases()).filter((c) => wanted.length === 0 || wanted.includes(c.name));
const results: BenchResult[] = [];
let failed = false;
for (const benchCase of cases) {
  process.stderr.write(`bench ${benchCase.name}: ${benchCase.description}\n`);
  const started = performance.now();
  try {
    const result = await benchCase.run();
    results.push(result);
    for (const [key, value] of Object.entries(result.figures))
      process.stdout.write(`  ${benchCase.name}.${key} = ${value}\n`);
    for (const check of result.budgets ?? []) {
      process.stdout.write(
        `  ${check.met ? "ok  " : "OVER"} ${check.label}: ${check.value} (budget ${check.budget})\n`
      );
      if (!check.met) failed = true;
    }
  } catch (error) {
    failed = true;
    process.stdout.write(`  FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
    results.push({ name: benchCase.name, figures: { error: String(error) } });
  }
  process.stderr.write(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
const out = join(here, "results.json");
await mkdir(dirname(out), { recursive: true });
await writeFile(
  out,
  JSON.stringify({ node: process.version, cpus: (await import("node:os")).cpus().length, results }, null, 2) + "\n"
);
process.stdout.write(`wrote ${out}\n`);
process.exitCode = failed ? 1 : 0;
