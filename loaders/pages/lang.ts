/** The report's two languages. Norwegian bokmål is the default; English pages live under /en/. */
export const languages = ["nb", "en"] as const;
export type Lang = (typeof languages)[number];

/** The language of a site path such as "/en/indicator/lung-curative" (Framework page paths, no extension). */
export function langOfPath(path: string): Lang {
  return /^\/en(\/|$)/.test(path) ? "en" : "nb";
}

/** The same page in the other language: "/nb/x" ⇄ "/en/x"; pages outside a language folder map to the front pages. */
export function counterpartPath(path: string, lang: Lang): string {
  const match = /^\/(nb|en)(\/.*)?$/.exec(path);
  return `/${lang}${match?.[2] ?? "/"}`;
}
