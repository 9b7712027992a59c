import { describe, expect, it } from "vitest";
import type { ResultRow } from "../../../loaders/output/resultTables.ts";
import type { SiteData } from "../../../loaders/pages/siteData.ts";
import { unitPage } from "../../../loaders/pages/slices/unitPage.ts";
import { meta, row } from "../../fixtures/pages/siteData.ts";

const years = [2019, 2020, 2021, 2022, 2023];

/** The nation and OUS for every year; 2023 preliminary; the overrides pick rows by unit and year. */
function rows(overrides: (unit: string, year: number) => Partial<ResultRow> = () => ({})): ResultRow[] {
  return years.flatMap((year) =>
    ["nation", "ous"].map((unit) =>
      row({
        period: String(year),
        period_start: year,
        period_end: year,
        unit_id: unit,
        unit_level: unit === "nation" ? "nation" : "trust",
        unit_name: unit === "nation" ? "Norge" : "Oslo universitetssykehus HF",
        preliminary: year === 2023,
        ...overrides(unit, year)
      })
    )
  );
}

function site(results: ResultRow[]): SiteData {
  return {
    audience: "public",
    resultsDir: "/nowhere",
    curves: [],
    funnels: [],
    units: [{ id: "ous", name: "Oslo universitetssykehus HF", short_name: "OUS", level: "trust", parent_id: "sorost" }],
    catalogue: { "lung-a": meta({ id: "lung-a", registry: "lung" }) },
    rows: results,
    manifest: {} as never,
    disclosure: null
  };
}

const period = (results: ResultRow[]) => unitPage(site(results), "ous").indicators[0].period;

describe("unitPage", () => {
  it("shows first the latest confirmed period, not a preliminary one", () => {
    expect(period(rows())).toBe("2022");
  });

  it("skips a period whose national result is hidden or missing", () => {
    expect(period(rows((unit, year) => (unit === "nation" && year === 2022 ? { value: null } : {})))).toBe("2021");
  });

  it("keeps a confirmed period where the unit's own result is hidden (the page says why)", () => {
    const hidden = rows((unit, year) => (unit === "ous" && year === 2022 ? { value: null, suppressed: true } : {}));
    expect(period(hidden)).toBe("2022");
  });

  it("falls back to the unit's latest period when no period is confirmed", () => {
    expect(period(rows(() => ({ preliminary: true })))).toBe("2023");
    // Rows out of order: the latest by period, not the last in the file.
    expect(period(rows(() => ({ preliminary: true })).reverse())).toBe("2023");
  });

  it("only considers periods the unit has rows for", () => {
    const withoutOus2022 = rows().filter((r) => !(r.unit_id === "ous" && r.period === "2022"));
    expect(period(withoutOus2022)).toBe("2021");
  });
});
