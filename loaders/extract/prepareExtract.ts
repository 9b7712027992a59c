/**
 * The policy for computing from an extract: `qi compute` (and the site build) call prepareExtract, which
 * validates (or reuses the cached snapshot) and refuses an extract with errors, unless `dropInvalid`: then
 * the invalid rows and the rows that depend on them are left out, and data-quality.json lists them. Refused
 * either way: an invalid extract.json (nothing can be computed without it), a problem that excludes a
 * whole file (a missing table, Excel's separator: "dropping" it would change every result silently), a
 * national identity number (the extract must not be used at all), and errors in the life table (net
 * survival needs all of it).
 */
import { UserError } from "../userError.ts";
import { formatReport } from "./formatReport.ts";
import { problemKinds } from "./problems.ts";
import type { ExtractManifest } from "./manifest.ts";
import { validateExtract, type ValidateOptions, type ValidationResult } from "./validateExtract.ts";

export interface PrepareOptions extends ValidateOptions {
  /** Compute from the usable rows of an extract with errors instead of refusing it. */
  dropInvalid?: boolean;
}

export interface PreparedExtract {
  /** The validated snapshot to load (loadIntoDuckDB). */
  snapshotDir: string;
  manifest: ExtractManifest;
  result: ValidationResult;
}

/** An extract that cannot be used as it is; the message is the full problem report. */
export class InvalidExtractError extends UserError {
  override name = "InvalidExtractError";
  constructor(
    readonly result: ValidationResult,
    advice: string
  ) {
    super(`${formatReport(result)}\n${advice}`);
  }
}

export async function prepareExtract(dir: string, options: PrepareOptions = {}): Promise<PreparedExtract> {
  const result = await validateExtract(dir, options);
  if (result.snapshotDir === null || result.report.extract === null) {
    throw new InvalidExtractError(
      result,
      "extract.json must be valid before anything can be computed, even with --drop-invalid."
    );
  }
  const refusing = result.report.problems.filter(
    (p) => p.severity === "error" && "refusesDropInvalid" in problemKinds[p.kind]
  );
  const lifeTable = result.report.tables.lifetable?.rows_excluded ?? 0;
  if (options.dropInvalid && (refusing.length > 0 || lifeTable > 0)) {
    const what = [
      ...refusing.map(
        (p) =>
          `${p.title} (${p.examples
            .map((e) => e.file)
            .filter((f, i, all) => all.indexOf(f) === i)
            .join(", ")})`
      ),
      ...(lifeTable > 0 ? [`${lifeTable} row${lifeTable === 1 ? "" : "s"} of the life table`] : [])
    ];
    throw new InvalidExtractError(
      result,
      `--drop-invalid leaves out invalid rows, not whole tables, identity ` +
        `numbers or parts of the life table: fix ${what.join("; ")} first.`
    );
  }
  if (!result.ok && !options.dropInvalid) {
    throw new InvalidExtractError(
      result,
      "The extract has errors. Fix them, or run with --drop-invalid to " +
        "compute without the invalid rows (and the rows that depend on them); " +
        "data-quality.json lists every one."
    );
  }
  return { snapshotDir: result.snapshotDir, manifest: result.report.extract, result };
}
