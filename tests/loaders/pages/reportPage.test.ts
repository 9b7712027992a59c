import { describe, expect, it } from "vitest";
import type { ResultRow } from "../../../loaders/output/resultTables.ts";
import { reportPage, reportRowColumns } from "../../../loaders/pages/slices/reportPage.ts";
import { aboutPage } from "../../../loaders/pages/slices/aboutPage.ts";
import type { SiteData } from "../../../loaders/pages/siteData.ts";
import { meta, row } from "../../fixtures/pages/siteData.ts";

const trust = (overrides: Partial<ResultRow>) =>
  row({
    unit_id: "ous",
    unit_level: "trust",
    unit_name: "Oslo universitetssykehus HF",
    unit_short_name: "OUS",
    parent_id: "sorost",
    ...overrides
  });

const data: SiteData = {
  audience: "public",
  resultsDir: "/nowhere",
  disclosure: null,
  curves: [],
  units: [],
  funnels: [],
  catalogue: {
    "lung-a": meta({
      id: "lung-a",
      registry: "lung",
      versions: [
        {
          version: "1",
          validFrom: 2014,
          validTo: 2021,
          target: { direction: "higher", high: 0.3 },
          note: null,
          sql: {} as never
        },
        {
          version: "2",
          validFrom: 2022,
          validTo: null,
          target: { direction: "higher", high: 0.35 },
          note: null,
          sql: {} as never
        }
      ],
      interpretations: {
        "2020": { nb: "Gammel.", en: "Old." },
        "2023": { nb: "Ny *tolkning* <script>x</script>", en: null }
      }
    }),
    "prostate-b": meta({
      id: "prostate-b",
      registry: "prostate",
      type: "mean-score",
      format: ".0f",
      defaultContext: "treating",
      groups: [
        { id: "surgery", label: { nb: "Kirurgi", en: "Surgery" } },
        { id: "radiotherapy", label: { nb: "Stråling", en: "Radiotherapy" } }
      ]
    })
  },
  rows: [
    // lung-a: 2021 and 2022 confirmed, 2023 preliminary; another context and other levels to leave out.
    row({ period_end: 2021 }),
    row({ period_end: 2022 }),
    row({ period_end: 2023, preliminary: true }),
    row({ period_end: 2022, context: "treating", value: 0.9 }),
    trust({ period_end: 2022 }),
    trust({ period_end: 2021 }),
    trust({ period_end: 2023, preliminary: true }),
    trust({
      period_end: 2022,
      unit_id: "small",
      unit_name: "Lite HF",
      value: null,
      lower: null,
      upper: null,
      numerator: null,
      denominator: null,
      level: null,
      suppressed: true,
      suppression_reason: "min-denominator"
    }),
    row({ period_end: 2022, unit_id: "ous-ulleval", unit_level: "hospital", unit_name: "Ullevål" }),
    row({ period_end: 2022, unit_id: "sorost", unit_level: "region", unit_name: "Helse Sør-Øst" }),
    // prostate-b: grouped; its latest period with a national value is 2021.
    ...["surgery", "radiotherapy"].flatMap((group) => [
      row({
        indicator: "prostate-b",
        registry: "prostate",
        context: "treating",
        group,
        period_end: 2021,
        value: 60,
        level: null
      }),
      row({
        indicator: "prostate-b",
        registry: "prostate",
        context: "treating",
        group,
        period_end: 2022,
        value: null,
        level: null
      }),
      trust({
        indicator: "prostate-b",
        registry: "prostate",
        context: "treating",
        group,
        period_end: 2021,
        value: 55,
        level: null
      })
    ])
  ],
  manifest: {
    extract: {
      checksum: "abc123",
      ok: true,
      counts: { errors: 0, warnings: 0, dependent: 0, rows_read: 10, rows_used: 10, rows_excluded: 0 },
      manifest: {
        schema_version: "1.0",
        registries: ["lung", "prostate"],
        title: "Demo",
        synthetic: true,
        extract_date: "2024-09-30",
        affirm_date: "2023-06-30",
        period: { from: "2014-01-01", to: "2023-12-31" }
      }
    },
    indicators: [
      { id: "lung-a", versions: ["1", "2"] },
      { id: "prostate-b", versions: ["1"] }
    ],
    code: { version: "0.1.0", commit: "0123456789abcdef" },
    engine: {
      level: 0.95,
      overdispersion: "additive",
      minUnitsForOverdispersion: 5,
      curvePointsPerYear: 12,
      survivalInterval: "log-log",
      cumulativeIncidenceInterval: "log",
      proportionInterval: "wilson",
      meanInterval: "normal",
      medianInterval: "order-statistic"
    },
    files: {},
    warnings: []
  }
};

