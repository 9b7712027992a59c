/**
 * The validation report for people: every problem as `file:line: column: problem`, grouped by kind with
 * a count and at most `maxPerKind` lines per kind, errors first, then warnings, then rows excluded with a
 * row they depend on; then rows read, used and excluded per table.
 */
import { isAbsolute, relative } from "node:path";
import type { ProblemGroup } from "./dataQuality.ts";
import { formatProblem, type Severity } from "./problems.ts";
import type { ValidationResult } from "./validateExtract.ts";

export interface FormatOptions {
  /** Problems shown per kind (default 20). */
  maxPerKind?: number;
}

const sections: { severity: Severity; heading: string }[] = [
  {
    severity: "error",
    heading:
      "Errors (the extract is invalid until they are fixed; an unknown " +
      "column is ignored, any other error excludes its row or file)"
  },
  { severity: "warning", heading: "Warnings (the row is used)" },
  {
    severity: "dependent",
    heading: "Excluded because a row they depend on was excluded (counted per reference: a row may depend on several)"
  }
];

/** A path relative to the working directory when it is inside it. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside === "" ? "." : inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
}

function group(problem: ProblemGroup, maxPerKind: number): string[] {
  const lines = [`  ${problem.title} (${problem.count.toLocaleString("en-US")})`];
  const shown = problem.examples.slice(0, maxPerKind);
  for (const example of shown) lines.push(`    ${formatProblem(example)}`);
  if (problem.count > shown.length)
    lines.push(`    … and ${(problem.count - shown.length).toLocaleString("en-US")} more`);
  return lines;
}

export function formatReport(result: ValidationResult, { maxPerKind = 20 }: FormatOptions = {}): string {
  const { report } = result;
  const { counts } = report;
  const lines: string[] = [];
  const verdict = report.ok ? "valid" : "INVALID";
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  const dependants = Object.values(report.tables).reduce(
    (n, t) => n + (t.excluded.find((e) => e.reason === "dependency")?.count ?? 0),
    0
  );
  if (dependants > 0) parts.push(`${plural(dependants, "row")} excluded only because a row they depend on was`);
  lines.push(`${shown(result.extractDir)}: ${verdict} (${parts.join(", ")})`);
  for (const { severity, heading } of sections) {
    const groups = report.problems.filter((p) => p.severity === severity);
    if (groups.length === 0) continue;
    lines.push("", heading);
    for (const problem of groups) lines.push(...group(problem, maxPerKind));
  }
  const rows = Object.values(report.tables);
  if (rows.length > 0) {
    lines.push("", "Rows");
    const table = [
      ["table", "file", "read", "used", "excluded"],
      ...rows.map((t) => [t.table, t.file ?? "(missing)", t.rows_read, t.rows_used, t.rows_excluded].map(String)),
      ["total", "", String(counts.rows_read), String(counts.rows_used), String(counts.rows_excluded)]
    ];
    const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
    for (const row of table)
      lines.push(
        "  " +
          row
            .map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
            .join("  ")
            .trimEnd()
      );
  }
  if (result.snapshotDir !== null) {
    lines.push(
      "",
      `Validated snapshot${result.fromCache ? " (unchanged extract, reused)" : ""}: ${shown(result.snapshotDir)}`
    );
    lines.push("  data-quality.json there accounts for every row; problems.csv lists every problem.");
  } else {
    lines.push("", "No snapshot written: extract.json must be valid first.");
  }
  return lines.join("\n");
}
