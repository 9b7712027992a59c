import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { UserError, type Command } from "./command.ts";
import { computeCatalogue } from "../engine/compute.ts";
import { IndicatorDefinitionError } from "../engine/defineIndicator.ts";
import { InterpretationError } from "../engine/interpretation.ts";
import { recoverFolder, stagingFor, swapFolder } from "../build/swapFolder.ts";
import { fsyncTree } from "../verifiedFolder.ts";

/**
 * The results replace the whole --out folder, so it must be new, empty or hold earlier results only (the
 * files its manifest.json lists): anything else there would be lost.
 */
function checkOutFolder(out: string, given: string): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new UserError(`--out ${given} is a file; give a folder`);
  const entries = readdirSync(out);
  if (entries.length === 0) return;
  let listed: string[] = [];
  try {
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { files?: object };
    listed = ["manifest.json", ...Object.keys(manifest.files ?? {})];
  } catch {
    // No readable manifest: not a results folder.
  }
  const other = entries.filter((name) => !listed.includes(name));
  if (other.length > 0)
    throw new UserError(
      `--out ${given} holds other files (${other.slice(0, 3).join(", ")}${other.length > 3 ? ", …" : ""}), ` +
        `which the results would replace: give a new or empty folder, or one that holds earlier results`
    );
}

export const compute: Command = {
  name: "compute",
  summary: "compute every indicator of the catalogue from an extract into result tables",
  usage: `Usage: qi compute <extract folder> --out <dir> [options]

Validates the extract (reusing the cached snapshot of an unchanged extract), builds the cohort views,
computes every indicator in indicators/ for every period, context and unit, and writes into <dir>:
results.arrow/.csv, curves.arrow/.csv, funnels.json, indicators.json, units.json, cohort.arrow,
cohort-proms.arrow, cohort-columns.json and manifest.json (see docs/results-format.md).
The same extract and code give byte-identical files. Progress goes to stderr.

  --out <dir>           output folder (created if missing)
  --drop-invalid        compute from the usable rows of an extract with errors (data-quality.json lists
                        the rows left out); without it an extract with errors is refused
  --indicator <ids>     only these indicators, comma-separated (and the coverage indicators they link to)
  --indicators <dir>    definitions folder (default: indicators/)
  --no-cohort           do not write the patient-level cohort files (cohort.arrow, cohort-proms.arrow)

Exit status: 0 on success, 1 for a bad extract, definition or argument.`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        "drop-invalid": { type: "boolean" },
        indicator: { type: "string" },
        indicators: { type: "string" },
        "no-cohort": { type: "boolean" }
      }
    });
    if (positionals.length !== 1) {
      throw new UserError(
        positionals.length === 0
          ? "give the extract folder: qi compute <extract folder> --out <dir>"
          : `one extract folder at a time (got ${positionals.join(", ")})`
      );
    }
    if (!values.out) throw new UserError("give the output folder: --out <dir>");
    const extractDir = resolve(positionals[0]);
    if (!existsSync(extractDir)) throw new UserError(`${positionals[0]}: no such folder`);
    const out = resolve(values.out);
    for (const done of await recoverFolder(out)) process.stderr.write(`qi compute: ${done}\n`);
    checkOutFolder(out, values.out);
    // Written beside --out and swapped in when complete: a killed run leaves the earlier results whole.
    const staging = stagingFor(out);
    await mkdir(dirname(staging), { recursive: true });
    const started = performance.now();
    try {
      const summary = await computeCatalogue({
        extractDir,
        outDir: staging,
        dropInvalid: values["drop-invalid"] ?? false,
        indicators: values.indicator
          ? values.indicator
              .split(",")
              .map((id) => id.trim())
              .filter(Boolean)
          : undefined,
        indicatorsDir: values.indicators ? resolve(values.indicators) : undefined,
        cohort: !values["no-cohort"],
        onProgress: (message) => process.stderr.write(`${message}\n`)
      });
      await fsyncTree(staging);
      await swapFolder(staging, out);
      for (const warning of summary.warnings) process.stderr.write(`warning: ${warning}\n`);
      process.stderr.write(
        `qi compute: ${summary.indicators} indicators, ${summary.rows} result ` +
          `rows, ${summary.curveRows} curve points in ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s → ` +
          `${values.out}\n`
      );
      return 0;
    } catch (error) {
      // Bad definitions and unknown indicator ids are the user's to fix: a message, not a stack trace.
      if (error instanceof IndicatorDefinitionError || error instanceof InterpretationError)
        throw new UserError(error.message);
      if (error instanceof RangeError && error.message.startsWith("loadCatalogue:")) throw new UserError(error.message);
      throw error;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
};
