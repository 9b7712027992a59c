// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { methodLinks } from "../../src/components/methodLinks.ts";
import { methodsDocument } from "../../loaders/pages/methodsDocument.ts";
import { indicatorMeta } from "../../loaders/pages/slices/indicatorMeta.ts";
import { measureList, type IndicatorType } from "../../loaders/engine/measures/index.ts";
import { meta } from "../fixtures/pages/siteData.ts";

const links = (type: IndicatorType, caseMix: boolean) =>
  [
    ...methodLinks(
      indicatorMeta(meta({ id: "x-a", registry: "lung", type, caseMix: caseMix ? { covariates: {} } : null })).methods,
      {
        lang: "en",
        aboutHref: "../about"
      }
    ).querySelectorAll("a")
  ].map((a) => a.getAttribute("href"));

describe("methodLinks", () => {
  it("links an indicator page to the sections of the methods that compute its numbers", () => {
    expect(links("relative-survival", false)).toEqual([
      "../about.html#net-survival",
      "../about.html#coverage",
      "../about.html#periods",
      "../about.html#target-levels"
    ]);
    expect(links("proportion", true).slice(0, 4)).toEqual([
      "../about.html#proportions",
      "../about.html#funnel-limits",
      "../about.html#overdispersion",
      "../about.html#case-mix"
    ]);
  });

  it("links only to sections the published methods document has, in both languages", () => {
    const ids = new Set([...methodsDocument().matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]));
    for (const measure of measureList)
      for (const lang of ["nb", "en"] as const) {
        const sections = indicatorMeta(
          meta({ id: "x-a", registry: "lung", type: measure.type, caseMix: { covariates: {} } })
        ).methods;
        for (const a of methodLinks(sections, { lang, aboutHref: "" }).querySelectorAll("a")) {
          expect(ids).toContain(a.getAttribute("href")!.split("#")[1]);
          expect(a.textContent).not.toBe("");
        }
      }
  });
});
