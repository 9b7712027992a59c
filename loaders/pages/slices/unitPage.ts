import { registries } from "../../extract/registries.ts";
import type { ResultRow } from "../../output/resultTables.ts";
import { pageRow } from "../pageRows.ts";
import type { UnitInfo } from "../../output/resultFiles.ts";
import type { SiteData } from "../siteData.ts";
import type { IndicatorMetadata } from "../../engine/catalogueMetadata.ts";
import { byPeriod, confirmedNational, indicatorSummary } from "./indicatorMeta.ts";

/**
 * The context a unit of `level` shows an indicator in: at a hospital, the default context when it has a
 * hospital level, else the first one that does; at a trust or region, the default context.
 */
export function unitContext(meta: IndicatorMetadata, level: string): string | undefined {
  return level !== "hospital"
    ? meta.defaultContext
    : [meta.defaultContext, ...meta.contexts].find((c) => meta.unitColumns[c]?.hospital);
}

/**
 * The unit's indicators, each in the context unitContext names.
 * Each names the period the page shows first: the latest confirmed one (as on the front page) in which the
 * unit has a row, else the unit's latest.
 */
export function unitPage(data: SiteData, unitId: string) {
  const unit = data.units.find((u) => u.id === unitId);
  if (!unit || unit.level === "nation") throw new Error(`no unit "${unitId}"`);
  const parents: UnitInfo[] = [];
  for (let p = unit.parent_id; p && p !== "nation";) {
    const parent = data.units.find((u) => u.id === p);
    if (!parent) break;
    parents.push(parent);
    p = parent.parent_id;
  }
  const indicators = Object.values(data.catalogue).flatMap((meta) => {
    const context = unitContext(meta, unit.level);
    if (!context) return [];
    const rows = data.rows.filter(
      (r) => r.indicator === meta.id && r.context === context && r.unit_id === unit.id && r.group === null
    );
    if (rows.length === 0) return [];
    const national = data.rows.filter(
      (r) => r.indicator === meta.id && r.context === context && r.unit_id === "nation" && r.group === null
    );
    const confirmed = new Set(national.filter(confirmedNational).map((r) => r.period));
    const inOrder = rows.slice().sort(byPeriod);
    const latest = inOrder.filter((r) => confirmed.has(r.period)).at(-1) ?? (inOrder.at(-1) as ResultRow);
    return [
      {
        indicator: indicatorSummary(meta),
        context,
        period: latest.period,
        rows: rows.map(pageRow),
        national: national.map(pageRow)
      }
    ];
  });
  return {
    unit,
    parents,
    children: data.units.filter((u) => u.parent_id === unit.id),
    indicators,
    registryNames: Object.fromEntries(registries.map((r) => [r.id, { ...r.name }]))
  };
}
