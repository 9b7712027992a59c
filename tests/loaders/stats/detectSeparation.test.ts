import { describe, expect, it } from "vitest";
import { detectSeparation } from "../../../loaders/stats/detectSeparation.ts";
import { caseMixCovariates, caseMixDatasets } from "../../support/caseMixFixtures.ts";

// docs/methods.md#case-mix-separation: Konis's linear program decides whether the MLE exists; hand-checkable
// cases (Albert & Anderson 1984's definitions) and the demo's case-mix windows.
describe("detectSeparation", () => {
  it("finds complete separation and the directions of divergence", async () => {
    // y = 1 exactly when x ≥ 2: β = (−1.5, 1)·c separates for any c > 0.
    const check = await detectSeparation([[0], [1], [2], [3]], [0, 0, 1, 1]);
    expect(check.separated).toBe(true);
    expect(check.infinite).toEqual([-1, 1]);
  });

  it("finds quasi-complete separation (ties on the boundary)", async () => {
    // x = 1 rows have both outcomes, x = 0 rows only 0: the coefficient of x goes to +∞.
    const check = await detectSeparation([[0], [0], [0], [1], [1], [1]], [0, 0, 0, 0, 1, 1]);
    expect(check).toEqual({ separated: true, infinite: [-1, 1] });
  });

  it("finds none where both outcomes occur at every value (the MLE exists)", async () => {
    expect(await detectSeparation([[0], [1], [2], [3]], [0, 1, 0, 1])).toEqual({ separated: false, infinite: [0, 0] });
    // Two binary covariates, both outcomes in each of the four cells.
    const cells = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1]
    ];
    const X = [...cells, ...cells];
    expect(await detectSeparation(X, [0, 0, 0, 0, 1, 1, 1, 1])).toEqual({ separated: false, infinite: [0, 0, 0] });
    // A third covariate that is 1 for one row without the event only: its coefficient alone goes to −∞.
    const withRare = X.map((row, i) => [...row, i === 0 ? 1 : 0]);
    expect(await detectSeparation(withRare, [0, 0, 0, 0, 1, 1, 1, 1])).toEqual({
      separated: true,
      infinite: [0, 0, 0, -1]
    });
  });

  const datasets = caseMixDatasets();
  const design = (name: string) => {
    const rows = datasets.get(name)!;
    return { X: rows.map((r) => caseMixCovariates.map((c) => r.covariates[c])), y: rows.map((r) => r.event) };
  };
  // Columns: intercept, age, asa, asa_unknown, female, stage, stage_unknown.
  const onlyStageUnknown = [0, 0, 0, 0, 0, 0, -1];
  for (const [name, expected] of [
    ["lung-30-day-mortality 2014–2016", onlyStageUnknown], // 0 deaths among 10 of unknown stage
    ["lung-30-day-mortality 2020–2022", onlyStageUnknown], // 0 of 11
    ["oesophagus-stomach-60-day-mortality 2014–2016 crafted", onlyStageUnknown], // 0 of 49
    ["oesophagus-stomach-60-day-mortality 2014–2016", null], // 4 of 49
    ["oesophagus-stomach-60-day-mortality 2015–2017", null] // 3 of 54
  ] as const) {
    it(`demo, ${name}: ${expected ? "separated by stage_unknown" : "not separated"}`, async () => {
      const { X, y } = design(name);
      const check = await detectSeparation(X, y);
      expect(check.separated).toBe(expected !== null);
      expect(check.infinite).toEqual(expected ?? [0, 0, 0, 0, 0, 0, 0]);
    });
  }

  it("does not depend on group sizes: the pattern ten times over, or a group of 2, gives the same answer", async () => {
    const { X, y } = design("lung-30-day-mortality 2014–2016");
    const tenfold = await detectSeparation(
      Array.from({ length: 10 }, () => X).flat(),
      Array.from({ length: 10 }, () => y).flat()
    );
    expect(tenfold.infinite).toEqual(onlyStageUnknown);
    // Keep only two of the unknown-stage patients.
    const unknown = X.flatMap((row, i) => (row[5] === 1 ? [i] : []));
    const keep = X.map((_, i) => !unknown.slice(2).includes(i));
    const two = await detectSeparation(
      X.filter((_, i) => keep[i]),
      y.filter((_, i) => keep[i])
    );
    expect(two.infinite).toEqual(onlyStageUnknown);
  });

  it("throws on invalid input, naming the function", async () => {
    await expect(detectSeparation([], [])).rejects.toThrow(new RangeError("detectSeparation: X has no rows"));
    await expect(detectSeparation([[1], [2], [3]], [0, 1])).rejects.toThrow(/^detectSeparation: X has 3 rows/);
    await expect(detectSeparation([[1], [2], [3]], [0, 2, 1])).rejects.toThrow(RangeError);
    await expect(detectSeparation([[1], [NaN], [3]], [0, 1, 1])).rejects.toThrow(RangeError);
    await expect(detectSeparation("X" as never, [0])).rejects.toThrow(TypeError);
  });
});
