/** The survival and recurrence pages take their indicators, axis and estimator from each indicator's measure. */
import { describe, expect, it } from "vitest";
import type { IndicatorMetadata } from "../../../../loaders/engine/catalogueMetadata.ts";
import { curvePage, promPage } from "../../../../loaders/pages/slices/curvePages.ts";
import type { SiteData } from "../../../../loaders/pages/siteData.ts";
import { meta as indicatorMetadata } from "../../../fixtures/pages/siteData.ts";

const catalogue: Record<string, IndicatorMetadata> = {
  "colon-survival": indicatorMetadata({
    id: "colon-survival",
    registry: "colorectal",
    type: "relative-survival",
    horizonYears: 5,
    method: "pohar-perme"
  }),
  "myeloma-survival": indicatorMetadata({
    id: "myeloma-survival",
    registry: "lymphoid",
    type: "relative-survival",
    horizonYears: 5,
    method: "ederer2"
  }),
  "rectum-recurrence": indicatorMetadata({
    id: "rectum-recurrence",
    registry: "colorectal",
    type: "cumulative-incidence",
    horizonYears: 5
  }),
  "prostate-prom": indicatorMetadata({ id: "prostate-prom", registry: "prostate", type: "mean-score" }),
  "lung-curative": indicatorMetadata({ id: "lung-curative", registry: "lung" })
};
const data = { rows: [], curves: [], units: [], funnels: [], catalogue } as unknown as SiteData;

describe("curve pages", () => {
  it("put survival on the survival page, each naming its own estimator, on a whole 0–1 axis", () => {
    const page = curvePage(data, "survival");
    expect(page.indicators.map((d) => [d.meta.id, d.axis, d.meta.estimator?.en])).toEqual([
      ["colon-survival", "whole", "Pohar Perme estimator"],
      ["myeloma-survival", "whole", "Ederer II method"]
    ]);
    expect(page.indicators[1].meta.estimator?.nb).toBe("Ederer II-metoden");
  });

  it("put recurrence on the recurrence page on a fitted axis, and PROMs on the PROM page", () => {
    expect(curvePage(data, "recurrence").indicators.map((d) => [d.meta.id, d.axis, d.meta.estimator])).toEqual([
      ["rectum-recurrence", "fitted", null]
    ]);
    expect(promPage(data).indicators.map((d) => d.meta.id)).toEqual(["prostate-prom"]);
  });
});
