// The indicator page's selection, over page data cut by its slice from hand-made results.
import { describe, expect, it } from "vitest";
import type { ResultRow } from "../../loaders/output/resultTables.ts";
import type { SiteData } from "../../loaders/pages/siteData.ts";
import { indicatorPage } from "../../loaders/pages/slices/indicatorPage.ts";
import { indicatorView, interpretationFor, levelsFor, unitChoices } from "../../src/components/indicatorView.ts";
import { meta, row } from "../fixtures/pages/siteData.ts";

const units = [
  { unit_id: "nation", unit_level: "nation", unit_name: "Norge" },
  { unit_id: "unn", unit_level: "trust", unit_name: "Universitetssykehuset Nord-Norge HF" },
  { unit_id: "ahus", unit_level: "trust", unit_name: "Akershus universitetssykehus HF" },
  { unit_id: "helse-nord", unit_level: "region", unit_name: "Helse Nord RHF" }
] as const;

const results: ResultRow[] = [2020, 2021, 2022].flatMap((year) =>
  (["residence", "treating"] as const).flatMap((context) =>
    units.map((u) =>
      row({
        period: String(year),
        period_start: year,
        period_end: year,
        context,
        ...u,
        value: context === "residence" ? 0.3 + (year - 2020) / 100 : 0.5
      })
    )
  )
);

const site: SiteData = {
  audience: "public",
  resultsDir: "/nowhere",
  curves: [],
  units: [],
  funnels: [],
  manifest: {} as never,
  disclosure: null,
  rows: results,
  catalogue: {
    "lung-a": meta({
      id: "lung-a",
      registry: "lung",
      unitColumns: {
        residence: { hospital: null, trust: "residence_trust", region: "residence_region" },
        treating: { hospital: "treating_hospital", trust: "treating_trust", region: "treating_region" }
      },
      versions: [
        {
          version: "1",
          validFrom: 2014,
          validTo: 2020,
          target: { direction: "higher", high: 0.3 },
          note: null,
          sql: {} as never
        },
        {
          version: "2",
          validFrom: 2021,
          validTo: null,
          target: { direction: "higher", high: 0.35 },
          note: null,
          sql: {} as never
        }
      ],
      interpretations: { "2021": { nb: "Tolkning 2021.", en: "Reading 2021." } }
    })
  }
};
const data = indicatorPage(site, "lung-a");

describe("indicatorView", () => {
  it("takes the selection's rows: the nation's of the period, its trend, the units of the level", () => {
    const view = indicatorView(data, { context: "residence", period: "2021", group: null, level: "trust" });
    expect(view.national?.value).toBe(0.31);
    expect(view.nationalTrend.map((r) => r.period)).toEqual(["2020", "2021", "2022"]);
    expect(view.units.map((r) => r.unit_id)).toEqual(["unn", "ahus"]);
    expect(view.slug).toBe("lung-a-residence-trust-2021");
  });

  it("judges the period against the target then in force", () => {
    const at = (period: string) =>
      indicatorView(data, { context: "residence", period, group: null, level: "trust" }).target;
    expect(at("2020")).toEqual({ direction: "higher", high: 0.3 });
    expect(at("2022")).toEqual({ direction: "higher", high: 0.35 });
  });

  it("shows the council's text of the period, else its latest before, labelled with the period it speaks of", () => {
    const text = (period: string) => {
      const found = indicatorView(data, { context: "residence", period, group: null, level: "trust" }).interpretation;
      return found && { year: found.year, period: found.period, current: found.current };
    };
    expect(text("2021")).toEqual({ year: 2021, period: "2021", current: true });
    expect(text("2022")).toEqual({ year: 2021, period: "2021", current: false });
    // Written for 2021: nothing to say yet of 2020.
    expect(text("2020")).toBeUndefined();
    const rolling = { ...data, meta: { ...data.meta, periodKind: "rolling3" as const } };
    expect(interpretationFor(rolling, "2019–2021")).toMatchObject({ period: "2019–2021", current: true });
    expect(interpretationFor(rolling, "2020–2022")).toMatchObject({ period: "2019–2021", current: false });
  });

  it("offers hospitals only where the attribution has them, and the level's units by name", () => {
    expect(levelsFor(data, "residence")).toEqual(["trust", "region"]);
    expect(levelsFor(data, "treating")).toEqual(["hospital", "trust", "region"]);
    const view = indicatorView(data, { context: "residence", period: "2022", group: null, level: "trust" });
    expect(unitChoices(view)).toEqual([
      ["ahus", "Akershus universitetssykehus HF"],
      ["unn", "Universitetssykehuset Nord-Norge HF"]
    ]);
  });
});
