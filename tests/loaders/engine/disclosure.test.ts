import { describe, expect, it } from "vitest";
import { disclosureControl, type DisclosureCell } from "../../../loaders/engine/disclosure.ts";

const cell = (
  unitId: string,
  parentId: string | null,
  denominator: number,
  numerator: number | null = Math.floor(denominator / 2)
): DisclosureCell => ({
  unitId,
  parentId,
  numerator,
  denominator
});
const reasons = (cells: DisclosureCell[], counted = true) =>
  Object.fromEntries(
    cells.map((c, i) => [
      c.unitId,
      disclosureControl(cells, { minDenominator: 5, countedComplement: counted })[i].reason
    ])
  );

describe("disclosureControl", () => {
  it("suppresses denominators under the minimum, and nothing else when every sibling is small too", () => {
    // Both hospitals of T are under 5: two hidden children cannot be separated; T itself (8) is shown.
    const cells = [
      cell("nation", null, 100, 50),
      cell("R", "nation", 100, 50),
      cell("T", "R", 100, 50),
      cell("h1", "T", 4, 2),
      cell("h2", "T", 4, 2),
      cell("h3", "T", 92, 46)
    ];
    // h1, h2 hidden; h3 shown: two hidden children → no complementary needed.
    expect(reasons(cells)).toMatchObject({ h1: "min-denominator", h2: "min-denominator", h3: null });
  });

  it("suppresses the smallest published sibling when one child is hidden (nation − other regions)", () => {
    const cells = [
      cell("nation", null, 300, 150),
      cell("R1", "nation", 3, 1),
      cell("R2", "nation", 100, 50),
      cell("R3", "nation", 60, 30),
      cell("R4", "nation", 137, 60)
    ];
    // R1 hidden (3 < 5); nation published → the next-smallest region R3 (60) is hidden too.
    const r = reasons(cells);
    expect(r).toMatchObject({ R1: "min-denominator", R3: "complementary", R2: null, R4: null, nation: null });
  });

  it("hides an only child's parent, then protects the parent among its siblings", () => {
    // T1 (100) has a single hospital h1 under the minimum (T1's other tumours have no hospital in this
    // context), so T1 − h1 would reveal nothing, but publishing T1 with only h1 hidden is the
    // "one hidden child, no published sibling" case.
    const cells = [
      cell("nation", null, 200, 100),
      cell("R1", "nation", 100, 50),
      cell("R2", "nation", 100, 50),
      cell("T1", "R1", 100, 50),
      cell("h1", "T1", 3, 1)
    ];
    // h1 hidden; T1 has no other child → T1 hidden (complementary); R1 then has one hidden child and no
    // shown sibling → R1 hidden; nation has one hidden region → R2 hidden.
    expect(reasons(cells)).toMatchObject({
      h1: "min-denominator",
      T1: "complementary",
      R1: "complementary",
      R2: "complementary",
      nation: null
    });
  });

  it("hides a child of a complementarily hidden cell whose children would otherwise add up to it", () => {
    // Region R has trusts A (3, hidden) and B (50) → B hidden. B's hospitals b1 (20), b2 (30) are both
    // shown and would sum to B, so the smaller (b1) is hidden; then b2 is the only shown child of a hidden
    // parent with one hidden child: no more rules apply.
    const cells = [
      cell("R", null, 53, 20),
      cell("A", "R", 3, 1),
      cell("B", "R", 50, 20),
      cell("b1", "B", 20, 10),
      cell("b2", "B", 30, 10),
      cell("a1", "A", 3, 1)
    ];
    expect(reasons(cells)).toMatchObject({
      A: "min-denominator",
      a1: "min-denominator",
      B: "complementary",
      b1: "complementary",
      b2: null,
      R: null
    });
  });

  it("flags small counts: numerator 1–4, and denominator − numerator 1–4 for counted indicators only", () => {
    const cells = [cell("n", null, 100, 4), cell("a", "n", 50, 0), cell("b", "n", 50, 48)];
    expect(reasons(cells)).toMatchObject({ n: "small-count", a: null, b: "small-count" });
    // A survival cell: its numerator (deaths) 48 of 50 leaves 2 — not a count to protect.
    expect(reasons(cells, false)).toMatchObject({ n: "small-count", a: null, b: null });
    const result = disclosureControl(cells, { minDenominator: 5, countedComplement: true });
    expect(result.every((x) => !x.suppressed)).toBe(true);
  });

  it("does not depend on the order of the cells", () => {
    const cells = [
      cell("nation", null, 300, 150),
      cell("R1", "nation", 3, 1),
      cell("R2", "nation", 100, 50),
      cell("R3", "nation", 60, 30),
      cell("R4", "nation", 137, 60)
    ];
    const forward = reasons(cells);
    const backward = reasons([...cells].reverse());
    expect(backward).toEqual(forward);
  });
});
