/**
 * What the Framework config needs to know about this build: which pages exist (dynamic paths per
 * language), the navigation, and whether the data are synthetic.
 */
import { languages } from "./lang.ts";
import type { ChromeOptions, NavItem } from "./chrome.ts";

export interface SiteContext {
  chrome: ChromeOptions;
  dynamicPaths: string[];
}

const nav: NavItem[] = [
  { path: "/", label: { nb: "Forside", en: "Front page" } },
  { path: "/explorer", label: { nb: "Utforsker", en: "Explorer" } }
];

const pages = ["/index", "/explorer"];

export async function loadSiteContext(): Promise<SiteContext> {
  return {
    chrome: { nav, synthetic: true },
    dynamicPaths: languages.flatMap((lang) => pages.map((page) => `/${lang}${page}`))
  };
}
