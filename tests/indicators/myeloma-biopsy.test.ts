/** Funnel flags on a case with a known outlier, with and without the overdispersion adjustment. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// 40 myeloma patients per diagnosing hospital in 2019; histology is the basis for 35 of 40 at four
// hospitals (0.875) and for 10 of 40 at hb1b (0.25): national p0 = (4·35 + 10)/200 = 0.75.
const b = new ExtractBuilder();
for (const [unit, biopsies] of [
  ["ha1a", 35],
  ["ha1b", 35],
  ["ha2", 35],
  ["hb1a", 35],
  ["hb1b", 10]
] as const) {
  b.many(
    40,
    `${unit}-`,
    { registry: "lymphoid", histology: "myeloma", diagnosisDate: "2019-05-01", diagnosingUnit: unit },
    (i) => ({
      basis: i < biopsies ? "histology" : "cytology"
    })
  );
}

describe("myeloma-biopsy funnel (hand-computed)", () => {
  let r: FixtureResults;
  beforeAll(async () => {
    r = await computeFixture(b, ["myeloma-biopsy"]);
  });
  afterAll(() => r.cleanup());
  const row = (unit_id: string) => pick(r.rows, { indicator: "myeloma-biopsy", period: "2019", unit_id });

  it("gives z against the national value", () => {
    // s = √(0.75·0.25/40) = 0.0684653; z = (0.875 − 0.75)/s = 1.825742; hb1b (0.25 − 0.75)/s = −7.302967.
    expect(row("nation").value).toBe(0.75);
    expect(row("ha1a").z).toBeCloseTo(1.825742, 5);
    expect(row("hb1b").z).toBeCloseTo(-7.302967, 5);
    expect(row("nation").z).toBeNull();
  });

  it("adjusts for overdispersion (φ > 1) additively at the hospital level", () => {
    // Winsorised at the 10 %/90 % quantiles (type 7) of z = (a, a, a, a, −4a), a = 1.825742: q10 = −4a + 0.4·5a
    // = −2a, q90 = a. φ = (4a² + (2a)²)/5 = 8a²/5 = 16/3 (a² = 10/3).
    // τ² = (5φ − 4)/(Σw − Σw²/Σw), w = 40/0.1875 = 213.333: (80/3 − 4)/(1066.667 − 213.333) = 0.0265625.
    const hb = row("hb1b");
    expect(hb.funnel_adjustment).toBe("additive");
    expect(hb.phi).toBeCloseTo(16 / 3, 8);
    expect(hb.tau2).toBeCloseTo(0.0265625, 8);
    // z_adjusted = (p − p0)/√(s² + τ²) = −0.5/√(0.0046875 + 0.0265625) = −0.5/√0.03125 = −2.828427: alert, not alarm.
    expect(hb.z_adjusted).toBeCloseTo(-2.828427, 5);
    expect(hb.flag).toBe("alert-low");
    // The others: 0.125/√0.03125 = 0.707107: no flag.
    expect(row("ha1a").z_adjusted).toBeCloseTo(0.707107, 5);
    expect(row("ha1a").flag).toBeNull();
  });

  it("uses exact binomial limits without adjustment where there are too few units to estimate φ", () => {
    // Trusts: ta1 70/80, ta2 35/40, tb1 45/80 — three units, under the five needed for φ.
    const tb1 = row("tb1");
    expect(tb1.funnel_adjustment).toBe("none");
    expect(tb1.phi).toBeNull();
    expect(tb1.z_adjusted).toBeNull();
    // 45/80 = 0.5625 against 0.75 with n = 80: z = −0.1875/√(0.1875/80) = −3.872983, far outside the 99.8 % exact
    // limits.
    expect(tb1.z).toBeCloseTo(-3.872983, 5);
    expect(tb1.flag).toBe("alarm-low");
    // ta1 = 70/80 = 0.875: z = 2.581989; beyond the 95 % exact upper limit but not the 99.8 % one.
    expect(row("ta1").flag).toBe("alert-high");
  });

  it("classifies against the strict target > 90 %", () => {
    expect(row("ha1a").level).toBe("low"); // 0.875, no moderate band
  });
});

describe("myeloma-biopsy funnel without overdispersion adjustment", () => {
  let r: FixtureResults;
  beforeAll(async () => {
    r = await computeFixture(b, ["myeloma-biopsy"], { engine: { overdispersion: "none" } });
  });
  afterAll(() => r.cleanup());

  it("flags the outlier as an alarm against the exact binomial limits", () => {
    const hb = pick(r.rows, { indicator: "myeloma-biopsy", period: "2019", unit_id: "hb1b" });
    expect(hb.funnel_adjustment).toBe("none");
    expect(hb.flag).toBe("alarm-low");
  });
});
