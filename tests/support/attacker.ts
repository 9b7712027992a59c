/**
 * An attacker with the public results: for every hidden cell it tries each way of working the hidden
 * numbers out from published ones — a parent minus its published children, a hidden parent as the sum of
 * its children, the same cell in another attribution context, a later period's "change" or "previous
 * value", overlapping periods (a multi-year period minus the published single years inside it), and a
 * hidden national cell read off the national value printed beside every other unit.
 * A guess counts only when it is right: given the true rows, the attacker keeps the recoveries that
 * reproduce a hidden cell's true counts or value. Disclosure control must leave it nothing. (The exact
 * attacker, over everything published, is `qi audit`: loaders/disclosure/audit.ts.)
 */
import { parentOf } from "../../loaders/disclosure/complementary.ts";
import type { ResultRow } from "../../loaders/output/resultTables.ts";

/** The columns the attacker reads. */
export type DisclosureRow = Pick<
  ResultRow,
  | "indicator"
  | "group"
  | "period"
  | "period_end"
  | "context"
  | "unit_id"
  | "unit_level"
  | "parent_id"
  | "numerator"
  | "denominator"
  | "value"
  | "suppressed"
  | "suppression_reason"
>;

export interface PublicRow extends DisclosureRow {
  period_start: number;
  change?: number | null;
  previous_value?: number | null;
  national_value?: number | null;
}

export interface Recovery {
  cell: string;
  how: string;
  recovered: { numerator?: number; denominator?: number; value?: number };
}

const key = (r: Pick<DisclosureRow, "indicator" | "group" | "period" | "context" | "unit_id">) =>
  `${r.indicator}|${r.group ?? ""}|${r.period}|${r.context}|${r.unit_id}`;
const sameSeries = (a: DisclosureRow, b: DisclosureRow) =>
  a.indicator === b.indicator && (a.group ?? null) === (b.group ?? null);

