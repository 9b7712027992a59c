import { describe, expect, it } from "vitest";
import { period, periodsFor, previousPeriod, versionFor } from "../../../loaders/engine/periods.ts";

describe("periods", () => {
  it("lists calendar years and complete rolling three-year windows", () => {
    expect(periodsFor("year", 2021, 2023).map((p) => p.label)).toEqual(["2021", "2022", "2023"]);
    expect(periodsFor("rolling-3-years", 2019, 2023)).toEqual([
      { label: "2019–2021", start: 2019, end: 2021 },
      { label: "2020–2022", start: 2020, end: 2022 },
      { label: "2021–2023", start: 2021, end: 2023 }
    ]);
    expect(periodsFor("rolling-3-years", 2022, 2023)).toEqual([]);
    expect(() => periodsFor("year", 2023, 2021)).toThrow(RangeError);
  });

  it("steps back one year for the previous period", () => {
    expect(previousPeriod(period(2021, 2023))).toEqual({ label: "2020–2022", start: 2020, end: 2022 });
    expect(previousPeriod(period(2023, 2023)).label).toBe("2022");
  });

  it("picks the version whose years contain the period's last year", () => {
    const versions = [
      { version: 1, validFrom: 2014, validTo: 2019 },
      { version: 2, validFrom: 2020, validTo: null }
    ];
    expect(versionFor(versions, period(2019, 2019))?.version).toBe(1);
    expect(versionFor(versions, period(2020, 2020))?.version).toBe(2);
    // A window 2018–2020 ends in 2020: version 2.
    expect(versionFor(versions, period(2018, 2020))?.version).toBe(2);
    expect(versionFor(versions, period(2013, 2013))).toBeUndefined();
  });
});
