/**
 * The shapes of the data the pages receive, derived from the slices that cut them (loaders/pages/slices/,
 * written as JSON and read by the one-line loaders in src/data/): a field renamed or dropped in a slice
 * breaks `tsc` wherever a component still reads it. Type imports only, erased before Framework bundles
 * the components, so the browser never loads loaders/.
 * Result rows keep the snake_case column names of results.csv (docs/results-format.md), so what a reader
 * downloads is what the page shows; a page row carries only the columns the pages use (pageRows.ts).
 */
import type { PageRow } from "../../loaders/pages/pageRows.ts";
import type {
  aboutPage,
  curvePage,
  dataQualityPage,
  explorerCatalogue,
  frontPage,
  indicatorMeta,
  indicatorPage,
  indicatorSummary,
  presentDeck,
  presentPeers,
  promPage,
  registryPage,
  reportPage,
  unitPage
} from "../../loaders/pages/slices/index.ts";

/** One page's data: what its slice returns. */
export type FrontPageData = ReturnType<typeof frontPage>;
export type RegistryPageData = ReturnType<typeof registryPage>;
export type IndicatorPageData = ReturnType<typeof indicatorPage>;
export type UnitPageData = ReturnType<typeof unitPage>;
export type CurvePageData = ReturnType<typeof curvePage>;
export type PromPageData = ReturnType<typeof promPage>;
export type AboutPageData = ReturnType<typeof aboutPage>;
export type ReportData = ReturnType<typeof reportPage>;
export type ExplorerCatalogue = ReturnType<typeof explorerCatalogue>;
export type DataQualityPageData = ReturnType<typeof dataQualityPage>;
export type DeckNotes = ReturnType<typeof presentDeck>;
export type PresentPeers = ReturnType<typeof presentPeers>;

/** A result row as the pages have it. */
export type ResultRow = PageRow;
export type UnitLevel = ResultRow["unit_level"];
export type TargetLevel = NonNullable<ResultRow["level"]>;
export type Flag = NonNullable<ResultRow["flag"]>;

/** What the overview pages know of an indicator, and the full description its own page has. */
export type IndicatorSummary = ReturnType<typeof indicatorSummary>;
export type IndicatorMeta = ReturnType<typeof indicatorMeta>;
export type Text = IndicatorSummary["title"];
export type TargetVersion = IndicatorSummary["versions"][number];
export type Target = NonNullable<TargetVersion["target"]>;

export type Funnel = IndicatorPageData["funnels"][number];
export type FunnelLine = Funnel["lines"][number];
export type UnitInfo = RegistryPageData["units"][number];
/** A point of a survival or recurrence curve, and of a PROM series. */
export type CurvePoint = CurvePageData["indicators"][number]["curves"][number];
export type PromPoint = PromPageData["indicators"][number]["series"][number];

/** The printed report: its registries, their indicators, and the rows its charts and tables use. */
export type ReportSection = ReportData["registries"][number];
export type ReportIndicator = ReportSection["indicators"][number];
export type ReportRow = ReportIndicator["national"][number];
