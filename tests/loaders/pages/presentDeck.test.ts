import { describe, expect, it } from "vitest";
import type { ResultRow } from "../../../loaders/output/resultTables.ts";
import type { UnitInfo } from "../../../loaders/output/resultFiles.ts";
import { presentDeck, presentPeers } from "../../../loaders/pages/slices/presentDeck.ts";
import { unitPage } from "../../../loaders/pages/slices/unitPage.ts";
import type { SiteData } from "../../../loaders/pages/siteData.ts";
import { meta, row } from "../../fixtures/pages/siteData.ts";

const units: UnitInfo[] = [
  { id: "nation", level: "nation", name: "Norge", short_name: "Norge", parent_id: null },
  { id: "unn", level: "trust", name: "Universitetssykehuset Nord-Norge HF", short_name: "UNN", parent_id: "nord" },
  { id: "ous", level: "trust", name: "Oslo universitetssykehus HF", short_name: "OUS", parent_id: "sorost" },
  { id: "unn-tromso", level: "hospital", name: "UNN Tromsø", short_name: "Tromsø", parent_id: "unn" }
] as UnitInfo[];

const at = (unit: UnitInfo, overrides: Partial<ResultRow>) =>
  row({
    unit_id: unit.id,
    unit_level: unit.level,
    unit_name: unit.name,
    unit_short_name: unit.short_name,
    ...overrides
  });

const [nation, unn, ous, tromso] = units;
const rows = [2021, 2022].flatMap((year) => [
  at(nation, { period_end: year }),
  at(unn, { period_end: year, value: 0.3 }),
  at(ous, { period_end: year, value: 0.5 }),
  // The treating hospital's context: hospitals' rows and trusts' rows in it.
  at(tromso, { period_end: year, context: "treating", value: 0.2 }),
  at(unn, { period_end: year, context: "treating", value: 0.25 }),
  at(nation, { period_end: year, context: "treating" })
]);

const data = {
  audience: "public",
  resultsDir: "/nowhere",
  disclosure: null,
  curves: [],
  units,
  funnels: [],
  rows,
  manifest: { extract: { manifest: { synthetic: true } } },
  catalogue: {
    "lung-a": meta({
      id: "lung-a",
      registry: "lung",
      unitColumns: { treating: { hospital: "h", trust: "t", region: "r" } } as never,
      interpretations: { "2023": { nb: "Ny *tolkning*", en: "New *reading*" } }
    })
  }
} as unknown as SiteData;

describe("presentDeck", () => {
  it("says whether the data are synthetic and holds each indicator's interpretations as HTML", () => {
    expect(presentDeck(data)).toEqual({
      synthetic: true,
      interpretations: {
        "lung-a": [{ year: 2023, text: { nb: "<p>Ny <em>tolkning</em></p>\n", en: "<p>New <em>reading</em></p>\n" } }]
      }
    });
  });
});

describe("presentPeers", () => {
  it("holds every unit of the level in the context its unit pages use, and no other", () => {
    // A hospital's unit page (and deck) shows the context attributed to hospitals.
    expect(unitPage(data, "unn-tromso").indicators.map((d) => d.context)).toEqual(["treating"]);
    expect(unitPage(data, "unn").indicators.map((d) => d.context)).toEqual(["residence"]);
    const trusts = presentPeers(data, "trust")["lung-a"];
    expect(trusts.context).toBe("residence");
    expect(trusts.rows.map((r) => [r.unit_id, r.period, r.value])).toEqual([
      ["unn", "2021", 0.3],
      ["ous", "2021", 0.5],
      ["unn", "2022", 0.3],
      ["ous", "2022", 0.5]
    ]);
    const hospitals = presentPeers(data, "hospital")["lung-a"];
    expect(hospitals.context).toBe("treating");
    expect(hospitals.rows.map((r) => r.unit_id)).toEqual(["unn-tromso", "unn-tromso"]);
    expect(Object.keys(hospitals.rows[0]).sort()).toEqual([
      "denominator",
      "level",
      "lower",
      "period",
      "suppressed",
      "unit_id",
      "unit_short_name",
      "upper",
      "value"
    ]);
  });
});
