/** Coverage by hand: counted like a proportion, never adjusted, and the type that flags low coverage. */
import { describe, expect, it } from "vitest";
import { coverage } from "../../../../loaders/engine/measures/coverage.ts";
import {
  baseDefinition,
  filledColumns,
  runMeasure,
  wilson,
  type CohortRow
} from "../../../fixtures/engine/measureFixture.ts";

// H1a: 4 of 5 tumours reported; H1b: 1 of 1; H2: 2 of 4.
const rows: CohortRow[] = [
  ...[true, true, true, true, false].map((reported) => ({ hospital: "H1a" as const, reported })),
  { hospital: "H1b", reported: true },
  ...[true, false, true, false].map((reported) => ({ hospital: "H2" as const, reported }))
];

describe("coverage", () => {
  it("counts reported tumours at every level, with the Wilson interval", async () => {
    const r = await runMeasure({ ...baseDefinition, type: "coverage" as const, event: "reported" }, rows);
    expect(r.cell("H1a")).toMatchObject({ numerator: 4, denominator: 5, value: 0.8, caseMix: null });
    expect(r.cell("T1")).toMatchObject({ numerator: 5, denominator: 6 });
    expect(r.cell("nation")).toMatchObject({ numerator: 7, denominator: 10, value: 0.7 });
    expect(r.cell("H2").lower).toBeCloseTo(wilson(2, 4)[0], 12);
    expect(r.cell("H2").upper).toBeCloseTo(wilson(2, 4)[1], 12);
    expect(r.warnings).toEqual([]);
    expect(filledColumns(r.cells)).toEqual(coverage.columns);
  });

  it("is the type whose value flags other indicators' low coverage", () => {
    expect(coverage.measuresCoverage).toBe(true);
    expect(coverage.funnel).toBe("proportion");
    expect(coverage.additivity).toBe("counts");
  });
});
