import { pageRow, roundForPage } from "../pageRows.ts";
import type { SiteData } from "../siteData.ts";
import { indicatorMeta, siteUnits } from "./indicatorMeta.ts";

/**
 * The survival or recurrence page: per indicator of the type, the curves of the most recent periods whose
 * national curve reaches the horizon (older ones add little and weigh much), and the k-year results.
 */
export function curvePage(data: SiteData, type: "relative-survival" | "cumulative-incidence", { periods = 3 } = {}) {
  const metas = Object.values(data.catalogue).filter((m) => m.type === type);
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
  const metas = Object.values(data.catalogue).filter((m) => m.type === "mean-score");
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
