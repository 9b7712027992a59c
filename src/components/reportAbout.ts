/**
 * The end of the printed annual report: where every number came from (extract, dates, checksum, code
 * version, indicator versions) and the methods and privacy text of the about page (src/[lang]/about.md;
 * tests/browser/pdf.test.ts checks the two say the same).
 */
import type { Lang } from "./i18n.js";
import type { ReportData } from "./reportTypes.js";

export const methodsText = {
  en: "Proportions are shown with Wilson 95 % confidence intervals. Funnel plots use exact binomial control limits (Spiegelhalter 2005) at 95 % and 99.8 % around the national value, widened for overdispersion when the units vary more than chance allows. Relative survival is net survival by the Pohar Perme estimator against Norwegian population life tables; the cumulative incidence of local recurrence treats death as a competing risk (Aalen–Johansen). Mortality after surgery is also shown adjusted for case mix (logistic regression on age, sex, stage and ASA class) as observed/expected ratios. Every method is tested against R (survival, relsurv) and published reference implementations.",
  nb: "Andeler vises med Wilson 95 % konfidensintervall. Traktplott bruker eksakte binomiske kontrollgrenser (Spiegelhalter 2005) på 95 % og 99,8 % rundt nasjonalt resultat, utvidet for overspredning når enhetene varierer mer enn tilfeldighetene tilsier. Relativ overlevelse er netto overlevelse med Pohar Perme-estimatoren mot norske dødelighetstabeller; kumulativ insidens av lokalt tilbakefall behandler død som konkurrerende risiko (Aalen–Johansen). Dødelighet etter kirurgi vises også justert for pasientsammensetning (logistisk regresjon på alder, kjønn, stadium og ASA-klasse) som forholdet mellom observert og forventet. Alle metodene er testet mot R (survival, relsurv) og publiserte referanseimplementasjoner."
} as const;

export const privacyText = {
  en: `Only aggregated results are published. A unit with fewer patients than the indicator's minimum (usually 5) shows "too few to show"; counts from 1 to 4 are never published, and further cells are hidden where a hidden number could otherwise be worked out from the published totals.`,
  nb: `Bare sammenstilte resultater publiseres. En enhet med færre pasienter enn indikatorens minstekrav (vanligvis 5) vises som «for få til å vises»; antall fra 1 til 4 publiseres aldri, og flere celler skjules der et skjult tall ellers kunne regnes ut fra publiserte summer.`
} as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (string | Node)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function reportAbout(data: ReportData, { lang }: { lang: Lang }): HTMLElement {
  const en = lang === "en";
  const fact = (term: string, value: string | Node) => [element("dt", {}, term), element("dd", {}, value)];
  const { extract } = data;
  return element(
    "section",
    { class: "qi-report-about", id: "qi-report-about", "aria-labelledby": "qi-report-about-title" },
    element("h2", { id: "qi-report-about-title" }, en ? "About this report" : "Om rapporten"),
    element(
      "p",
      {},
      en
        ? "Every number in this report was computed from one registry extract by one version of the code, recorded here so the report can be reproduced and checked."
        : "Hvert tall i rapporten er beregnet fra ett uttrekk fra registrene med én versjon av koden, som står her slik at rapporten kan gjenskapes og etterprøves."
    ),
    element(
      "dl",
      { class: "qi-facts" },
      ...fact(en ? "Extract" : "Uttrekk", `${extract.title}${data.synthetic ? (en ? " (synthetic)" : " (syntetisk)") : ""}`),
      ...fact(en ? "Extract date" : "Uttrekksdato", extract.extractDate),
      ...fact(en ? "Diagnoses" : "Diagnoser", `${extract.period.from} – ${extract.period.to}`),
      ...fact(en ? "Confirmed up to" : "Bekreftede data til", extract.affirmDate),
      ...fact(en ? "Extract checksum (SHA-256)" : "Sjekksum for uttrekket (SHA-256)", element("code", {}, extract.checksum)),
      ...fact(en ? "Code version" : "Kodeversjon", element("code", {}, data.codeVersion))
    ),
    element("h3", {}, en ? "Indicators and versions" : "Indikatorer og versjoner"),
    element(
      "ul",
      { class: "qi-report-versions" },
      ...data.indicatorVersions.map((d) => element("li", {}, element("code", {}, d.id), `, ${en ? "version" : "versjon"} ${d.versions.join(", ")}`))
    ),
    element("h3", {}, en ? "Methods" : "Metoder"),
    element("p", {}, methodsText[lang]),
    element("h3", {}, en ? "Privacy" : "Personvern"),
    element("p", {}, privacyText[lang])
  );
}
