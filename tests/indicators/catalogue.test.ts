/** The first catalogue: size, spread over registries, and the published targets of the BRIEF. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalogue } from "../../loaders/engine/catalogue.ts";
import { loadCatalogue } from "../../indicators/index.ts";

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});
const definition = (id: string) => {
  const entry = catalogue.find((e) => e.definition.id === id);
  if (!entry) throw new Error(`no indicator ${id}`);
  return entry.definition;
};
const latestTarget = (id: string) => {
  const versions = [...definition(id).versions].sort((a, b) => a.validFrom - b.validFrom);
  return versions[versions.length - 1].target;
};

describe("the indicator catalogue", () => {
  it("has at least 24 indicators over at least 9 registries, each linked to a coverage indicator", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(24);
    expect(new Set(catalogue.map((e) => e.definition.registry)).size).toBeGreaterThanOrEqual(9);
    for (const entry of catalogue) {
      if (entry.definition.type !== "coverage") expect(entry.coverage, entry.definition.id).not.toBeNull();
    }
  });

  it("carries the published targets (BRIEF)", () => {
    expect(latestTarget("lung-curative-treatment")).toEqual({ direction: "higher", high: 0.35 });
    expect(latestTarget("lung-mdt")).toEqual({ direction: "higher", high: 0.95 });
    expect(latestTarget("lung-pet-ct")).toEqual({ direction: "higher", high: 0.95 });
    expect(latestTarget("lung-clinical-report")).toEqual({ direction: "higher", high: 0.8, moderate: 0.6 });
    expect(latestTarget("prostate-low-risk-radical")).toEqual({ direction: "lower", high: 0.2 });
    expect(latestTarget("prostate-high-risk-radical")).toEqual({ direction: "higher", high: 0.7 });
    expect(latestTarget("breast-conserving-surgery")).toEqual({ direction: "higher", high: 0.8, moderate: 0.7 });
    expect(latestTarget("breast-one-operation")).toEqual({ direction: "higher", high: 0.9, moderate: 0.8 });
    expect(latestTarget("colon-100-day-mortality")).toEqual({ direction: "lower", high: 0.03 });
    expect(latestTarget("colon-laparoscopy")).toEqual({ direction: "higher", high: 0.6 });
    expect(latestTarget("colon-relative-survival")).toEqual({ direction: "higher", high: 0.68 });
    expect(latestTarget("rectum-preoperative-radiotherapy")).toEqual({ range: [0.2, 0.4] });
    expect(latestTarget("rectum-local-recurrence")).toEqual({ direction: "lower", high: 0.05 });
    expect(latestTarget("myeloma-biopsy")).toEqual({ direction: "higher", high: 0.9, strict: true });
    expect(latestTarget("myeloma-relative-survival")).toEqual({ direction: "higher", high: 0.6 });
    expect(latestTarget("oesophagus-stomach-60-day-mortality")).toEqual({
      direction: "lower",
      high: 0.05,
      strict: true
    });
    expect(latestTarget("ovary-no-residual-tumour")).toEqual({ direction: "higher", high: 0.65 });
    expect(latestTarget("lymphoid-clinical-report")).toEqual({ direction: "higher", high: 0.98, moderate: 0.8 });
  });

  it("attributes each indicator as the seed article describes", () => {
    expect(definition("lung-curative-treatment").defaultContext).toBe("residence");
    expect(definition("lung-30-day-mortality").contexts).toEqual(["operating"]);
    expect(definition("prostate-low-risk-radical").defaultContext).toBe("residence");
    expect(definition("myeloma-biopsy").contexts).toEqual(["diagnosing"]);
    expect(definition("rectum-local-recurrence").contexts).toEqual(["operating"]);
    expect(definition("colon-relative-survival").contexts).toEqual(["residence"]);
  });

  it("has the types the brief asks for, case-mix on the mortality indicators and a versioned target", () => {
    const types = new Set(catalogue.map((e) => e.definition.type));
    expect([...types].sort()).toEqual([
      "coverage",
      "cumulative-incidence",
      "mean-score",
      "median-time",
      "proportion",
      "relative-survival"
    ]);
    for (const id of ["lung-30-day-mortality", "colon-100-day-mortality", "oesophagus-stomach-60-day-mortality"]) {
      const d = definition(id);
      expect(d.type === "proportion" && d.caseMix !== undefined, id).toBe(true);
    }
    expect(definition("breast-preoperative-diagnosis").versions).toHaveLength(2);
  });
});
