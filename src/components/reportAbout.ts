/**
 * The end of the printed annual report: where every number came from (extract, dates, checksum, code
 * version, indicator versions) and the methods and privacy text the about page shows too (aboutText.ts).
 */
import { methodsText, privacyText } from "./aboutText.js";
import type { Lang } from "./i18n.js";
import type { ReportData } from "./types.js";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (string | Node)[]
): HTMLElementTagNameMap[K] {
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
        ? "Every number in this report was computed from one registry extract by " +
            "one version of the code, recorded here so the report can be " +
            "reproduced and checked."
        : "Hvert tall i rapporten er beregnet fra ett uttrekk fra registrene med " +
            "én versjon av koden, som står her slik at rapporten kan gjenskapes og " +
            "etterprøves."
    ),
    element(
      "dl",
      { class: "qi-facts" },
      ...fact(
        en ? "Extract" : "Uttrekk",
        `${extract.title}${data.synthetic ? (en ? " (synthetic)" : " (syntetisk)") : ""}`
      ),
      ...fact(en ? "Extract date" : "Uttrekksdato", extract.extractDate),
      ...fact(en ? "Diagnoses" : "Diagnoser", `${extract.period.from} – ${extract.period.to}`),
      ...fact(en ? "Confirmed up to" : "Bekreftede data til", extract.affirmDate),
      ...fact(
        en ? "Extract checksum (SHA-256)" : "Sjekksum for uttrekket (SHA-256)",
        element("code", {}, extract.checksum)
      ),
      ...fact(en ? "Code version" : "Kodeversjon", element("code", {}, data.codeVersion))
    ),
    element("h3", {}, en ? "Indicators and versions" : "Indikatorer og versjoner"),
    element(
      "ul",
      { class: "qi-report-versions" },
      ...data.indicatorVersions.map((d) =>
        element("li", {}, element("code", {}, d.id), `, ${en ? "version" : "versjon"} ${d.versions.join(", ")}`)
      )
    ),
    element("h3", {}, en ? "Methods" : "Metoder"),
    element("p", {}, methodsText[lang]),
    element("h3", {}, en ? "Privacy" : "Personvern"),
    element("p", {}, privacyText[lang])
  );
}
