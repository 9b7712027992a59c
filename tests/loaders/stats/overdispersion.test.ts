import { describe, expect, it } from "vitest";
import { overdispersion } from "../../../loaders/stats/overdispersion.ts";
import { num, readCsv } from "../../support/readCsv.ts";
import { maxRelativeError } from "../../support/relativeError.ts";

// docs/methods.md#overdispersion: φ (winsorised), τ² and adjusted z against funnel_od_units.csv and
// funnel_od_summary.csv.

// funnel_od_units.csv / funnel_od_summary.csv, method "normal" (proportion scale): 12 made-up units,
// target p0 = Σx/Σn, values from the FunnelPlotR 0.6.0 formulas (tau_func) cross-checked in numpy.
const units = readCsv(new URL("../../fixtures/reference/funnel_od_units.csv", import.meta.url)).filter(
  (r) => r.method === "normal"
);
const summary = readCsv(new URL("../../fixtures/reference/funnel_od_summary.csv", import.meta.url)).find(
  (r) => r.method === "normal"
)!;
const p0 = num(summary.p0);
const od = overdispersion(
  units.map((r) => ({ x: num(r.x), n: num(r.n) })),
  p0
);

describe("overdispersion", () => {
  it("matches φ (winsorised at 10%/90%) and τ² of funnel_od_summary.csv", () => {
    // Achieved relative error: φ 0, τ² 2.2e-16.
    expect(od.phi / num(summary.phi)).toBeCloseTo(1, 14);
    expect(od.tau2 / num(summary.tau2)).toBeCloseTo(1, 14);
    // without winsorising, φ is the plain mean of z²
    expect(
      overdispersion(
        units.map((r) => ({ x: num(r.x), n: num(r.n) })),
        p0,
        { winsorize: 0 }
      ).phi / num(summary.phi_unwinsorised)
    ).toBeCloseTo(1, 14);
  });
  it("matches z, z/√φ and the additive z of every unit", () => {
    // Achieved max relative error: z 0, zMultiplicative 0, zAdditive 2.3e-16.
    const column = (values: number[], name: string) =>
      maxRelativeError(values.map((v, i) => [v, num(units[i][name])] as const)).error;
    expect(column(od.z, "z")).toBeLessThan(1e-14);
    expect(column(od.zMultiplicative, "z_adj_multiplicative")).toBeLessThan(1e-14);
    expect(column(od.zAdditive, "z_adj_additive")).toBeLessThan(1e-14);
  });
  it("gives the multiplicative and additive limits of the reference from φ and τ²", () => {
    // p0 ± z·√φ·s and p0 ± z·√(s² + τ²) (the engine draws these)
    const z95 = 1.959963984540054;
    const pairs = units.flatMap((r) => {
      const s2 = (p0 * (1 - p0)) / num(r.n);
      return [
        [p0 - z95 * Math.sqrt(od.phi * s2), num(r.mult_ll95)],
        [p0 + z95 * Math.sqrt(od.phi * s2), num(r.mult_ul95)],
        [p0 - z95 * Math.sqrt(s2 + od.tau2), num(r.add_ll95)],
        [p0 + z95 * Math.sqrt(s2 + od.tau2), num(r.add_ul95)]
      ] as const;
    });
    expect(maxRelativeError(pairs).error).toBeLessThan(1e-13);
  });
  it("sets τ² to 0 when I·φ < I − 1 and keeps z/√φ as written when φ < 1", () => {
    // Units exactly at target but one: z = (0, …, 0, small) → φ tiny, τ² = 0.
    const calm = overdispersion(
      [
        { x: 50, n: 100 },
        { x: 50, n: 100 },
        { x: 51, n: 100 }
      ],
      0.5,
      { winsorize: 0 }
    );
    expect(calm.phi).toBeCloseTo(0.04 / 3, 14); // z = 0.2 for the last unit: s = √(0.25/100) = 0.05
    expect(calm.tau2).toBe(0);
    expect(calm.zMultiplicative[2]).toBeCloseTo(0.2 / Math.sqrt(0.04 / 3), 13);
    expect(calm.zAdditive[2]).toBeCloseTo(0.2, 14);
  });
  it("does not modify its input and keeps the order of the units", () => {
    const input = [
      { x: 3, n: 10 },
      { x: 1, n: 10 }
    ];
    const frozen = JSON.stringify(input);
    const result = overdispersion(input, 0.2);
    expect(JSON.stringify(input)).toBe(frozen);
    expect(result.z[0]).toBeGreaterThan(result.z[1]);
  });
  it("throws on bad units, targets and winsorising fractions", () => {
    const ok = [
      { x: 3, n: 10 },
      { x: 1, n: 10 }
    ];
    const bad: [unknown, number, object | undefined, ErrorConstructor][] = [
      [[], 0.2, undefined, RangeError],
      [[{ x: 1, n: 10 }], 0.2, undefined, RangeError],
      [
        [
          { x: 11, n: 10 },
          { x: 1, n: 10 }
        ],
        0.2,
        undefined,
        RangeError
      ],
      [
        [
          { x: -1, n: 10 },
          { x: 1, n: 10 }
        ],
        0.2,
        undefined,
        RangeError
      ],
      [
        [
          { x: 1.5, n: 10 },
          { x: 1, n: 10 }
        ],
        0.2,
        undefined,
        RangeError
      ],
      [
        [
          { x: 0, n: 0 },
          { x: 1, n: 10 }
        ],
        0.2,
        undefined,
        RangeError
      ],
      [
        [
          { x: Number.NaN, n: 10 },
          { x: 1, n: 10 }
        ],
        0.2,
        undefined,
        RangeError
      ],
      [[null, { x: 1, n: 10 }], 0.2, undefined, TypeError],
      ["units", 0.2, undefined, TypeError],
      [ok, 0, undefined, RangeError],
      [ok, 1, undefined, RangeError],
      [ok, Number.NaN, undefined, RangeError],
      [ok, 0.2, { winsorize: 0.5 }, RangeError],
      [ok, 0.2, { winsorize: -0.1 }, RangeError]
    ];
    for (const [u, p, options, type] of bad) {
      expect(() => overdispersion(u as never, p, options), JSON.stringify([u, p, options])).toThrow(type);
      expect(() => overdispersion(u as never, p, options)).toThrow(/^overdispersion: /);
    }
  });
});
