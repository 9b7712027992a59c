/**
 * Lists every changed cell between two results.csv files (as `qi compute` writes them): rows are matched by
 * indicator, period, context, group and unit; columns by name, so a column added at the end shows as new.
 *
 *   npx tsx scripts/diffResults.ts <old results.csv> <new results.csv> [--curves]
 *
 * Prints one line per changed cell, "indicator period context unit column: old → new", then a count per
 * indicator and column. With --curves the files are curves.csv and rows are also keyed by time.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseCsv } from "../loaders/disclosure/siteReader.ts";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { curves: { type: "boolean" } } });
if (positionals.length !== 2) {
  process.stderr.write("usage: npx tsx scripts/diffResults.ts <old results.csv> <new results.csv> [--curves]\n");
  process.exit(2);
}

const keyColumns = values.curves
  ? ["indicator", "period", "context", "group", "unit_id", "time"]
  : ["indicator", "period", "context", "group", "unit_id"];

function read(path: string): { columns: string[]; rows: Map<string, Record<string, string>> } {
  const records = parseCsv(readFileSync(path, "utf8"));
  const rows = new Map<string, Record<string, string>>();
  for (const row of records) rows.set(keyColumns.map((c) => row[c]).join("|"), row);
  return { columns: Object.keys(records[0] ?? {}), rows };
}

const before = read(positionals[0]);
const after = read(positionals[1]);
const counts = new Map<string, number>();
const count = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
const columns = [...new Set([...before.columns, ...after.columns])];
for (const key of before.rows.keys()) {
  if (after.rows.has(key)) continue;
  console.log(`removed row ${key}`);
  count("removed rows");
}
for (const [key, row] of after.rows) {
  const old = before.rows.get(key);
  if (!old) {
    console.log(`added row ${key}`);
    count("added rows");
    continue;
  }
  for (const column of columns) {
    const [a, b] = [old[column] ?? "(no column)", row[column] ?? "(no column)"];
    if (a === b || (a === "(no column)" && b === "")) continue;
    const where = [row.indicator, row.period, row.context, row.group, row.unit_id, values.curves ? row.time : ""];
    console.log(`${where.filter((w) => w).join(" ")} ${column}: ${a || "null"} → ${b || "null"}`);
    count(`${row.indicator} ${column}`);
  }
}
console.log(`\n${[...counts].map(([what, n]) => `${n}\t${what}`).join("\n") || "no changes"}`);
