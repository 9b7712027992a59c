/**
 * Interface text of the pages in Norwegian bokmål and English, declared once. Indicator texts come from
 * the catalogue; this holds only the words around them.
 */
export type Lang = "nb" | "en";

const strings = {
  nation: { nb: "Norge", en: "Norway" },
  region: { nb: "Region", en: "Region" },
  trust: { nb: "Helseforetak", en: "Health trust" },
  hospital: { nb: "Sykehus", en: "Hospital" },
  levelRegion: { nb: "regionale helseforetak", en: "regional health authorities" },
  levelTrust: { nb: "helseforetak", en: "health trusts" },
  levelHospital: { nb: "sykehus", en: "hospitals" },
  contextTreating: { nb: "Behandlende sykehus", en: "Treating hospital" },
  contextOperating: { nb: "Opererende sykehus", en: "Operating hospital" },
  contextDiagnosing: { nb: "Diagnostiserende sykehus", en: "Diagnosing hospital" },
  contextResidence: { nb: "Pasientenes bosted (opptaksområde)", en: "Patients' residence (catchment area)" },
  levelHigh: { nb: "Høy måloppnåelse", en: "High goal attainment" },
  levelModerate: { nb: "Moderat måloppnåelse", en: "Moderate goal attainment" },
  levelLow: { nb: "Lav måloppnåelse", en: "Low goal attainment" },
  levelNone: { nb: "Ingen målnivå", en: "No target" },
  tooFew: { nb: "For få til å vises", en: "Too few to show" },
  smallCount: {
    nb: "Skjult: under 5 pasienter med eller uten hendelsen",
    en: "Hidden: fewer than 5 patients with or without the event"
  },
  complementary: { nb: "Skjult for å beskytte en annen enhet", en: "Hidden to protect another unit" },
  preliminary: { nb: "Foreløpige tall", en: "Preliminary" },
  lowCoverage: { nb: "Lav dekningsgrad", en: "Low coverage" },
  value: { nb: "Resultat", en: "Result" },
  interval: { nb: "95 % konfidensintervall", en: "95 % confidence interval" },
  lower: { nb: "Nedre grense", en: "Lower limit" },
  upper: { nb: "Øvre grense", en: "Upper limit" },
  numerator: { nb: "Teller", en: "Numerator" },
  denominator: { nb: "Antall (N)", en: "Number (N)" },
  unit: { nb: "Enhet", en: "Unit" },
  period: { nb: "Periode", en: "Period" },
  context: { nb: "Resultater etter", en: "Results by" },
  unitLevel: { nb: "Nivå", en: "Level" },
  target: { nb: "Målnivå", en: "Target" },
  targetHigh: { nb: "Høy måloppnåelse", en: "High goal attainment" },
  targetModerate: { nb: "Moderat måloppnåelse", en: "Moderate goal attainment" },
  national: { nb: "Nasjonalt", en: "National" },
  change: { nb: "Endring fra forrige periode", en: "Change since previous period" },
  trendUp: { nb: "økning", en: "increase" },
  trendDown: { nb: "nedgang", en: "decrease" },
  trendFlat: { nb: "uendret", en: "no change" },
  better: { nb: "bedre", en: "better" },
  worse: { nb: "dårligere", en: "worse" },
  alarmHigh: { nb: "Over 99,8 %-grensen", en: "Above the 99.8 % limit" },
  alarmLow: { nb: "Under 99,8 %-grensen", en: "Below the 99.8 % limit" },
  alertHigh: { nb: "Over 95 %-grensen", en: "Above the 95 % limit" },
  alertLow: { nb: "Under 95 %-grensen", en: "Below the 95 % limit" },
  withinLimits: { nb: "Innenfor kontrollgrensene", en: "Within the control limits" },
  showData: { nb: "Vis tallene", en: "Show the numbers" },
  downloadCsv: { nb: "Last ned CSV", en: "Download CSV" },
  downloadXlsx: { nb: "Last ned Excel", en: "Download Excel" },
  downloadSvg: { nb: "Last ned figur (SVG)", en: "Download figure (SVG)" },
  downloadPng: { nb: "Last ned figur (PNG)", en: "Download figure (PNG)" },
  rowsShown: { nb: "viser {shown} av {total}", en: "showing {shown} of {total}" },
  year: { nb: "År", en: "Year" },
  days: { nb: "dager", en: "days" },
  years: { nb: "år", en: "years" }
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof strings;

/** The text for `key` in `lang`, with {name} placeholders filled from `values`. */
export function t(lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** A result row's unit name in the page's language (the results name the nation in bokmål). */
export function unitName(row: { unit_level: string; unit_name: string }, lang: Lang): string {
  return row.unit_level === "nation" ? t(lang, "nation") : row.unit_name;
}

/** Unit ids to names (short or full) for a chart's labels, the nation in the page's language. */
export function unitNames(
  units: readonly { id: string; name: string; short_name: string }[],
  lang: Lang,
  field: "name" | "short_name" = "short_name"
): Map<string, string> {
  return new Map([["nation", t(lang, "nation")], ...units.map((u): [string, string] => [u.id, u[field]])]);
}

export function contextLabel(lang: Lang, context: string): string {
  const key = (
    {
      treating: "contextTreating",
      operating: "contextOperating",
      diagnosing: "contextDiagnosing",
      residence: "contextResidence"
    } as const
  )[context as "treating"];
  return key ? t(lang, key) : context;
}

export function unitLevelLabel(lang: Lang, level: string, plural = false): string {
  if (plural)
    return t(
      lang,
      ({ region: "levelRegion", trust: "levelTrust", hospital: "levelHospital" } as const)[level as "region"] ?? "unit"
    );
  return t(
    lang,
    ({ region: "region", trust: "trust", hospital: "hospital", nation: "nation" } as const)[level as "region"] ?? "unit"
  );
}
