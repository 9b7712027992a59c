/**
 * The front matter of the printed annual report: the cover (title, year, registries, whether the data are
 * synthetic, the extract) and the contents. The cover carries the facts the PDF printer needs
 * (loaders/publish/printReport.ts) as data attributes, so the printer reads them from the page it prints.
 */
import { words, type Lang } from "./i18n.js";
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

/** "Kvalitetsindikatorer for kreftbehandling 2022": the document's title (and so the PDF's). */
export function reportDocumentTitle(data: ReportData, lang: Lang): string {
  return `${words[lang].title} ${data.year ?? ""}`.trim();
}

export function reportCover(data: ReportData, { lang }: { lang: Lang }): HTMLElement {
  const w = words[lang];
  const cover = element("section", {
    class: "qi-report-cover",
    "aria-labelledby": "qi-report-title",
    "data-qi-report-year": String(data.year ?? ""),
    "data-qi-extract-date": data.extract.extractDate,
    "data-qi-synthetic": String(data.synthetic),
    "data-qi-audience": data.audience,
    "data-qi-title": reportDocumentTitle(data, lang),
    // The words of the footer the PDF printer draws on every page ("side 3 av 42").
    "data-qi-page-word": w.report.page,
    "data-qi-of-word": w.report.of,
    "data-qi-synthetic-word": w.report.syntheticFooter
  });
  cover.append(
    element("p", { class: "qi-report-kicker" }, w.report.kicker(String(data.year ?? ""))),
    element("h1", { id: "qi-report-title" }, w.title),
    element("p", { class: "qi-lead" }, w.report.lead(String(data.year ?? "–")))
  );
  if (data.synthetic) {
    cover.append(
      element(
        "p",
        { class: "qi-synthetic-lead qi-report-synthetic" },
        element("strong", {}, w.report.synthetic),
        w.report.syntheticMeaning
      )
    );
  }
  cover.append(
    element("h2", { class: "qi-report-cover-heading" }, w.report.registries),
    element("ul", { class: "qi-report-registries" }, ...data.registries.map((r) => element("li", {}, r.name[lang]))),
    element(
      "dl",
      { class: "qi-facts qi-report-cover-facts" },
      element("dt", {}, w.extract),
      element("dd", {}, data.extract.title),
      element("dt", {}, w.aboutPage.extractDate),
      element("dd", {}, data.extract.extractDate),
      element("dt", {}, w.aboutPage.confirmedUpTo),
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
  const w = words[lang];
  const list = element("ol", { class: "qi-report-contents-list" });
  for (const section of data.registries) {
    const item = entry(`registry-${section.id}`, section.name[lang]);
    item.append(element("ol", {}, ...section.indicators.map((i) => entry(`indicator-${i.id}`, i.title[lang]))));
    list.append(item);
  }
  list.append(entry("qi-report-about", w.aboutPage.title));
  return element(
    "nav",
    { class: "qi-report-contents", "aria-labelledby": "qi-report-contents-title" },
    element("h2", { id: "qi-report-contents-title" }, w.report.contents),
    list
  );
}
