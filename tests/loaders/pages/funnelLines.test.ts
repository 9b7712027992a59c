import { describe, expect, it } from "vitest";
import { proportionFunnelLines, ratioLimits, sizeGrid } from "../../../loaders/pages/funnelLines.ts";
import { funnelLimits } from "../../../loaders/stats/index.ts";

describe("ratioLimits", () => {
  it(
    "matches FunnelPlotR's expected exact Poisson limits " + "(test-poisson_limits.R, quoted in the reference README)",
    () => {
      const expected: [number, number, number, number, number][] = [
        // E, ll95, ul95, ll99.8, ul99.8 (FunnelPlotR prints 7 significant digits)
        [15, 0.5596924, 1.649348, 0.386265, 2.082907],
        [20, 0.610826, 1.544419, 0.4479107, 1.902094],
        [30, 0.6746958, 1.427562, 0.5289724, 1.702771]
      ];
      for (const [e, l95, u95, l998, u998] of expected) {
        const a = ratioLimits(e, 0.95);
        const b = ratioLimits(e, 0.998);
        expect(a.lower).toBeCloseTo(l95, 6);
        expect(a.upper).toBeCloseTo(u95, 5);
        expect(b.lower).toBeCloseTo(l998, 6);
        expect(b.upper).toBeCloseTo(u998, 5);
      }
    }
  );
});

describe("proportionFunnelLines", () => {
  it("uses the exact binomial limits when there is no overdispersion", () => {
    const lines = proportionFunnelLines({ center: 0.3, adjustment: "none", phi: null, tau2: null }, 200);
    const at100 =
      lines.find((l) => l.n === 100) ?? lines.reduce((a, b) => (Math.abs(b.n - 100) < Math.abs(a.n - 100) ? b : a));
    expect(at100.lower95).toBe(funnelLimits(0.3, at100.n).lower);
    expect(at100.upper998).toBe(funnelLimits(0.3, at100.n, { level: 0.998 }).upper);
  });
  it("widens the limits by τ² (additive) or √φ (multiplicative)", () => {
    const plain = Math.sqrt(0.25 / 100 + 0.01);
    const additive = proportionFunnelLines({ center: 0.5, adjustment: "additive", phi: 2, tau2: 0.01 }, 100).at(-1)!;
    expect(additive.n).toBe(100);
    expect(additive.upper95).toBeCloseTo(0.5 + 1.959963984540054 * plain, 12);
    const multiplicative = proportionFunnelLines(
      { center: 0.5, adjustment: "multiplicative", phi: 4, tau2: null },
      100
    ).at(-1)!;
    expect(multiplicative.lower998).toBeCloseTo(0.5 - 3.090232306167813 * 2 * 0.05, 12);
  });
  it("draws nothing around a centre of 0 or 1", () => {
    expect(proportionFunnelLines({ center: 0, adjustment: "none", phi: null, tau2: null }, 100)).toEqual([]);
  });
});

describe("sizeGrid", () => {
  it("runs from 1 to the maximum without repeats", () => {
    const grid = sizeGrid(1000);
    expect(grid[0]).toBe(1);
    expect(grid.at(-1)).toBe(1000);
    expect(new Set(grid).size).toBe(grid.length);
  });
});
