/**
 * Find a hospital or health trust by any part of its name (or its short name, or its trust's): a search
 * field whose matches are links to the unit pages, shown as one types. Works offline from the page's own
 * data; keyboard: type, Enter opens the first match, Tab walks the matches.
 */
import { words, unitLevelLabel, type Lang } from "./i18n.js";
import { pageHref } from "./pageHref.js";
import type { FrontPageData } from "./types.js";

type Unit = FrontPageData["units"][number];

/** Lower case, with æ ø å and accents folded, so "tromso" finds "Tromsø". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** The units every word of the query is part of (name, short name or trust), by name; none for an empty query. */
export function matchUnits(units: readonly Unit[], query: string, limit = 12): Unit[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  return units
    .filter((u) => {
      const text = fold(`${u.name} ${u.short} ${u.parent ?? ""}`);
      return terms.every((t) => text.includes(t));
    })
    .slice(0, limit);
}

export function unitSearch(units: readonly Unit[], lang: Lang, { base = "." } = {}): HTMLElement {
  const w = words[lang].search;
  const form = document.createElement("form");
  form.setAttribute("role", "search");
  form.className = "qi-search";
  const label = document.createElement("label");
  label.htmlFor = "qi-unit-search";
  label.textContent = w.label;
  const input = document.createElement("input");
  input.type = "search";
  input.id = "qi-unit-search";
  input.autocomplete = "off";
  input.placeholder = w.placeholder;
  const status = document.createElement("p");
  status.className = "qi-muted";
  status.setAttribute("aria-live", "polite");
  const list = document.createElement("ul");
  list.className = "qi-search-results";
  const update = () => {
    const found = matchUnits(units, input.value);
    list.replaceChildren(
      ...found.map((u) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = pageHref(`${base}/unit/${u.id}`);
        a.textContent = u.name;
        const about = document.createElement("span");
        about.className = "qi-muted";
        about.textContent = ` · ${unitLevelLabel(lang, u.level)}${u.parent ? `, ${u.parent}` : ""}`;
        li.append(a, about);
        return li;
      })
    );
    status.textContent = input.value.trim() ? w.found(found.length) : "";
  };
  input.addEventListener("input", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector("a");
    if (first) location.href = first.href;
  });
  form.append(label, input, status, list);
  return form;
}
