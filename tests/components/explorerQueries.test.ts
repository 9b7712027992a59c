// The explorer's choice of version, level and area for a selection, and the queries it sends.
import { describe, expect, it } from "vitest";
import {
  explorerQueries,
  explorerYears,
  liveIndicators,
  type ExplorerFilters
} from "../../src/components/explorerQueries.ts";
import type { ExplorerCatalogue } from "../../src/components/types.ts";

const sql = (where: string) => ({
  view: "cohort",
  periodColumn: "diagnosis_year",
  where,
  event: "curative",
  value: null,
  example: ""
});

const indicator = {
  id: "lung-curative-treatment",
  type: "proportion",
  live: "counts",
  format: ".0%",
  title: { nb: "Kurativ behandling", en: "Curative treatment" },
  contexts: ["residence", "treating"],
  defaultContext: "residence",
  unitColumns: {
    residence: { hospital: null, trust: "residence_trust", region: "residence_region" },
    treating: { hospital: "treating_hospital", trust: "treating_trust", region: "treating_region" }
  },
  versions: [
    { version: "1", validFrom: 2014, validTo: 2019, target: null, sql: sql("registry = 'lung' AND v1") },
    { version: "2", validFrom: 2020, validTo: null, target: null, sql: sql("registry = 'lung' AND v2") }
  ]
};

// Only what the explorer reads of its catalogue.
const catalogue = {
  indicators: [indicator, { ...indicator, id: "colon-relative-survival", type: "relative-survival", live: null }],
  units: [
    { id: "helse-nord", name: "Helse Nord RHF", short_name: "Helse Nord", level: "region", parent_id: "nation" },
    {
      id: "unn",
      name: "Universitetssykehuset Nord-Norge HF",
      short_name: "UNN",
      level: "trust",
      parent_id: "helse-nord"
    },
    { id: "unn-tromso", name: "UNN Tromsø", short_name: "Tromsø", level: "hospital", parent_id: "unn" }
  ],
  years: { from: 2017, to: 2020 }
} as unknown as ExplorerCatalogue;

const filters: ExplorerFilters = {
  context: "residence",
  level: "trust",
  from: "2018",
  to: "2019",
  sex: [],
  ageGroups: [],
  stages: [],
  within: ""
};
const [live] = liveIndicators(catalogue);

describe("explorerQueries", () => {
  it("offers the indicators the browser can recompute, and the extract's years", () => {
    expect(liveIndicators(catalogue).map((d) => [d.id, d.kind])).toEqual([["lung-curative-treatment", "counts"]]);
    expect(explorerYears(catalogue)).toEqual(["2017", "2018", "2019", "2020"]);
  });

  it("runs the version in force in the last year chosen", () => {
    expect(explorerQueries(catalogue, live, filters).query).toContain("(registry = 'lung' AND v1)");
    expect(explorerQueries(catalogue, live, { ...filters, to: "2020" }).query).toContain("AND v2)");
  });

  it("shows health trusts where the attribution has no hospitals", () => {
    const hospitals = explorerQueries(catalogue, live, { ...filters, level: "hospital" });
    expect(hospitals.level).toBe("trust");
    expect(hospitals.query).toMatch(/^SELECT residence_trust AS unit_id/);
    const treating = explorerQueries(catalogue, live, { ...filters, context: "treating", level: "hospital" });
    expect(treating.level).toBe("hospital");
    expect(treating.query).toMatch(/^SELECT treating_hospital AS unit_id/);
  });

  it("looks inside an area by the attribution's column of the area's level", () => {
    const { area, query, wholeQuery } = explorerQueries(catalogue, live, { ...filters, within: "helse-nord" });
    expect(area?.name).toBe("Helse Nord RHF");
    expect(query).toContain("(residence_region = 'helse-nord')");
    expect(wholeQuery).toMatch(/^SELECT 'nation' AS unit_id/);
    expect(wholeQuery).toContain("(residence_region = 'helse-nord')");
    expect(wholeQuery).not.toContain("GROUP BY");
  });
});
