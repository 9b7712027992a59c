import { describe, expect, it } from "vitest";
import { cutCurves } from "../../../loaders/pages/siteData.ts";
import type { CurveRow } from "../../../loaders/output/resultTables.ts";

const point = (unit_id: string, unit_level: CurveRow["unit_level"], time: number, n_risk: number): CurveRow => ({
  indicator: "x",
  context: "residence",
  unit_id,
  unit_level,
  period: "2018–2020",
  group: null,
  time,
  estimate: 0.5,
  lower: 0.4,
  upper: 0.6,
  n_risk,
  suppressed: false
});

describe("cutCurves", () => {
  it("ends a whole level where any of its units has fewer than the minimum at risk", () => {
    // Region R2 falls to 4 at risk at day 300: every region's points from day 300 go (else nation − R1
    // would give R2's 4); the nation, still at 25, keeps its curve.
    const curves = [
      ...[
        [0, 40],
        [100, 30],
        [300, 21]
      ].map(([t, n]) => point("R1", "region", t, n)),
      ...[
        [0, 10],
        [100, 7],
        [300, 4]
      ].map(([t, n]) => point("R2", "region", t, n)),
      ...[
        [0, 50],
        [100, 37],
        [300, 25]
      ].map(([t, n]) => point("nation", "nation", t, n))
    ];
    const kept = cutCurves(curves, () => 5).map((c) => `${c.unit_id}@${c.time}`);
    expect(kept).toEqual(["R1@0", "R1@100", "R2@0", "R2@100", "nation@0", "nation@100", "nation@300"]);
  });
});
