/**
 * Drives Debian's Chromium through playwright-core and records everything a page must not do:
 * console errors, uncaught exceptions, failed requests, and any request that leaves 127.0.0.1.
 */
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../loaders/publish/chromium.ts";

/** Debian's Chromium with the project's flags (loaders/publish/chromium.ts); fails clearly when missing. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  outsideRequests: string[];
  failedRequests: string[];
}

/** Opens a page that records problems; outside requests are aborted so nothing ever leaves the machine. */
export async function openWatchedPage(
  browser: Browser,
  { locale = "nb-NO", viewport }: { locale?: string; viewport?: { width: number; height: number } } = {}
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ locale, acceptDownloads: true, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], outsideRequests: [], failedRequests: [] };
  // Only requests leaving the machine are intercepted (and aborted): intercepting local ones would put
  // every response, including DuckDB's 34 MB wasm stream, through the route handler.
  const isLocal = (url: URL) => url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:";
  await context.route(
    (url) => !isLocal(url),
    (route) => {
      problems.outsideRequests.push(route.request().url());
      return route.abort("blockedbyclient");
    }
  );
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.message));
  page.on("requestfailed", (request) => {
    const url = request.url();
    const error = request.failure()?.errorText ?? "";
    // ERR_ABORTED is the page cancelling its own request (DuckDB-WASM's streaming compile sometimes releases
    // the wasm response before Chrome marks it finished); the page still works, and a missing or refused
    // resource shows up as a console error or another failure code.
    if (!problems.outsideRequests.includes(url) && error !== "net::ERR_ABORTED")
      problems.failedRequests.push(`${url}: ${error}`);
  });
  return { page, problems };
}

/** Waits until Framework has rendered every cell: no <observablehq-loading> placeholder remains. */
export async function waitForRender(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, undefined, {
    timeout
  });
}

/** Cells that rendered an error (Framework shows them as .observablehq--error). */
export function cellErrors(page: Page): Promise<string[]> {
  return page.$$eval(".observablehq--error", (nodes) => nodes.map((n) => n.textContent ?? ""));
}

export function problemList(problems: PageProblems): string[] {
  return [
    ...problems.consoleErrors.map((m) => `console error: ${m}`),
    ...problems.pageErrors.map((m) => `uncaught: ${m}`),
    ...problems.outsideRequests.map((m) => `outside request: ${m}`),
    ...problems.failedRequests.map((m) => `failed request: ${m}`)
  ];
}
