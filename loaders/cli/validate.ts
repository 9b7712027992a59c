import { parseArgs } from "node:util";
import { UserError, type Command } from "./command.ts";
import { convertExcelExtract } from "../extract/convertExcel.ts";
import { formatReport } from "../extract/formatReport.ts";
import { ExtractFolderError, validateExtract, type ValidationProgress } from "../extract/validateExtract.ts";

function progressPrinter(): (progress: ValidationProgress) => void {
  let last = 0;
  return (progress) => {
    if (progress.phase === "discarded") {
      process.stderr.write(`\r\x1b[Kqi validate: ${progress.message}\n`);
      return;
    }
    if (!process.stderr.isTTY) return;
    const now = Date.now();
    if (progress.phase === "done" || progress.phase === "cached") {
      process.stderr.write("\r\x1b[K");
      return;
    }
    if (now - last < 200) return;
    last = now;
    const text =
      progress.phase === "checksum"
        ? "checksums…"
        : `${progress.file}: ${progress.rows?.toLocaleString("en-US") ?? 0} rows` +
          (progress.bytes && progress.totalBytes
            ? ` (${Math.round((100 * progress.bytes) / progress.totalBytes)} %)`
            : "");
    process.stderr.write(`\r\x1b[K${text}`);
  };
}

export const validate: Command = {
  name: "validate",
  summary: "check an extract folder and write its validated snapshot and data-quality report",
  usage: `Usage: qi validate <extract folder> [options]

Checks every file and row of the extract against the format (docs/extract-format.md) and prints every
problem as file:line: column: problem, grouped by kind. Writes the validated snapshot (usable rows,
data-quality.json, problems.csv) to the cache in .qi/snapshots/, or to --snapshot <dir>.

  --max <n>                  problems shown per kind (default 20)
  --json                     print data-quality.json instead of the report
  --snapshot <dir>           write the validated snapshot to <dir>
  --no-cache                 validate again even if the extract is unchanged
  --convert-excel <new dir>  first copy the extract to <new dir>, converting CSV files saved by Excel with
                             a Norwegian locale (';' separator, decimal comma, Windows-1252, dd.mm.yyyy
                             dates, lost leading zeros) to the format; then validate the copy

Exit status: 0 if the extract is valid (warnings allowed), 1 if it has errors or the arguments are wrong.`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        max: { type: "string" },
        json: { type: "boolean" },
        snapshot: { type: "string" },
        "no-cache": { type: "boolean" },
        "convert-excel": { type: "string" }
      }
    });
    if (positionals.length !== 1)
      throw new UserError(
        positionals.length === 0
          ? "give the extract folder: qi validate <extract folder>"
          : `one extract folder at a time (got ${positionals.join(", ")})`
      );
    const maxPerKind = values.max === undefined ? 20 : Number(values.max);
    if (!Number.isInteger(maxPerKind) || maxPerKind < 0)
      throw new UserError(`--max must be a whole number ≥ 0, got ${values.max}`);
    let dir = positionals[0];
    try {
      if (values["convert-excel"] !== undefined) {
        const conversion = await convertExcelExtract(dir, values["convert-excel"]);
        for (const line of conversion.log) process.stderr.write(`${line}\n`);
        dir = values["convert-excel"];
      }
      const result = await validateExtract(dir, {
        snapshotDir: values.snapshot,
        cache: !values["no-cache"],
        examplesPerKind: Math.max(100, maxPerKind),
        onProgress: progressPrinter()
      });
      process.stdout.write(
        (values.json ? JSON.stringify(result.report, null, 2) : formatReport(result, { maxPerKind })) + "\n"
      );
      return result.ok ? 0 : 1;
    } catch (error) {
      // A folder that is not there, or files we may not read, are the user's to fix: no stack trace.
      const code = (error as NodeJS.ErrnoException).code;
      if (
        error instanceof ExtractFolderError ||
        code === "ENOENT" ||
        code === "EACCES" ||
        code === "EISDIR" ||
        code === "ENOTDIR" ||
        code === "EEXIST"
      ) {
        throw new UserError((error as Error).message);
      }
      throw error;
    }
  }
};
