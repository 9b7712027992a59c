/**
 * The static chrome around every page: navigation, language switch and footer, rendered by Framework
 * at build time from the page path (observablehq.config.ts). Pure string functions, no browser code.
 */
import { counterpartPath, langOfPath, type Lang } from "../pages/lang.ts";

/** The header's and footer's words in one language: the site's words tables hold them (src/components/words/). */
export interface ChromeWords {
  skip: string;
  site: string;
  navLabel: string;
  switchTo: string;
  switchLabel: string;
  synthetic: string;
  council: string;
  footer: string;
  /** Menu entries by path. */
  nav: Record<string, string>;
}

export interface ChromeOptions {
  /** Menu entries: paths relative to a language folder ("/" is the front page). */
  nav: string[];
  /** True when the extract is synthetic: every page says so. */
  synthetic: boolean;
  /** Given by observablehq.config.ts, which can import the words tables (this layer cannot import src/). */
  words: Record<Lang, ChromeWords>;
  /** The council build: unsuppressed, every page says it is not for publication. */
  council?: boolean;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Header HTML for the page at `path`: skip link, site name, menu, language switch and the synthetic-data notice. */
export function renderHeader(path: string, options: ChromeOptions): string {
  const lang = langOfPath(path);
  const other: Lang = lang === "nb" ? "en" : "nb";
  const here = path.replace(/^\/(nb|en)/, "") || "/";
  const text = options.words[lang];
  const links = options.nav
    .map((item) => {
      const label = text.nav[item];
      if (label === undefined) throw new Error(`no menu entry for ${item} in the ${lang} words table`);
      const current = item === here || (item === "/" && here === "/index");
      const href = `/${lang}${item}`;
      return `<li><a href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ""}>${escapeHtml(label)}</a></li>`;
    })
    .join("");
  return [
    `<a class="qi-skip" href="#qi-content">${text.skip}</a>`,
    `<div class="qi-header">`,
    `<a class="qi-brand" href="/${lang}/">${text.site}</a>`,
    `<nav aria-label="${text.navLabel}"><ul class="qi-nav">${links}</ul></nav>`,
    `<a class="qi-lang" href="${escapeHtml(counterpartPath(path, other))}" ` +
      `hreflang="${other}" lang="${other}" ` +
      `aria-label="${text.switchLabel}">${text.switchTo}</a>`,
    `</div>`,
    options.council ? `<p class="qi-council" role="note">${text.council}</p>` : "",
    options.synthetic ? `<p class="qi-synthetic" role="note">${text.synthetic}</p>` : "",
    // The skip link's target: the last thing before the page's main content.
    `<span id="qi-content" tabindex="-1"></span>`
  ].join("");
}

/** Footer HTML: fixed text (never the build date, so builds are reproducible). */
export function renderFooter(path: string, options: ChromeOptions): string {
  const text = options.words[langOfPath(path)];
  return (
    `<p>${text.footer}${options.synthetic ? ` · ${text.synthetic}` : ""}` +
    `${options.council ? ` · ${text.council}` : ""}</p>`
  );
}
