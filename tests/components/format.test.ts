import { describe, expect, it } from "vitest";
import {
  axisFormat,
  formatChange,
  formatCount,
  formatInterval,
  formatValue,
  numberTicks
} from "../../src/components/format.ts";

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
    expect(formatInterval(0.1, 0.25, ".0%", "en")).toBe("10–25%");
    expect(formatInterval(0.351, 0.384, ".0%", "nb")).toBe("35–38\u00a0%");
    expect(formatInterval(2.5, 3.25, ".1f", "nb")).toBe("2,5–3,3");
    expect(formatChange(0.034, ".0%", "nb")).toBe("+3,4 prosentpoeng");
    expect(formatChange(-0.034, ".0%", "en")).toBe("\u22123.4 percentage points");
    expect(formatChange(2, ".0f", "en")).toBe("+2");
  });
});

describe("axis tick labels", () => {
  it("give small proportions the decimals their ticks need, in the reader's language", () => {
    const nb = axisFormat(".1%", [0, 0.05], "nb");
    expect([0.005, 0.01, 0.015].map(nb)).toEqual(["0,5\u00a0%", "1,0\u00a0%", "1,5\u00a0%"]);
    expect(axisFormat(".1%", [0, 1], "nb")(0.3)).toBe("30\u00a0%");
    expect(axisFormat(".0f", [0, 400], "en")(1500)).toBe("1,500");
  });
  it("format counts and plain numbers with the language's separators", () => {
    expect([1000, 0.5].map(numberTicks("nb"))).toEqual(["1\u00a0000", "0,5"]);
    expect([1000, 0.5].map(numberTicks("en"))).toEqual(["1,000", "0.5"]);
  });
});

describe("formatChange of nothing", () => {
  it("has no sign once rounded", () => {
    expect(formatChange(-0.3, ".0f", "nb")).toBe("0");
    expect(formatChange(-0.0004, ".0%", "nb")).toBe("0,0 prosentpoeng");
    expect(formatChange(-1.3, ".0f", "nb")).toBe("\u22121");
    expect(formatChange(0.012, ".0%", "en")).toBe("+1.2 percentage points");
    expect(formatChange(0.001, ".0%", "nb")).toBe("+0,1 prosentpoeng");
  });
});
