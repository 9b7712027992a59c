/**
 * The header row of a table file: which field holds each declared column, and what is wrong with the
 * header (missing, unknown, duplicate columns). Columns may come in any order.
 */
import { problemKinds, type ProblemKind } from "./problems.ts";
import type { TableSpec } from "./tables.ts";

export interface HeaderProblem {
  kind: ProblemKind;
  column: string | null;
  message: string;
}

export interface HeaderLayout {
  /** For each declared column (in declaration order), its field index in the file, or -1 if absent. */
  positions: Int32Array;
  problems: HeaderProblem[];
  /** A problem that makes every row unusable (missing required or duplicate columns). */
  fatal: ProblemKind | null;
}

function suggestion(name: string, declared: string[]): string {
  const normal = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
  const match =
    declared.find((d) => normal(d) === normal(name)) ?? declared.find((d) => editDistance(d, normal(name)) <= 2);
  return match ? ` (did you mean ${match}?)` : "";
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function resolveHeader(spec: TableSpec, fields: string[]): HeaderLayout {
  const declared = spec.columns.map((c) => c.name);
  const positions = new Int32Array(declared.length).fill(-1);
  const problems: HeaderProblem[] = [];
  let fatal: ProblemKind | null = null;
  const seen = new Map<string, number>();
  fields.forEach((name, index) => {
    if (seen.has(name)) {
      problems.push({
        kind: "duplicate-column",
        column: name,
        message: `the column appears twice (fields ${seen.get(name)! + 1} and ${index + 1})`
      });
      fatal ??= "duplicate-column";
      return;
    }
    seen.set(name, index);
    const position = declared.indexOf(name);
    if (position >= 0) positions[position] = index;
    else if (name === "")
      problems.push({
        kind: "unknown-column",
        column: null,
        message: `field ${index + 1} of the header has no column name (an extra separator?)`
      });
    else
      problems.push({
        kind: "unknown-column",
        column: name,
        message:
          `unknown column, ignored${suggestion(name, declared)}; the columns of ` +
          `${spec.name} are ${declared.join(", ")}`
      });
  });
  spec.columns.forEach((column, i) => {
    if (positions[i] !== -1) return;
    if (column.required) {
      problems.push({
        kind: "missing-column",
        column: column.name,
        message: `missing column (required); every row of the file is excluded`
      });
      fatal ??= "missing-column";
    } else {
      problems.push({
        kind: "absent-column",
        column: column.name,
        message: `optional column absent; treated as empty in every row`
      });
    }
  });
  // Keep the catalogue order so that reports are stable.
  const order = Object.keys(problemKinds);
  problems.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return { positions, problems, fatal };
}
