/**
 * The health check every browser test applies to every page: it renders with no console error, no
 * uncaught exception, no failed request, no request leaving 127.0.0.1, no errored cell, and every
 * chart (a .qi-chart figure) holds a rendered SVG with marks.
 */
import type { Browser, Page } from "playwright-core";
import { cellErrors, openWatchedPage, problemList, waitForRender, type PageProblems } from "./browser.ts";

export interface PageReport {
  page: Page;
  problems: string[];
  raw: PageProblems;
}

/** Charts that did not render: a .qi-chart with no <svg> containing at least one mark group. */
export function emptyCharts(page: Page): Promise<string[]> {
  return page.$$eval(".qi-chart", (figures) =>
    figures
      .filter((figure) => !figure.querySelector("svg [aria-label], svg g > *"))
      .map((figure) => figure.getAttribute("aria-label") ?? figure.id ?? "unnamed chart")
  );
}

export async function visitPage(
  browser: Browser,
  url: string,
  { settle, viewport }: { settle?: (page: Page) => Promise<void>; viewport?: { width: number; height: number } } = {}
): Promise<PageReport> {
  const { page, problems } = await openWatchedPage(browser, { viewport });
  await page.goto(url);
  await waitForRender(page);
  if (settle) await settle(page);
  const list = problemList(problems);
  for (const error of await cellErrors(page)) list.push(`cell error: ${error}`);
  for (const chart of await emptyCharts(page)) list.push(`chart did not render: ${chart}`);
  return { page, problems: list, raw: problems };
}
