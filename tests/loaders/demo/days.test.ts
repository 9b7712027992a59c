import { describe, expect, it } from "vitest";
import { day, iso, parseIso, yearOf } from "../../../loaders/demo/days.ts";

describe("demo day numbers", () => {
  it("agree with the JavaScript calendar from 1900 to 2040", () => {
    for (let d = day(1900, 1, 1); d <= day(2040, 12, 31); d += 37) {
      expect(iso(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
      expect(parseIso(iso(d))).toBe(d);
    }
  });

  it("handle leap days, the epoch and dates outside the cache", () => {
    expect(day(1970, 1, 1)).toBe(0);
    expect(iso(day(2020, 2, 29))).toBe("2020-02-29");
    expect(iso(day(2100, 3, 1) - 1)).toBe("2100-02-28");
    expect(iso(day(1850, 6, 15))).toBe("1850-06-15");
    expect(yearOf(day(2023, 12, 31))).toBe(2023);
  });
});