describe("reportPage", () => {
  const page = reportPage(data);

  it("has the year of the latest confirmed period, the provenance and the audience", () => {
    expect(page.year).toBe(2022);
    expect(page.audience).toBe("public");
    expect(page.synthetic).toBe(true);
    expect(page.extract).toEqual({
      title: "Demo",
      extractDate: "2024-09-30",
      affirmDate: "2023-06-30",
      period: { from: "2014-01-01", to: "2023-12-31" },
      checksum: "abc123"
    });
    expect(page.codeVersion).toBe("0.1.0 (0123456789ab)");
    // With their titles, which the about page lists (ids are for whoever reproduces the numbers).
    expect(page.indicatorVersions).toEqual([
      { id: "lung-a", title: { nb: "Tittel lung-a", en: "Title lung-a" }, versions: ["1", "2"] },
      { id: "prostate-b", title: { nb: "Tittel prostate-b", en: "Title prostate-b" }, versions: ["1"] }
    ]);
  });

  it("names the printed reports after the report's year, where qi pdf writes them", () => {
    expect(aboutPage(data).pdf).toEqual({
      nb: "report/kvalitetsindikatorer-2022-nb.pdf",
      en: "report/kvalitetsindikatorer-2022-en.pdf"
    });
  });

  it("orders the sections as the registries are ordered, each with its indicators", () => {
    expect(page.registries.map((r) => [r.id, r.name.en, r.indicators.map((i) => i.id)])).toEqual([
      ["prostate", "Prostate cancer", ["prostate-b"]],
      ["lung", "Lung cancer", ["lung-a"]]
    ]);
  });

  it("takes every national period and the trusts of the latest confirmed period, in the default context", () => {
    const lung = page.registries[1].indicators[0];
    expect(lung.period).toBe("2022");
    expect(lung.national.map((r) => [r.period, r.value, r.preliminary])).toEqual([
      ["2021", 0.4, false],
      ["2022", 0.4, false],
      ["2023", 0.4, true]
    ]);
    expect(lung.trusts.map((r) => [r.unit_id, r.period, r.suppressed])).toEqual([
      ["ous", "2022", false],
      ["small", "2022", true]
    ]);
    expect(lung.trusts[1].value).toBeNull();
  });

  it("keeps only the columns the report uses", () => {
    const lung = page.registries[1].indicators[0];
    for (const r of [...lung.national, ...lung.trusts]) expect(Object.keys(r)).toEqual([...reportRowColumns]);
  });

  it("uses the target in force in the latest confirmed period", () => {
    expect(page.registries[1].indicators[0].target).toEqual({ direction: "higher", high: 0.35 });
  });

  it(
    "carries the council's latest interpretation as HTML, with raw HTML " +
      "shown as text and the other language filling a gap",
    () => {
      const { interpretation } = page.registries[1].indicators[0];
      expect(interpretation?.year).toBe(2023);
      expect(interpretation?.text.nb).toBe("<p>Ny <em>tolkning</em> &lt;script&gt;x&lt;/script&gt;</p>\n");
      expect(interpretation?.text.en).toBe(interpretation?.text.nb);
      expect(page.registries[0].indicators[0].interpretation).toBeNull();
    }
  );

  it("takes a grouped indicator's rows for every group, from its latest period with a value", () => {
    const prostate = page.registries[0].indicators[0];
    expect(prostate.period).toBe("2021");
    expect(prostate.groups?.map((g) => g.id)).toEqual(["surgery", "radiotherapy"]);
    expect(prostate.national.filter((r) => r.period === "2021").map((r) => [r.group, r.value])).toEqual([
      ["surgery", 60],
      ["radiotherapy", 60]
    ]);
    expect(prostate.trusts.map((r) => [r.group, r.period])).toEqual([
      ["surgery", "2021"],
      ["radiotherapy", "2021"]
    ]);
  });

  it("has no period and no trusts for an indicator without a confirmed national result", () => {
    const none = reportPage({
      ...data,
      rows: data.rows.map((r) =>
        r.indicator === "lung-a" && r.unit_level === "nation" ? { ...r, preliminary: true } : r
      )
    });
    const lung = none.registries[1].indicators[0];
    expect(lung.period).toBeNull();
    expect(lung.trusts).toEqual([]);
    expect(none.year).toBe(2021);
  });
});
