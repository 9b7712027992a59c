import { describe, expect, it } from "vitest";
import { protectForPublication, suppressionPlan, type DisclosureRow } from "../../../loaders/output/disclosure.ts";
import { attack, type PublicRow } from "../../support/attacker.ts";

// docs/methods.md#disclosure: what the public build blanks, hides and cuts, checked by the attacker below.

const rules = () => ({ minDenominator: 5, additivity: "counts" as const });

type Row = PublicRow & { lower: number | null; upper: number | null; level: string | null };

/**
 * A hierarchy: nation ← region R1 (trusts T1, T2) and R2 (trust T3); T1 has hospitals H1, H2; T2 has H3; T3 has H4, H5,
 * H6.
 */
function cells(
  counts: Record<string, [number, number]>,
  { context = "treating", period = "2023", start = 2023, end = 2023 } = {}
): Row[] {
  const parent: Record<string, [string, DisclosureRow["unit_level"], string | null]> = {
    nation: ["nation", "nation", null],
    R1: ["R1", "region", null],
    R2: ["R2", "region", null],
    T1: ["T1", "trust", "R1"],
    T2: ["T2", "trust", "R1"],
    T3: ["T3", "trust", "R2"],
    H1: ["H1", "hospital", "T1"],
    H2: ["H2", "hospital", "T1"],
    H3: ["H3", "hospital", "T2"],
    H4: ["H4", "hospital", "T3"],
    H5: ["H5", "hospital", "T3"],
    H6: ["H6", "hospital", "T3"]
  };
  const all: Record<string, [number, number]> = { ...counts };
  const sum = (ids: string[]) =>
    ids.reduce<[number, number]>((s, id) => [s[0] + all[id][0], s[1] + all[id][1]], [0, 0]);
  all.T1 = sum(["H1", "H2"]);
  all.T2 = sum(["H3"]);
  all.T3 = sum(["H4", "H5", "H6"]);
  all.R1 = sum(["T1", "T2"]);
  all.R2 = sum(["T3"]);
  all.nation = sum(["R1", "R2"]);
  return Object.entries(all).map(([id, [numerator, denominator]]) => ({
    indicator: "x",
    period,
    period_start: start,
    period_end: end,
    context,
    unit_id: id,
    unit_level: parent[id][1],
    parent_id: parent[id][2],
    numerator,
    denominator,
    value: denominator > 0 ? numerator / denominator : null,
    lower: 0,
    upper: 1,
    level: "high",
    suppressed: false,
    suppression_reason: null,
    change: null,
    previous_value: null
  }));
}

describe("suppressionPlan", () => {
  it("hides units under the minimum and counts of 1–4 with or without the event", () => {
    const rows = cells({ H1: [10, 40], H2: [2, 3], H3: [3, 30], H4: [20, 22], H5: [10, 50], H6: [25, 50] });
    const plan = suppressionPlan(rows, rules);
    const reason = (id: string) => plan.get(rows.findIndex((r) => r.unit_id === id));
    expect(reason("H2")).toBe("min-denominator"); // N = 3
    expect(reason("H3")).toBe("small-count"); // 3 events
    expect(reason("H4")).toBe("small-count"); // 2 without the event
    // H4 is the one hidden child of T3, so its smaller sibling (H5, N = 50 ties with H6; by id) is hidden too.
    expect(reason("H5")).toBe("complementary");
    expect(reason("H6")).toBeUndefined();
  });

  it("hides a sibling so the parent minus the others does not give a hidden cell away", () => {
    // H2 (N = 3) is hidden; T1 = H1 + H2 is published, so H1 must go too.
    const rows = cells({ H1: [10, 40], H2: [1, 3], H3: [10, 30], H4: [10, 22], H5: [10, 50], H6: [25, 50] });
    const plan = suppressionPlan(rows, rules);
    expect(plan.get(rows.findIndex((r) => r.unit_id === "H1"))).toBe("complementary");
  });

  it("hides the parent of an only child that is hidden, and then the parent's sibling", () => {
    // T2's only hospital H3 is hidden (by the engine, as if for another reason) while its counts are large:
    // T2 equals H3, so T2 must be hidden, and then T1 so that R1 minus T1 does not give T2 away.
    const rows = cells({ H1: [10, 40], H2: [10, 30], H3: [10, 40], H4: [10, 22], H5: [10, 50], H6: [25, 50] }).map(
      (r) => (r.unit_id === "H3" ? { ...r, suppressed: true, suppression_reason: "complementary" as const } : r)
    );
    const plan = suppressionPlan(rows, rules);
    const reason = (id: string) => plan.get(rows.findIndex((r) => r.unit_id === id));
    expect(reason("T2")).toBe("complementary");
    expect(reason("T1")).toBe("complementary");
  });
});