/** Every recovery the attacker can make, right or wrong. */
export function tryRecoveries(published: PublicRow[]): Recovery[] {
  const recoveries: Recovery[] = [];
  const byKey = new Map(published.map((r) => [key(r), r]));
  const children = new Map<string, PublicRow[]>();
  for (const row of published) {
    const parent = parentOf(row);
    if (parent === null) continue;
    const k = key({ ...row, unit_id: parent });
    children.set(k, [...(children.get(k) ?? []), row]);
  }
  const known = (r: PublicRow | undefined) => r !== undefined && !r.suppressed && r.denominator !== null;
  // The rows of one series (indicator and group) at one unit, and of one series' table, for the routes below.
  const atUnit = new Map<string, PublicRow[]>();
  const inTable = new Map<string, PublicRow[]>();
  const push = (map: Map<string, PublicRow[]>, k: string, row: PublicRow) => {
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  };
  for (const row of published) {
    push(atUnit, `${row.indicator}|${row.group ?? ""}|${row.unit_id}`, row);
    push(inTable, `${row.indicator}|${row.group ?? ""}|${row.period}|${row.context}`, row);
  }
  for (const cell of published.filter((r) => r.suppressed)) {
    const id = key(cell);
    const sameUnit = atUnit.get(`${cell.indicator}|${cell.group ?? ""}|${cell.unit_id}`) ?? [];
    // 1. Parent minus the other children.
    const parent = parentOf(cell) === null ? undefined : byKey.get(key({ ...cell, unit_id: parentOf(cell) as string }));
    if (known(parent)) {
      const siblings = (children.get(key(parent as PublicRow)) ?? []).filter((s) => s !== cell);
      if (siblings.every(known)) {
        const denominator = (parent as PublicRow).denominator! - siblings.reduce((sum, s) => sum + s.denominator!, 0);
        const numerator =
          (parent as PublicRow).numerator === null
            ? undefined
            : (parent as PublicRow).numerator! - siblings.reduce((sum, s) => sum + (s.numerator ?? 0), 0);
        recoveries.push({ cell: id, how: "parent minus published siblings", recovered: { denominator, numerator } });
      }
    }
    // 2. A hidden parent as the sum of its published children.
    const kids = children.get(id) ?? [];
    if (kids.length > 0 && kids.every(known)) {
      recoveries.push({
        cell: id,
        how: "sum of published children",
        recovered: { denominator: kids.reduce((sum, k) => sum + k.denominator!, 0) }
      });
    }
    // 3. The same unit, period and indicator published in another context.
    for (const other of sameUnit) {
      if (
        other !== cell &&
        sameSeries(other, cell) &&
        other.period === cell.period &&
        other.unit_id === cell.unit_id &&
        known(other)
      ) {
        recoveries.push({
          cell: id,
          how: `same unit in context ${other.context}`,
          recovered: { denominator: other.denominator!, value: other.value ?? undefined }
        });
      }
    }
    // 4. The next period's change or previous value.
    const next = sameUnit
      .filter(
        (r) =>
          sameSeries(r, cell) &&
          r.context === cell.context &&
          r.unit_id === cell.unit_id &&
          r.period_end > cell.period_end
      )
      .sort((a, b) => a.period_end - b.period_end)[0];
    if (next && !next.suppressed) {
      if (next.previous_value !== null && next.previous_value !== undefined)
        recoveries.push({ cell: id, how: "next period's previous value", recovered: { value: next.previous_value } });
      else if (next.change !== null && next.change !== undefined && next.value !== null)
        recoveries.push({ cell: id, how: "next period's change", recovered: { value: next.value - next.change } });
    }
    // 5. A published longer period minus published periods that exactly tile the rest of it.
    for (const longer of sameUnit) {
      if (
        !sameSeries(longer, cell) ||
        longer.context !== cell.context ||
        longer.unit_id !== cell.unit_id ||
        !known(longer)
      )
        continue;
      if (
        longer.period_start > cell.period_start ||
        longer.period_end < cell.period_end ||
        longer.period === cell.period
      )
        continue;
      const rest = sameUnit.filter(
        (r) =>
          r !== cell &&
          sameSeries(r, cell) &&
          r.context === cell.context &&
          r.unit_id === cell.unit_id &&
          known(r) &&
          r.period_start === r.period_end &&
          r.period_start >= longer.period_start &&
          r.period_end <= longer.period_end &&
          (r.period_end < cell.period_start || r.period_start > cell.period_end)
      );
      const years = new Set(rest.map((r) => r.period_end));
      let tiled = true;
      for (let y = longer.period_start; y <= longer.period_end; y++)
        if ((y < cell.period_start || y > cell.period_end) && !years.has(y)) tiled = false;
      if (tiled)
        recoveries.push({
          cell: id,
          how: `period ${longer.period} minus the other years`,
          recovered: { denominator: longer.denominator! - rest.reduce((s, r) => s + r.denominator!, 0) }
        });
    }
    // 6. The nation's value, repeated on the other rows of its table.
    if (cell.unit_level === "nation") {
      const shown = (inTable.get(`${cell.indicator}|${cell.group ?? ""}|${cell.period}|${cell.context}`) ?? []).find(
        (r) =>
          r !== cell &&
          sameSeries(r, cell) &&
          r.period === cell.period &&
          r.context === cell.context &&
          r.national_value != null
      );
      if (shown)
        recoveries.push({
          cell: id,
          how: "national value on another row",
          recovered: { value: shown.national_value! }
        });
    }
  }
  return recoveries;
}

/** The recoveries that give a hidden cell's true numbers away. */
export function attack(published: PublicRow[], truth: DisclosureRow[]): Recovery[] {
  const trueCell = new Map(truth.map((r) => [key(r), r]));
  const close = (a: number | null | undefined, b: number | null | undefined) =>
    a !== undefined && a !== null && b !== null && b !== undefined && Math.abs(a - b) < 1e-9;
  return tryRecoveries(published).filter(({ cell, recovered }) => {
    const t = trueCell.get(cell);
    if (!t) return false;
    if (recovered.denominator !== undefined && !close(recovered.denominator, t.denominator)) return false;
    if (recovered.numerator !== undefined && !close(recovered.numerator, t.numerator)) return false;
    if (recovered.value !== undefined && !close(recovered.value, t.value)) return false;
    return true;
  });
}
