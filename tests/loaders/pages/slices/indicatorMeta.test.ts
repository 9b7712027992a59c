/** An indicator's page description: the case-mix covariates come from its definition, as the pages say them. */
import { describe, expect, it } from "vitest";
import { indicatorMeta } from "../../../../loaders/pages/slices/indicatorMeta.ts";
import { meta as indicatorMetadata } from "../../../fixtures/pages/siteData.ts";

describe("indicatorMeta", () => {
  it("lists the covariates its case-mix model adjusts for, in both languages", () => {
    const covariates = { age: "age", female: "sex = 'female'", stage: "stage_number", stage_unknown: "x", asa: "y" };
    const meta = indicatorMeta(indicatorMetadata({ id: "lung-mortality", registry: "lung", caseMix: { covariates } }));
    expect(meta.caseMix).toEqual({ nb: "alder, kjønn, stadium og ASA-klasse", en: "age, sex, stage and ASA class" });
    const ageOnly = indicatorMetadata({
      id: "colon-mortality",
      registry: "colorectal",
      caseMix: { covariates: { age: "age" } }
    });
    expect(indicatorMeta(ageOnly).caseMix).toEqual({ nb: "alder", en: "age" });
  });

  it("has no case-mix text or estimator where the definition has none", () => {
    const meta = indicatorMeta(indicatorMetadata({ id: "lung-curative", registry: "lung" }));
    expect(meta.caseMix).toBeNull();
    expect(meta.estimator).toBeNull();
  });

  it("refuses a type it does not know (an indicators.json from other code)", () => {
    const stale = indicatorMetadata({ id: "lung-x", registry: "lung", type: "ratio" as never });
    expect(() => indicatorMeta(stale)).toThrow(/unknown indicator type "ratio"/);
  });
});
