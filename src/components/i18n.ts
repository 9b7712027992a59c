/**
 * The interface's words, one table per language (words/nb.ts, words/en.ts), and the labels built from
 * them. A page or component takes its language's table once, `const w = words[lang]`, and reads
 * `w.nation` or `w.unit.lead(name)`.
 */
import { en } from "./words/en.js";
import { nb, type Words } from "./words/nb.js";

export type Lang = "nb" | "en";
export type { Words };

export const words: Record<Lang, Words> = { nb, en };

/** A result row's unit name in the page's language (the results name the nation in bokmål). */
export function unitName(row: { unit_level: string; unit_name: string }, lang: Lang): string {
  return row.unit_level === "nation" ? words[lang].nation : row.unit_name;
}

/** Unit ids to names (short or full) for a chart's labels, the nation in the page's language. */
export function unitNames(
  units: readonly { id: string; name: string; short_name: string }[],
  lang: Lang,
  field: "name" | "short_name" = "short_name"
): Map<string, string> {
  return new Map([["nation", words[lang].nation], ...units.map((u): [string, string] => [u.id, u[field]])]);
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
  return key ? words[lang][key] : context;
}

export function unitLevelLabel(lang: Lang, level: string, plural = false): string {
  const key = plural
    ? ({ region: "levelRegion", trust: "levelTrust", hospital: "levelHospital" } as const)[level as "region"]
    : ({ region: "region", trust: "trust", hospital: "hospital", nation: "nation" } as const)[level as "region"];
  return words[lang][key ?? "unit"];
}
