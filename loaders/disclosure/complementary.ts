/**
 * Secondary protection by rules (the public build's rules before an optimiser chooses the cells): hide
 * further cells, repeated until nothing changes, so that no cell that is not published can be recovered by
 * single-step differencing within a table (one indicator × group × period × context, nation down to
 * hospitals) or read off the same unit in another attribution context:
 * - a published parent with exactly one child not published: hide the smallest published sibling (by N, then
 *   unit id), or the parent itself when there is none;
 * - a parent not published whose children are all published would be their sum: hide its smallest child;
 * - a cell not published beside the same unit in another context with the same counts: hide that one too.
 * These rules are what `tests/support/attacker.ts` tries; `qi audit` shows they do not stop whole-number
 * reasoning over everything published (docs/disclosure.md).
 */
import type { ResultRow } from "../output/resultTables.ts";
import { cellId, type Mark } from "./cells.ts";

/** The unit one level up, as the hierarchy of results sees it (regions roll up to the nation). */
export function parentOf(row: Pick<ResultRow, "unit_level" | "parent_id">): string | null {
  if (row.unit_level === "nation") return null;
  if (row.unit_level === "region") return "nation";
  return row.parent_id;
}

type Row = Pick<
  ResultRow,
  "indicator" | "group" | "period" | "context" | "unit_id" | "unit_level" | "parent_id" | "numerator" | "denominator"
>;

/** The cells the rules hide besides those `marks` already keep from publication. */
export function complementaryCells(rows: Row[], marks: Map<string, Mark>): Set<string> {
  const ids = rows.map((r) => cellId({ ...r, unit: r.unit_id }));
  const index = new Map(ids.map((id, i) => [id, i]));
  const out = new Set<string>();
  const shown = (i: number) => (marks.get(ids[i]) ?? "published") === "published" && !out.has(ids[i]);
  const families = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const parent = parentOf(row);
    if (parent === null) return;
    const p = index.get(cellId({ ...row, unit: parent }));
    if (p === undefined) return;
    const list = families.get(p) ?? [];
    list.push(i);
    families.set(p, list);
  });
  const acrossContexts = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = `${row.indicator}|${row.group ?? ""}|${row.period}|${row.unit_id}`;
    const list = acrossContexts.get(key) ?? [];
    list.push(i);
    acrossContexts.set(key, list);
  });
  const size = (i: number) => rows[i].denominator ?? 0;
  let changed = true;
  const hide = (i: number) => {
    if (!shown(i)) return;
    out.add(ids[i]);
    changed = true;
  };
  while (changed) {
    changed = false;
    for (const [parent, children] of families) {
      const hidden = children.filter((c) => !shown(c));
      const visible = children
        .filter(shown)
        .sort((a, b) => size(a) - size(b) || rows[a].unit_id.localeCompare(rows[b].unit_id));
      if (hidden.length === 1 && shown(parent)) hide(visible.length > 0 ? visible[0] : parent);
      if (!shown(parent) && hidden.length === 0 && visible.length > 0) hide(visible[0]);
    }
    for (const group of acrossContexts.values())
      for (const i of group) {
        if (shown(i)) continue;
        for (const j of group)
          if (j !== i && rows[i].numerator === rows[j].numerator && rows[i].denominator === rows[j].denominator)
            hide(j);
      }
  }
  return out;
}
