/**
 * Every URL parameter of the site, declared once: its name, the values it takes, its default and the
 * pages that use it. Values and defaults that depend on a page's data are functions of it. Pages bind
 * their inputs to these with urlState.ts, which keeps the URL in step, so any view can be shared as a link.
 */
import { comparisonFilters, comparisonOrders } from "./comparison.js";
import type { ParamSpec } from "./urlState.js";

/** The pages with selections, by their file in src/[lang]/. */
export type Page = "indicator" | "registry" | "survival" | "recurrence" | "explorer" | "present";

/** The unit levels a page offers; the default is health trusts, or the page's own where it has one. */
const levelDefaults: Record<Page, string> = {
  indicator: "trust",
  registry: "trust",
  explorer: "trust",
  // The deck has no level choice: it shows its unit's.
  present: "trust",
  // Curves by residence: the four regions are steadier than twenty trusts.
  survival: "region",
  recurrence: "region"
};

export const urlParams = {
  /** One indicator of several: the first, or the one the page prefers. */
  indicator: {
    pages: ["survival", "recurrence", "explorer"],
    spec: (ids: readonly string[], preferred?: string): ParamSpec => ({
      name: "indicator",
      values: ids,
      fallback: preferred !== undefined && ids.includes(preferred) ? preferred : ids[0]
    })
  },
  /** The attribution (treating hospital, residence, …): the indicator's own default. */
  context: {
    pages: ["indicator", "explorer"],
    spec: (indicator: { contexts: readonly string[]; defaultContext: string }): ParamSpec => ({
      name: "context",
      values: indicator.contexts,
      fallback: indicator.defaultContext
    })
  },
  /** A grouped indicator's group (a PROM's treatment): the first. */
  group: {
    pages: ["indicator"],
    spec: (groups: readonly string[]): ParamSpec => ({ name: "group", values: groups, fallback: groups[0] })
  },
  /** The unit level: the page's levels (in the order offered), health trusts or the page's own default first. */
  level: {
    pages: Object.keys(levelDefaults) as Page[],
    spec: (page: Page, levels: readonly string[]): ParamSpec => ({
      name: "level",
      values: levels,
      fallback: levels.includes(levelDefaults[page]) ? levelDefaults[page] : levels[0]
    })
  },
  /**
   * The period shown ("2022", "2020–2022"; a year on the registry page): the page's default, the latest
   * confirmed, else the latest. Registry links made before it was named `period` say `year`. The deck takes
   * a year (each indicator's period ending then), "" by default: each indicator's latest confirmed period.
   */
  period: {
    pages: ["indicator", "registry", "survival", "recurrence", "present"],
    spec: (periods: readonly string[], preferred?: string | null): ParamSpec => ({
      name: "period",
      aliases: ["year"],
      values: periods,
      fallback: preferred ?? periods[periods.length - 1]
    })
  },
  /** The unit drawn beside the nation in the indicator's trend: none. */
  unit: {
    pages: ["indicator"],
    spec: (units: readonly string[]): ParamSpec => ({ name: "unit", values: ["", ...units], fallback: "" })
  },
  /** The explorer's first and last year of diagnosis (or treatment): both the latest year. */
  from: {
    pages: ["explorer"],
    spec: (years: readonly string[]): ParamSpec => ({ name: "from", values: years, fallback: years[years.length - 1] })
  },
  to: {
    pages: ["explorer"],
    spec: (years: readonly string[]): ParamSpec => ({ name: "to", values: years, fallback: years[years.length - 1] })
  },
  /** The explorer's area: a region or health trust to look inside; all of Norway by default. */
  within: {
    pages: ["explorer"],
    spec: (areas: readonly string[]): ParamSpec => ({ name: "within", values: ["", ...areas], fallback: "" })
  },
  /** The explorer's patient filters, comma-separated lists: none chosen means everyone. */
  sex: { pages: ["explorer"], spec: (values: readonly string[]) => ({ name: "sex", values }) },
  age: { pages: ["explorer"], spec: (values: readonly string[]) => ({ name: "age", values }) },
  stage: { pages: ["explorer"], spec: (values: readonly string[]) => ({ name: "stage", values }) },
  /** The comparison views' filter (comparison.ts) and the small multiples' order: every unit, by value. */
  filter: {
    pages: ["indicator"],
    spec: (): ParamSpec => ({ name: "filter", values: comparisonFilters, fallback: "" })
  },
  order: {
    pages: ["indicator"],
    spec: (): ParamSpec => ({ name: "order", values: comparisonOrders, fallback: "value" })
  },
  /** The deck's registries and indicators, comma-separated lists: none chosen means all of the unit's. */
  registries: { pages: ["present"], spec: (values: readonly string[]) => ({ name: "registries", values }) },
  indicators: { pages: ["present"], spec: (values: readonly string[]) => ({ name: "indicators", values }) }
} satisfies Record<string, { pages: readonly Page[]; spec: (...args: never[]) => { name: string } }>;
