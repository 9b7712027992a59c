/**
 * The static chrome around every page: navigation, language switch and footer, rendered by Framework
 * at build time from the page path (observablehq.config.ts). Pure string functions, no browser code.
 */
import { counterpartPath, langOfPath, type Lang } from "../pages/lang.ts";

export interface NavItem {
  path: string;
  label: Record<Lang, string>;
}

export interface ChromeOptions {
  /** Navigation entries, with paths relative to a language folder ("/" is the front page). */
  nav: NavItem[];
  /** True when the extract is synthetic: every page says so. */
  synthetic: boolean;
}

const text = {
  skip: { nb: "Hopp til innholdet", en: "Skip to content" },
  site: { nb: "Kvalitetsindikatorer for kreft", en: "Cancer quality indicators" },
  navLabel: { nb: "Hovedmeny", en: "Main menu" },
  switchTo: { nb: "English", en: "Norsk" },
  switchLabel: { nb: "Read this page in English", en: "Les denne siden på norsk" },
  synthetic: {
    nb: "Syntetiske demonstrasjonsdata: tallene gjelder ingen virkelige pasienter.",
    en: "Synthetic demonstration data: the numbers describe no real patients."
  },
  footer: {
    nb: "QI Workbench · Kvalitetsindikatorer fra kliniske kreftregistre",
    en: "QI Workbench · Quality indicators from clinical cancer registries"
  }
} satisfies Record<string, Record<Lang, string>>;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Header HTML for the page at `path`: skip link, site name, menu, language switch and the synthetic-data notice. */
export function renderHeader(path: string, options: ChromeOptions): string {
  const lang = langOfPath(path);
  const other: Lang = lang === "nb" ? "en" : "nb";
  const here = path.replace(/^\/(nb|en)/, "") || "/";
  const links = options.nav
    .map((item) => {
      const current = item.path === here || (item.path === "/" && here === "/index");
      const href = `/${lang}${item.path}`;
      return (
        `<li><a ` +
        `href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ""}>${escapeHtml(item.label[lang])}</a></li>`
      );
    })
    .join("");
  return [
    `<a class="qi-skip" href="#qi-content">${text.skip[lang]}</a>`,
    `<div class="qi-header">`,
    `<a class="qi-brand" href="/${lang}/">${text.site[lang]}</a>`,
    `<nav aria-label="${text.navLabel[lang]}"><ul class="qi-nav">${links}</ul></nav>`,
    `<a class="qi-lang" href="${escapeHtml(counterpartPath(path, other))}" ` +
      `hreflang="${other}" lang="${other}" ` +
      `aria-label="${text.switchLabel[lang]}">${text.switchTo[lang]}</a>`,
    `</div>`,
    options.synthetic ? `<p class="qi-synthetic" role="note">${text.synthetic[lang]}</p>` : "",
    // The skip link's target: the last thing before the page's main content.
    `<span id="qi-content" tabindex="-1"></span>`
  ].join("");
}

/** Footer HTML: fixed text (never the build date, so builds are reproducible). */
export function renderFooter(path: string, options: ChromeOptions): string {
  const lang = langOfPath(path);
  return `<p>${text.footer[lang]}${options.synthetic ? ` · ${text.synthetic[lang]}` : ""}</p>`;
}