describe("protectForPublication", () => {
  it("publishes no number for a hidden cell", () => {
    const rows = cells({ H1: [10, 40], H2: [2, 3], H3: [10, 30], H4: [10, 22], H5: [10, 50], H6: [25, 50] });
    const out = protectForPublication(rows, rules);
    const h2 = out.find((r) => r.unit_id === "H2") as Row;
    expect(h2).toMatchObject({
      numerator: null,
      denominator: null,
      value: null,
      lower: null,
      upper: null,
      level: null,
      suppressed: true,
      suppression_reason: "min-denominator"
    });
    expect(out.find((r) => r.unit_id === "H5")).toMatchObject({ numerator: 10, denominator: 50, suppressed: false });
  });

  it("hides the same unit in another context when it holds the same counts, and only then", () => {
    // H5 is hidden as H4's complement under treating; under operating H5 has the same counts (10/50).
    const treating = cells({ H1: [10, 40], H2: [20, 30], H3: [10, 30], H4: [2, 22], H5: [10, 50], H6: [25, 50] });
    const operating = cells(
      { H1: [10, 40], H2: [20, 30], H3: [10, 30], H4: [12, 22], H5: [10, 50], H6: [5, 15] },
      { context: "operating" }
    );
    const out = protectForPublication([...treating, ...operating], rules);
    const hidden = (id: string, context: string) =>
      out.find((r) => r.unit_id === id && r.context === context)?.suppressed;
    expect(hidden("H4", "treating")).toBe(true);
    expect(hidden("H5", "treating")).toBe(true);
    expect(hidden("H5", "operating")).toBe(true);
    // H5 is then the one hidden child of T3 under operating, so its smallest sibling (H6, N = 15) goes too;
    // H4's different counts under operating give nothing away and stay published.
    expect(hidden("H6", "operating")).toBe(true);
    expect(hidden("H4", "operating")).toBe(false);
    expect(hidden("H1", "operating")).toBe(false);
  });

  it("hides 1–4 events of a survival or recurrence indicator, but not 1–4 without the event", () => {
    const rows = cells({ H1: [3, 40], H2: [20, 22], H3: [10, 30], H4: [10, 22], H5: [10, 50], H6: [25, 50] });
    const plan = suppressionPlan(rows, () => ({ minDenominator: 5, additivity: "denominator" }));
    const reason = (id: string) => plan.get(rows.findIndex((r) => r.unit_id === id));
    expect(reason("H1")).toBe("small-count"); // 3 deaths or recurrences
    expect(reason("H2")).toBe("complementary"); // published, 20 of 22 would be kept, but it is H1's only sibling
    expect(reason("H4")).toBeUndefined(); // 12 without the event: censored included, not a count of patients
  });

  it("removes the national value and what is measured against it where the nation's cell is hidden", () => {
    // Nationally 3 events in 222: the nation is hidden, and so must be its value on every other row.
    const rows = cells({ H1: [0, 40], H2: [0, 30], H3: [1, 30], H4: [1, 22], H5: [1, 50], H6: [0, 50] }).map((r) => ({
      ...r,
      national_value: 3 / 222,
      z: 0.5,
      flag: "none",
      adjusted_value: 0.01
    }));
    expect(
      attack(
        rows.map((r) => (r.unit_id === "nation" ? { ...r, value: null, suppressed: true } : r)),
        rows
      )
    ).toContainEqual({
      cell: "x||2023|treating|nation",
      how: "national value on another row",
      recovered: { value: 3 / 222 }
    });
    const out = protectForPublication(rows, rules);
    expect(out.find((r) => r.unit_id === "nation")?.suppression_reason).toBe("small-count");
    const h1 = out.find((r) => r.unit_id === "H1");
    expect(h1).toMatchObject({
      suppressed: false,
      denominator: 40,
      national_value: null,
      z: null,
      flag: null,
      adjusted_value: null
    });
    expect(attack(out as PublicRow[], rows)).toEqual([]);
  });

  it("drops the change from a hidden previous period", () => {
    const y2022 = cells(
      { H1: [10, 40], H2: [2, 3], H3: [10, 30], H4: [10, 22], H5: [10, 50], H6: [25, 50] },
      { period: "2022", start: 2022, end: 2022 }
    );
    const y2023 = cells({ H1: [10, 40], H2: [10, 30], H3: [10, 30], H4: [10, 22], H5: [10, 50], H6: [25, 50] }).map(
      (r) => ({ ...r, previous_value: 0.5, change: 0.1 })
    );
    const out = protectForPublication([...y2022, ...y2023], rules);
    const h2 = out.find((r) => r.unit_id === "H2" && r.period === "2023");
    expect(h2).toMatchObject({ suppressed: false, change: null, previous_value: null });
    expect(out.find((r) => r.unit_id === "H5" && r.period === "2023")).toMatchObject({
      change: 0.1,
      previous_value: 0.5
    });
  });

  it("leaves the attacker nothing on randomised hierarchies", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 300; trial++) {
      const counts: Record<string, [number, number]> = {};
      for (const id of ["H1", "H2", "H3", "H4", "H5", "H6"]) {
        const n = Math.floor(random() * 40);
        counts[id] = [Math.floor(random() * (n + 1)), n];
      }
      // Operating counts: the same as treating for some hospitals (a leak route), different for others.
      const operating = Object.fromEntries(
        Object.entries(counts).map(([id, [x, n]]) => [id, random() < 0.5 ? [x, n] : [Math.min(n + 3, x + 1), n + 3]])
      ) as typeof counts;
      const rows = [
        ...cells(counts),
        ...cells(operating, { context: "operating" }),
        ...cells(counts, { period: "2022", start: 2022, end: 2022 }).map((r) => ({
          ...r,
          change: 0.1,
          previous_value: 0.2
        }))
      ];
      const published = protectForPublication(rows, rules) as PublicRow[];
      expect(attack(published, rows)).toEqual([]);
      expect(
        published
          .filter((r) => r.suppressed)
          .every((r) => r.numerator === null && r.denominator === null && r.value === null)
      ).toBe(true);
    }
  });
});

describe("the attacker", () => {
  it("does recover a hidden cell when only primary suppression is applied", () => {
    const rows = cells({ H1: [10, 40], H2: [2, 3], H3: [10, 30], H4: [10, 22], H5: [10, 50], H6: [25, 50] });
    const naive = rows.map((r) =>
      r.unit_id === "H2"
        ? {
            ...r,
            numerator: null,
            denominator: null,
            value: null,
            suppressed: true,
            suppression_reason: "min-denominator" as const
          }
        : r
    );
    expect(attack(naive, rows)).toContainEqual({
      cell: "x||2023|treating|H2",
      how: "parent minus published siblings",
      recovered: { denominator: 3, numerator: 2 }
    });
  });
});
