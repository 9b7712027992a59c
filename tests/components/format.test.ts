import { describe, expect, it } from "vitest";
import { formatChange, formatCount, formatInterval, formatValue } from "../../src/components/format.ts";

describe("formatValue", () => {
  it("uses Norwegian conventions in bokmål", () => {
    expect(formatValue(0.3567, ".1%", "nb")).toBe("35,7\u00a0%");
    expect(formatValue(12345, ",d", "nb")).toBe("12\u00a0345");
    expect(formatValue(-0.5, ".1f", "nb")).toBe("\u22120,5");
  });
  it("uses English conventions in English", () => {
    expect(formatValue(0.3567, ".1%", "en")).toBe("35.7%");
    expect(formatCount(12345, "en")).toBe("12,345");
  });
  it("shows missing values as a dash", () => {
    expect(formatValue(null, ".0%", "nb")).toBe("–");
    expect(formatValue(Number.NaN, ".0%", "en")).toBe("–");
    expect(formatInterval(0.1, null, ".0%", "en")).toBe("–");
  });
  it("formats intervals and changes", () => {
    expect(formatInterval(0.1, 0.25, ".0%", "en")).toBe("10%–25%");
    expect(formatChange(0.034, ".0%", "nb")).toBe("+3,4 prosentpoeng");
    expect(formatChange(-0.034, ".0%", "en")).toBe("\u22123.4 percentage points");
    expect(formatChange(2, ".0f", "en")).toBe("+2");
  });
});
