import { measureFor } from "../../engine/measures/index.ts";
import type { CurvePage } from "../../engine/measures/measure.ts";
import { pageRow, roundForPage } from "../pageRows.ts";
import type { SiteData } from "../siteData.ts";
import { indicatorMeta, siteUnits } from "./indicatorMeta.ts";

/**
 * The survival or recurrence page: per indicator whose measure draws its curves there, the curves of the most
 * recent periods whose national curve reaches the horizon (older ones add little and weigh much), and the
 * k-year results.
 */
export function curvePage(data: SiteData, page: Exclude<CurvePage, "proms">, { periods = 3 } = {}) {
  const metas = Object.values(data.catalogue).filter((m) => measureFor(m.type).curvePage === page);
  return {
    indicators: metas.map((meta) => {
      const horizon = (meta.horizonYears ?? 5) * 365.241;
      const curves = data.curves.filter((c) => c.indicator === meta.id && c.context === meta.defaultContext);
      const complete = [
        ...new Set(
          curves
            .filter((c) => c.unit_id === "nation" && c.time >= horizon - 1 && c.estimate !== null)
            .map((c) => c.period)
        )
      ]
        .sort()
        .slice(-periods);
      return {
        meta: indicatorMeta(meta),
        // The value axis: the whole 0–1 range, or fitted to the values (rare events lie flat on 0–1).
        axis: measureFor(meta.type).curveAxis,
        periods: complete,
        curves: curves
          .filter((c) => complete.includes(c.period))
          .map((c) => ({
            unit_id: c.unit_id,
            unit_level: c.unit_level,
            period: c.period,
            time: roundForPage(c.time) as number,
            estimate: roundForPage(c.estimate),
            lower: roundForPage(c.lower),
            upper: roundForPage(c.upper),
            n_risk: c.n_risk
          })),
        rows: data.rows
          .filter((r) => r.indicator === meta.id && r.context === meta.defaultContext && complete.includes(r.period))
          .map(pageRow)
      };
    }),
    units: siteUnits(data)
  };
}

/**
 * The PROM page: mean scores by treatment over time since treatment, nationally and by region, and the indicator's
 * results.
 */
export function promPage(data: SiteData) {
  const metas = Object.values(data.catalogue).filter((m) => measureFor(m.type).curvePage === "proms");
  return {
    indicators: metas.map((meta) => ({
      meta: indicatorMeta(meta),
      series: data.curves
        .filter(
          (c) =>
            c.indicator === meta.id &&
            c.context === meta.defaultContext &&
            (c.unit_level === "nation" || c.unit_level === "region")
        )
        .map((c) => ({
          unit_id: c.unit_id,
          unit_level: c.unit_level,
          period: c.period,
          group: c.group,
          time: c.time,
          estimate: roundForPage(c.estimate),
          lower: roundForPage(c.lower),
          upper: roundForPage(c.upper),
          n_risk: c.n_risk
        })),
      rows: data.rows
        .filter(
          (r) =>
            r.indicator === meta.id &&
            r.context === meta.defaultContext &&
            (r.unit_level === "nation" || r.unit_level === "region")
        )
        .map(pageRow)
    })),
    units: siteUnits(data)
  };
}
