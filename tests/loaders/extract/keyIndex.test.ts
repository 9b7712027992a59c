import { describe, expect, test } from "vitest";
import { KeyIndex, grow } from "../../../loaders/extract/keyIndex.ts";
import { completedYears, dayNumber, formatDay, parseIsoDate } from "../../../loaders/extract/dates.ts";

describe("KeyIndex", () => {
  test("dense indices, duplicates found, through many rehashes", () => {
    const index = new KeyIndex();
    let dense = true;
    for (let i = 0; i < 100_000; i++) dense &&= index.add(`T${i}`) === i;
    expect(dense).toBe(true);
    expect(index.size).toBe(100_000);
    expect(index.add("T123")).toBe(-124);
    expect(index.get("T99999")).toBe(99_999);
    expect(index.get("T100000")).toBe(-1);
    expect(index.key(4242)).toBe("T4242");
    expect(index.get("")).toBe(-1);
    expect(index.add("")).toBe(100_000);
    expect(index.get("")).toBe(100_000);
  });

  test("throws for characters beyond Latin-1", () => {
    expect(() => new KeyIndex().add("Ω")).toThrow(
      new RangeError(`KeyIndex.add: key "Ω" has a character beyond Latin-1`)
    );
  });

  test("grow keeps the contents", () => {
    const grown = grow(Int32Array.of(1, 2, 3), 5);
    expect([...grown]).toEqual([1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("dates", () => {
  test("day numbers match JavaScript's UTC dates", () => {
    for (const iso of ["1900-01-01", "1970-01-01", "2000-02-29", "2023-12-31", "2100-03-01"]) {
      const parsed = parseIsoDate(iso);
      expect(parsed.ok && parsed.day).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      expect(formatDay(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)).toBe(iso);
    }
  });

  test("leap years and ages", () => {
    expect(parseIsoDate("1900-02-29")).toEqual({
      ok: false,
      reason: "impossible",
      message: "1900-02-29 does not exist (February 1900 has 28 days)"
    });
    expect(parseIsoDate("2024-2-01")).toEqual({ ok: false, reason: "shape", message: "" });
    expect(completedYears(dayNumber(2006, 3, 1), dayNumber(2024, 2, 29))).toBe(17);
    expect(completedYears(dayNumber(2006, 3, 1), dayNumber(2024, 3, 1))).toBe(18);
  });
});

describe("isoDay", () => {
  test("agrees with parseIsoDate on every day of 1899–2101 and on malformed texts", async () => {
    const { isoDay } = await import("../../../loaders/extract/dates.ts");
    let agree = true;
    for (let day = dayNumber(1899, 1, 1); day <= dayNumber(2101, 12, 31); day++)
      agree &&= isoDay(formatDay(day)) === day;
    expect(agree).toBe(true);
    for (const text of [
      "2023-02-29",
      "2023-13-01",
      "2023-00-10",
      "2023-01-00",
      "2023-1-010",
      "2O23-01-01",
      "2023/01/01",
      "20230101",
      "",
      "2023-01-3a",
      "2023-01-0/"
    ]) {
      expect(isoDay(text), text).toBeNaN();
      expect(parseIsoDate(text).ok, text).toBe(false);
    }
  });
});
