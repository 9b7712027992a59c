import { describe, expect, it } from "vitest";
import { daysSince1960 } from "../../../loaders/stats/daysSince1960.ts";
import { readCsv } from "../../support/readCsv.ts";

describe("daysSince1960", () => {
  it("matches relsurv's rdata$year (R date, days since 1960-01-01) for all 1040 rows", () => {
    const rows = readCsv(new URL("../../fixtures/reference/relsurv_rdata.csv", import.meta.url));
    expect(rows.length).toBe(1040);
    for (const row of rows) expect(daysSince1960("f", "date", row.year_date)).toBe(Number(row.year_days_since_1960));
  });

  it("agrees with Date.UTC over 1800–2199, leap days included", () => {
    const epoch = Date.UTC(1960, 0, 1);
    for (let t = Date.UTC(1800, 0, 1); t < Date.UTC(2200, 0, 1); t += 86_400_000 * 7) {
      expect(daysSince1960("f", "date", new Date(t).toISOString().slice(0, 10))).toBe((t - epoch) / 86_400_000);
    }
    expect(daysSince1960("f", "date", "1960-01-01")).toBe(0);
    expect(daysSince1960("f", "date", "2000-02-29")).toBe(14669);
    expect(daysSince1960("f", "date", "1959-12-31")).toBe(-1);
  });

  it("throws on anything but a real YYYY-MM-DD date, naming the caller", () => {
    expect(() => daysSince1960("caller", "data[3].date", "2001-02-29")).toThrow(
      new RangeError('caller: data[3].date must be a date "YYYY-MM-DD", got "2001-02-29"')
    );
    for (const bad of [
      "1900-02-29",
      "2020-13-01",
      "2020-00-10",
      "2020-04-31",
      "2020-1-1",
      "20200101",
      "2020-01-01T00:00",
      ""
    ]) {
      expect(() => daysSince1960("f", "d", bad)).toThrow(RangeError);
    }
    expect(() => daysSince1960("f", "d", 8210)).toThrow(TypeError);
    expect(() => daysSince1960("f", "d", new Date())).toThrow(TypeError);
  });
});
