/**
 * The pages in Chromium, on the national-scale demo (issue 6 budgets):
 * - a report page transfers under 500 KB compressed (gzip, as a web server sends it; the explorer's
 *   DuckDB wasm excluded — it is not a report page);
 * - the largest contentful paint of an indicator page is under 1 s from a local server;
 * - the explorer re-queries after a filter change in under 150 ms.
 * Scale: QI_BENCH_SITE_SCALE (default 1). Builds both sites into bench/out/ (reusing the cached demo and
 * results), serves them on 127.0.0.1 and measures with Debian's Chromium.
 */
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import type { BenchCase, BudgetCheck } from "../case.ts";
import { buildSite } from "../../loaders/build/build.ts";
import { launchBrowser, openWatchedPage, waitForRender } from "../../tests/support/browser.ts";
import { serveStatic } from "../../tests/support/staticServer.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const reportPages = [
  "/nb/",
  "/nb/registry/lung",
  "/nb/indicator/lung-curative-treatment",
  "/nb/indicator/breast-clinical-report",
  "/nb/unit/unn",
  "/nb/survival",
  "/nb/recurrence",
  "/nb/proms",
  "/nb/about"
];

/** Bytes on the wire for everything a page loads (encoded bodies), until it has rendered. */
async function transferred(page: Page, url: string): Promise<number> {
  const sizes: Promise<number>[] = [];
  page.on("requestfinished", (request) =>
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize))
  );
  await page.goto(url);
  await waitForRender(page);
  await page.waitForLoadState("networkidle");
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

async function largestContentfulPaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await waitForRender(page);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1].startTime);
        }).observe({ type: "largest-contentful-paint", buffered: true });
      })
  );
}

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const bench: BenchCase = {
  name: "site",
  description: "report page transfer size, indicator page LCP and explorer re-query time in Chromium",
  async run() {
    process.env.QI_DEMO_SCALE = process.env.QI_BENCH_SITE_SCALE ?? "1";
    const started = performance.now();
    const publicSite = await buildSite({
      audience: "public",
      out: join(root, "bench", "out", "site-public"),
      quiet: true
    });
    const councilSite = await buildSite({
      audience: "council",
      out: join(root, "bench", "out", "site-council"),
      quiet: true
    });
    const buildSeconds = Math.round(performance.now() - started) / 1000;
    const server = await serveStatic(publicSite.out);
    const council = await serveStatic(councilSite.out);
    const browser = await launchBrowser();
    const figures: Record<string, number | string> = {
      scale: process.env.QI_DEMO_SCALE,
      "build both sites (s)": buildSeconds
    };
    const budgets: BudgetCheck[] = [];
    if (process.env.QI_DEMO_SCALE === "1")
      budgets.push({
        label: "public and council sites at scale 1, built together (s)",
        value: buildSeconds,
        budget: 60,
        met: buildSeconds <= 60
      });
    try {
      let largest = 0;
      for (const path of reportPages) {
        const { page } = await openWatchedPage(browser);
        const kb = Math.round((await transferred(page, server.url + path)) / 1024);
        figures[`transfer ${path} (KB)`] = kb;
        largest = Math.max(largest, kb);
        await page.context().close();
      }
      budgets.push({
        label: "largest report page transfer (KB, compressed)",
        value: largest,
        budget: 500,
        met: largest < 500
      });

      const lcps: number[] = [];
      for (let i = 0; i < 5; i++) {
        const { page } = await openWatchedPage(browser);
        lcps.push(await largestContentfulPaint(page, `${server.url}/nb/indicator/lung-curative-treatment`));
        await page.context().close();
      }
      const lcp = Math.round(median(lcps));
      figures["indicator page LCP, median of 5 (ms)"] = lcp;
      budgets.push({
        label: "indicator page largest contentful paint (ms)",
        value: lcp,
        budget: 1000,
        met: lcp < 1000
      });

      const { page } = await openWatchedPage(browser);
      const loadStarted = performance.now();
      await page.goto(`${council.url}/en/explorer?indicator=lung-curative-treatment`);
      await page.waitForSelector(".qi-live-result", { timeout: 120_000 });
      figures["explorer ready (s)"] = Math.round(performance.now() - loadStarted) / 1000;
      const queryMs: number[] = [];
      const wallMs: number[] = [];
      const boxes = page.locator("input[type=checkbox]");
      const count = Math.min(6, await boxes.count());
      for (let i = 0; i < count; i++) {
        const before = await page.getAttribute(".qi-live-result", "data-stamp");
        const t0 = performance.now();
        await boxes.nth(i).check();
        await page.waitForFunction(
          (stamp) => document.querySelector(".qi-live-result")?.getAttribute("data-stamp") !== stamp,
          before
        );
        wallMs.push(performance.now() - t0);
        queryMs.push(Number(await page.getAttribute(".qi-live-result", "data-ms")));
        const after = await page.getAttribute(".qi-live-result", "data-stamp");
        await boxes.nth(i).uncheck();
        await page.waitForFunction(
          (stamp) => document.querySelector(".qi-live-result")?.getAttribute("data-stamp") !== stamp,
          after
        );
      }
      const query = Math.round(median(queryMs));
      figures["explorer re-query, DuckDB-WASM, median (ms)"] = query;
      figures["explorer filter change to redrawn result, median (ms)"] = Math.round(median(wallMs));
      budgets.push({
        label: "explorer re-query after a filter change (ms)",
        value: query,
        budget: 150,
        met: query < 150
      });
      await page.context().close();
    } finally {
      await browser.close();
      await server.close();
      await council.close();
    }
    return { name: "site", figures, budgets };
  }
};
