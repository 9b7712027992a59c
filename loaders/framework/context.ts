/**
 * What the Framework config needs to know about this build: which pages exist (per language: the front
 * page, one page per registry, indicator, hospital and health trust, the topic pages, and for the council
 * the explorer and the data-quality report), the navigation, whether the data are synthetic, and where the
 * site is written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSiteState } from "../build/siteState.ts";
import { languages } from "../pages/lang.ts";
import type { Audience } from "../pages/siteData.ts";
import type { siteIndex } from "../pages/slices/index.ts";
import type { ChromeOptions } from "./chrome.ts";

export interface SiteContext {
  chrome: Omit<ChromeOptions, "words">;
  dynamicPaths: string[];
  /** What page titles and descriptions are made of. */
  names: ReturnType<typeof siteIndex>["names"];
  /** This run's source root. */
  root: string;
  /** Where Framework writes the built site. */
  output: string;
}

/** The menu: each entry's words are in the words tables (src/components/words/, header.nav). */
const publicNav = ["/", "/survival", "/recurrence", "/proms", "/about"];
const councilNav = ["/explorer", "/data-quality"];

/** Paths of the pages one language has, without the language prefix. */
export function sitePaths(index: ReturnType<typeof siteIndex>, audience: Audience): string[] {
  return [
    "/index",
    "/survival",
    "/recurrence",
    "/proms",
    "/about",
    "/report",
    ...index.registries.map((id) => `/registry/${id}`),
    ...index.indicators.map((id) => `/indicator/${id}`),
    ...index.units.map((id) => `/unit/${id}`),
    ...index.units.map((id) => `/present/${id}`),
    ...(audience === "council" ? ["/explorer", "/data-quality"] : [])
  ];
}

export function loadSiteContext(): SiteContext {
  const site = readSiteState();
  const index = JSON.parse(readFileSync(join(site.pagesDir, "site-index.json"), "utf8")) as ReturnType<
    typeof siteIndex
  >;
  return {
    chrome: {
      nav: site.audience === "council" ? [...publicNav, ...councilNav] : publicNav,
      synthetic: index.synthetic,
      council: site.audience === "council"
    },
    names: index.names,
    dynamicPaths: languages.flatMap((lang) => sitePaths(index, site.audience).map((page) => `/${lang}${page}`)),
    root: site.root,
    output: site.output ?? "dist"
  };
}
