// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { reasonRows, tableRows } from "../../src/components/dataQuality.ts";
import type { DataQualityPageData } from "../../src/components/types.ts";

const refs = (n: number) => Array.from({ length: n }, (_, i) => `tumours.csv:${i + 2}`);

const report = {
  tables: {
    tumours: {
      table: "tumours",
      file: "tumours.csv",
      format: "csv",
      rows_read: 120,
      rows_used: 108,
      rows_excluded: 12,
      blank_lines: 0,
      excluded: [{ reason: "bad-date", title: "Invalid date", count: 12, rows: refs(12) }],
      flagged: [
        { reason: "late", title: "Reported late", count: 3, rows: refs(3) },
        { reason: "odd", title: "Unusual stage", count: 2, rows: refs(2) }
      ]
    }
  }
} as unknown as DataQualityPageData;

describe("data-quality page", () => {
  it("lists each reason with its first ten row references, and says when there are more", () => {
    const [excluded, late] = reasonRows(report, "en");
    expect(excluded).toMatchObject({ table: "tumours", kind: "excluded", reason: "Invalid date", count: 12 });
    expect(excluded.rows.split(", ")).toHaveLength(10);
    expect(excluded.rows.endsWith("tumours.csv:11 …")).toBe(true);
    expect(late).toMatchObject({ kind: "warning", rows: "tumours.csv:2, tumours.csv:3, tumours.csv:4" });
    expect(reasonRows(report, "nb")[0].kind).toBe("utelatt");
  });

  it("counts every warned row of a table once per kind", () => {
    const [table] = tableRows(report, "en");
    const cells = [...table.querySelectorAll("tbody td")].map((td) => td.textContent);
    expect(cells).toEqual(["tumours", "tumours.csv", "120", "108", "12", "5"]);
  });
});
