/**
 * The end of the printed annual report: where every number came from (extract, dates, checksum, code
 * version, indicator versions) and the methods and privacy text the about page shows too.
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

export function reportAbout(data: ReportData, { lang }: { lang: Lang }): HTMLElement {
  const w = words[lang];
  const fact = (term: string, value: string | Node) => [element("dt", {}, term), element("dd", {}, value)];
  const { extract } = data;
  return element(
    "section",
    { class: "qi-report-about", id: "qi-report-about", "aria-labelledby": "qi-report-about-title" },
    element("h2", { id: "qi-report-about-title" }, w.aboutPage.title),
    element("p", {}, w.report.about),
    element(
      "dl",
      { class: "qi-facts" },
      ...fact(w.extract, `${extract.title}${data.synthetic ? w.aboutPage.synthetic : ""}`),
      ...fact(w.aboutPage.extractDate, extract.extractDate),
      ...fact(w.aboutPage.diagnoses, `${extract.period.from} – ${extract.period.to}`),
      ...fact(w.aboutPage.confirmedUpTo, extract.affirmDate),
      ...fact(w.aboutPage.checksum, element("code", {}, extract.checksum)),
      ...fact(w.aboutPage.codeVersion, element("code", {}, data.codeVersion))
    ),
    element("h3", {}, w.aboutPage.versions),
    element(
      "ul",
      { class: "qi-report-versions" },
      ...data.indicatorVersions.map((d) =>
        element("li", {}, element("code", {}, d.id), `, ${w.aboutPage.version} ${d.versions.join(", ")}`)
      )
    ),
    element("h3", {}, w.aboutPage.methods),
    element("p", {}, w.aboutPage.methodsText),
    element("h3", {}, w.aboutPage.privacy),
    element("p", {}, w.aboutPage.privacyText)
  );
}
