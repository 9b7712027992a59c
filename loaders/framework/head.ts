/**
 * Each page's <title> and meta description, in the page's language (WCAG 2.4.2: a tab, a bookmark or a
 * search result names the page). Rendered by Framework at build time from the page path
 * (observablehq.config.ts), like the header; the words come from the site's words tables.
 */
import type { siteIndex } from "../pages/slices/index.ts";
import { langOfPath, type Lang } from "../pages/lang.ts";
import { escapeHtml } from "./chrome.ts";

interface PageHead {
  title: string;
  description: string;
}

/** The head words of one language (src/components/words/, `head`). */
export interface HeadWords {
  site: string;
  pages: Record<string, PageHead>;
  registry(name: string): PageHead;
  indicator(title: string, registry: string, short: string): PageHead;
  unit(name: string, level: string): PageHead;
  /** A unit's presentation deck. */
  present(name: string): PageHead;
  /** Level names ("sykehus", "health trust") by unit level. */
  levels: Record<string, string>;
}

export type SiteNames = ReturnType<typeof siteIndex>["names"];

/** The title and description of the page at `path` ("/nb/unit/unn"); null outside the language folders. */
export function pageHead(path: string, names: SiteNames, words: Record<Lang, HeadWords>): PageHead | null {
  const match = /^\/(nb|en)(\/.*)$/.exec(path);
  if (!match) return null;
  const lang = langOfPath(path);
  const text = words[lang];
  const page = match[2] === "/" ? "/index" : match[2];
  const [, kind, id] = /^\/(registry|indicator|unit|present)\/([^/]+)$/.exec(page) ?? [];
  if (kind === "registry" && names.registries[id]) return text.registry(names.registries[id][lang]);
  if (kind === "indicator" && names.indicators[id]) {
    const indicator = names.indicators[id];
    return text.indicator(
      indicator.title[lang],
      names.registries[indicator.registry]?.[lang] ?? "",
      indicator.short[lang]
    );
  }
  if (kind === "unit" && names.units[id]) {
    const unit = names.units[id];
    return text.unit(unit.name, text.levels[unit.level] ?? unit.level);
  }
  if (kind === "present" && names.units[id]) return text.present(names.units[id].name);
  const fixed = text.pages[page];
  if (!fixed) throw new Error(`no <title> for ${path}: add it to the head words (src/components/words/)`);
  return fixed;
}

/** The page's <head> additions: its title (page, then site) and description. */
export function renderPageHead(path: string, names: SiteNames, words: Record<Lang, HeadWords>): string {
  const head = pageHead(path, names, words);
  if (!head) return "";
  const site = words[langOfPath(path)].site;
  const title = head.title === site ? site : `${head.title} | ${site}`;
  return `<title>${escapeHtml(title)}</title>\n<meta name="description" content="${escapeHtml(head.description)}">`;
}
