/**
 * Links from an indicator page to the sections of the methods document (docs/methods.md, published on the
 * about page) that say how its numbers are computed; the page data name the sections (indicatorMeta.ts).
 */
import type { MethodSection } from "../../loaders/engine/measures/measure.ts";
import { words, type Lang } from "./i18n.js";
import { pageHref } from "./pageHref.js";

export function methodLinks(
  sections: readonly MethodSection[],
  { lang, aboutHref }: { lang: Lang; aboutHref: string }
) {
  const span = document.createElement("span");
  sections.forEach((id, i) => {
    if (i > 0) span.append(", ");
    const a = document.createElement("a");
    a.href = pageHref(aboutHref, id);
    a.textContent = words[lang].methodSections[id];
    span.append(a);
  });
  return span;
}
