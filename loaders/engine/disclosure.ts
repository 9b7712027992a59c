/**
 * Disclosure control (BRIEF): which cells the public build must not show.
 *
 * 1. Primary suppression: a denominator under the indicator's minimum → suppressed, "min-denominator".
 * 2. Small counts: a numerator of 1–4, or (for counted indicators) a denominator − numerator of 1–4 →
 *    "small-count": the counts are not published; the cell is not suppressed by this alone.
 * 3. Complementary suppression, so no suppressed cell can be recovered from its siblings and their
 *    parent (e.g. the nation minus the other regions), repeated until nothing changes:
 *    a. a published parent with exactly one suppressed child: also suppress the smallest published
 *       sibling (by denominator, then unit id);
 *    b. if there is no such sibling, suppress the parent instead (it would equal the child);
 *    c. a suppressed cell whose children are all published would equal their sum: suppress its
 *       smallest child (then rule a/b protects that one in turn).
 *    Cells suppressed here get "complementary".
 * One "table" is one indicator × period × context × group: cells of a hierarchy nation → region →
 * trust (→ hospital). These are the flags of the results table (`qi compute`), one table at a time. What
 * the public build publishes is decided afterwards, over all tables at once, by loaders/output/disclosure.ts:
 * it also hides small counts, protects across contexts and periods, and removes the numbers of hidden cells.
 * Never publish results.csv as it is: build the public site.
 */
export type SuppressionReason = "min-denominator" | "small-count" | "complementary";

export interface DisclosureCell {
  unitId: string;
  parentId: string | null;
  numerator: number | null;
  denominator: number;
}

export interface DisclosureResult {
  suppressed: boolean;
  reason: SuppressionReason | null;
}

export function disclosureControl(
  cells: readonly DisclosureCell[],
  { minDenominator, countedComplement }: { minDenominator: number; countedComplement: boolean }
): DisclosureResult[] {
  const results: DisclosureResult[] = cells.map((cell) => {
    if (cell.denominator < minDenominator) return { suppressed: true, reason: "min-denominator" };
    const x = cell.numerator;
    const small = (k: number) => k >= 1 && k <= 4;
    if (x !== null && (small(x) || (countedComplement && small(cell.denominator - x))))
      return { suppressed: false, reason: "small-count" };
    return { suppressed: false, reason: null };
  });
  const index = new Map(cells.map((cell, i) => [cell.unitId, i]));
  const children = new Map<string, number[]>();
  cells.forEach((cell, i) => {
    if (cell.parentId === null || !index.has(cell.parentId)) return;
    let list = children.get(cell.parentId);
    if (!list) children.set(cell.parentId, (list = []));
    list.push(i);
  });
  const suppress = (i: number) => {
    results[i] = { suppressed: true, reason: "complementary" };
  };
  const bySize = (a: number, b: number) =>
    cells[a].denominator - cells[b].denominator || (cells[a].unitId < cells[b].unitId ? -1 : 1);
  // Parents in a fixed order (top down) so the outcome does not depend on input order.
  const parents = [...children.keys()].sort();
  let changed = true;
  while (changed) {
    changed = false;
    for (const parentId of parents) {
      const parent = index.get(parentId)!;
      const kids = children.get(parentId)!;
      const hidden = kids.filter((i) => results[i].suppressed);
      const shown = kids.filter((i) => !results[i].suppressed).sort(bySize);
      if (!results[parent].suppressed && hidden.length === 1) {
        if (shown.length > 0) suppress(shown[0]);
        else suppress(parent);
        changed = true;
      } else if (results[parent].suppressed && hidden.length === 0 && shown.length > 0) {
        suppress(shown[0]);
        changed = true;
      }
    }
  }
  return results;
}
