/**
 * The front matter of the printed annual report: the cover (title, year, registries, whether the data are
 * synthetic, the extract) and the contents. The cover carries the facts the PDF printer needs
 * (loaders/publish/printReport.ts) as data attributes, so the printer reads them from the page it prints.
 */
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

export const reportTitle = {
  nb: "Kvalitetsindikatorer for kreftbehandling",
  en: "Quality indicators for cancer care"
} as const;

/** "Kvalitetsindikatorer for kreftbehandling 2022": the document's title (and so the PDF's). */
export function reportDocumentTitle(data: ReportData, lang: Lang): string {
  return `${reportTitle[lang]} ${data.year ?? ""}`.trim();
}

export function reportCover(data: ReportData, { lang }: { lang: Lang }): HTMLElement {
  const en = lang === "en";
  const cover = element("section", {
    class: "qi-report-cover",
    "aria-labelledby": "qi-report-title",
    "data-qi-report-year": String(data.year ?? ""),
    "data-qi-extract-date": data.extract.extractDate,
    "data-qi-synthetic": String(data.synthetic),
    "data-qi-audience": data.audience,
    "data-qi-title": reportDocumentTitle(data, lang)
  });
  cover.append(
    element(
      "p",
      { class: "qi-report-kicker" },
      en ? `Annual report ${data.year ?? ""}` : `Årsrapport ${data.year ?? ""}`
    ),
    element("h1", { id: "qi-report-title" }, reportTitle[lang]),
    element(
      "p",
      { class: "qi-lead" },
      en
        ? `Results of the clinical quality registries for cancer: each indicator ` +
            `nationally and by health trust, against the targets set by the ` +
            `professional councils. Latest confirmed year: ${data.year ?? "–"}.`
        : `Resultater fra de kliniske kvalitetsregistrene for kreft: hver ` +
            `indikator nasjonalt og per helseforetak, mot målnivåene fagrådene har ` +
            `satt. Siste år med bekreftede data: ${data.year ?? "–"}.`
    )
  );
  if (data.synthetic) {
    cover.append(
      element(
        "p",
        { class: "qi-synthetic-lead qi-report-synthetic" },
        element("strong", {}, en ? "Synthetic demonstration data." : "Syntetiske demonstrasjonsdata."),
        en
          ? " No number in this report describes a real patient, hospital result or trend."
          : " Ingen tall i denne rapporten beskriver virkelige pasienter, sykehusresultater eller utviklingstrekk."
      )
    );
  }
  cover.append(
    element("h2", { class: "qi-report-cover-heading" }, en ? "Registries in this report" : "Registrene i rapporten"),
    element("ul", { class: "qi-report-registries" }, ...data.registries.map((r) => element("li", {}, r.name[lang]))),
    element(
      "dl",
      { class: "qi-facts qi-report-cover-facts" },
      element("dt", {}, en ? "Extract" : "Uttrekk"),
      element("dd", {}, data.extract.title),
      element("dt", {}, en ? "Extract date" : "Uttrekksdato"),
      element("dd", {}, data.extract.extractDate),
      element("dt", {}, en ? "Confirmed up to" : "Bekreftede data til"),
      element("dd", {}, data.extract.affirmDate)
    )
  );
  return cover;
}

/** A contents entry: the link, and a slot the PDF printer fills with the page the target starts on. */
function entry(target: string, label: string): HTMLLIElement {
  return element(
    "li",
    {},
    element("a", { href: `#${target}` }, label),
    element("span", { class: "qi-report-page", "data-qi-page-of": target })
  );
}

export function reportContents(data: ReportData, { lang }: { lang: Lang }): HTMLElement {
  const en = lang === "en";
  const list = element("ol", { class: "qi-report-contents-list" });
  for (const section of data.registries) {
    const item = entry(`registry-${section.id}`, section.name[lang]);
    item.append(element("ol", {}, ...section.indicators.map((i) => entry(`indicator-${i.id}`, i.title[lang]))));
    list.append(item);
  }
  list.append(entry("qi-report-about", en ? "About this report" : "Om rapporten"));
  return element(
    "nav",
    { class: "qi-report-contents", "aria-labelledby": "qi-report-contents-title" },
    element("h2", { id: "qi-report-contents-title" }, en ? "Contents" : "Innhold"),
    list
  );
}
