/**
 * results.csv is data for statistical tools, not a spreadsheet download: text is written as it is (no
 * formula neutralisation), so R, Python or DuckDB reading it get exactly the values back.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { rowsToCsv } from "../../../loaders/output/csv.ts";

describe("rowsToCsv", () => {
  it("writes formula-like text unaltered, so a CSV reader gets every value back", () => {
    const names = ["=1+1", "@SUM(1)", "+1+2", "-3+4", "=cmd|' /C calc'!A0", "\t=1", 'a "b", c'];
    const csv = rowsToCsv(
      [{ name: "unit_name" }, { name: "value" }],
      names.map((unit_name, i) => ({ unit_name, value: -0.25 * i }))
    );
    expect(csv.split("\n").slice(0, 6)).toEqual([
      "unit_name,value",
      "=1+1,0",
      "@SUM(1),-0.25",
      "+1+2,-0.5",
      "-3+4,-0.75",
      "=cmd|' /C calc'!A0,-1"
    ]);
    const script = "import csv, json, sys\nprint(json.dumps(list(csv.reader(sys.stdin))))";
    const rows = JSON.parse(execFileSync("python3", ["-c", script], { input: csv, encoding: "utf8" })) as string[][];
    expect(rows.slice(1)).toEqual(names.map((name, i) => [name, String(-0.25 * i || 0)]));
  });
});
