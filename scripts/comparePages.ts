/**
 * Proves a change leaves what a reader sees as it was: opens the same pages of two built sites in
 * Chromium and compares what they render, page by page: a full-page screenshot pixel for pixel, and the
 * body's elements and text after every cell has run, with the final URL and the title. compareOutput.ts
 * compares files; this compares pages once their JavaScript has run, so code moved between a page and
 * its components shows up only if the page looks different.
 *
 *   npx tsx scripts/comparePages.ts <base-site> <head-site> [--out <dir>]
 *   npx tsx scripts/comparePages.ts --outputs <folder kept by compareOutput.ts --keep> [--out <dir>]
 *
 * Visits every page the browser tests visit (parameterised pages sampled) in both languages, and the
 * selections below. Normalised away: the code version's commit (masked in the screenshots, with the
 * other facts in code type), Framework's cell wrappers, ids and comments, the spacing of text between
 * elements (the rendered text is compared too), Plot's generated class names, the chart figure counter,
 * Inputs' generated ids, and the explorer's timings (masked too). With --out, writes each page's
 * normalised HTML, and the screenshots of pages that differ, under <dir>/base and <dir>/head.
 * Exits 1 when any page differs.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { launchChromium } from "../loaders/publish/chromium.ts";
import { serveStatic, type RunningServer } from "../loaders/publish/staticServer.ts";
import { pagesToVisit } from "../tests/support/sitePages.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { outputs: { type: "string" }, out: { type: "string" } }
});

/** Selections that the sampled pages do not make by default. */
const selections = [
  "/indicator/myeloma-biopsy?level=hospital&period=2018",
  "/indicator/lung-30-day-mortality?level=hospital&period=2018%E2%80%932020",
  "/indicator/lung-curative-treatment?context=treating&level=hospital&unit=ous",
  "/indicator/prostate-urinary-incontinence?group=radiotherapy",
  "/registry/lung?level=hospital&year=2021",
  "/registry/prostate?level=region",
  "/survival?indicator=myeloma-relative-survival&level=trust",
  "/recurrence?level=trust"
];
const councilSelections = [
  "/explorer?context=residence&from=2020&indicator=lung-curative-treatment&level=hospital&to=2021",
  "/explorer?indicator=lung-days-to-treatment&level=region&sex=male&within=helse-nord"
];

function sitePairs(): [string, string][] {
  if (values.outputs) {
    const root = resolve(values.outputs);
    return ["dist", "dist-council"]
      .filter((site) => existsSync(join(root, "base", site)))
      .map((site) => [join(root, "base", site), join(root, "head", site)]);
  }
  if (positionals.length !== 2) {
    process.stderr.write(
      "usage: npx tsx scripts/comparePages.ts <base-site> <head-site> [--out <dir>]\n" +
        "       npx tsx scripts/comparePages.ts --outputs <kept compareOutput folder> [--out <dir>]\n"
    );
    process.exit(2);
  }
  return [[resolve(positionals[0]), resolve(positionals[1])]];
}

interface Rendered {
  /** The page's URL, title, rendered text and elements, normalised. */
  html: string;
  /** A full-page screenshot, the explorer's timings masked. */
  png: Buffer;
}

/** The page as a reader sees it, with what differs between two builds of the same page taken out. */
async function render(browser: Browser, url: string): Promise<Rendered> {
  const context = await browser.newContext({ locale: "nb-NO", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForLoadState("load");
    await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, undefined, {
      timeout: 60_000
    });
    if (url.includes("/explorer")) await page.waitForSelector(".qi-live-result", { timeout: 60_000 });
    // The survival page draws its charts at the width of its container after layout.
    await page.waitForTimeout(300);
    const html = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const node of body.querySelectorAll("script, template")) node.remove();
      // Framework wraps each cell's output; how a page is cut into cells is not what a reader sees.
      for (const cell of [...body.querySelectorAll(".observablehq, [id^='cell-']")].reverse()) {
        if (cell.matches(".observablehq--error")) continue;
        cell.replaceWith(...cell.childNodes);
      }
      // How the source spaces its markup is not what a reader sees: the elements are compared with their
      // text trimmed, and the rendered text (innerText, which follows CSS whitespace rules) beside them.
      body.normalize();
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const texts: Node[] = [];
      while (walker.nextNode()) texts.push(walker.currentNode);
      for (const node of texts) {
        if (node.parentElement?.closest("pre")) continue;
        const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
        if (text) node.textContent = text;
        else node.parentNode?.removeChild(node);
      }
      return `${location.pathname}${location.search}\n${document.title}\n${document.body.innerText}\n${body.innerHTML}`;
    });
    const png = await page.screenshot({
      fullPage: true,
      animations: "disabled",
      mask: [page.locator(".qi-live-result > .qi-table-wrapper caption"), page.locator(".qi-facts code")]
    });
    const normalised = html
      .replace(/<!--.*?-->/gs, "")
      .replace(/(\d+\.\d+\.\d+) \([0-9a-f]{12}\)/g, "$1 (<commit>)")
      .replace(/plot-[0-9a-f]{6}/g, "plot-*")
      .replace(/qi-chart-\d+/g, "qi-chart-*")
      .replace(/inputs-[0-9a-f]{5,6}-\d+/g, "inputs-*")
      .replace(/data-ms="\d+"|data-stamp="[\d.]+"/g, "")
      .replace(/(Computed in|Beregnet på) \d+ ms/g, "$1 * ms")
      .replace(/></g, ">\n<");
    return { html: normalised, png };
  } finally {
    await context.close();
  }
}

const pairs = sitePairs();
const browser = await launchChromium();
let differ = 0;
let pages = 0;
try {
  for (const [baseDir, headDir] of pairs) {
    const council = headDir.endsWith("council");
    const servers: RunningServer[] = [await serveStatic(baseDir), await serveStatic(headDir)];
    const paths = [
      ...pagesToVisit(headDir),
      ...["nb", "en"].flatMap((lang) =>
        [...selections, ...(council ? councilSelections : [])].map((path) => `/${lang}${path}`)
      )
    ];
    try {
      for (const path of paths) {
        const [base, head] = [
          await render(browser, servers[0].url + path),
          await render(browser, servers[1].url + path)
        ];
        pages++;
        const name = `${council ? "council" : "public"}${path}`.replace(/[^\w.-]+/g, "_");
        const sameHtml = base.html === head.html;
        const samePixels = base.png.equals(head.png);
        if (values.out) {
          for (const [side, rendered] of [
            ["base", base],
            ["head", head]
          ] as const) {
            mkdirSync(join(values.out, side), { recursive: true });
            writeFileSync(join(values.out, side, `${name}.html`), rendered.html);
            if (!samePixels) writeFileSync(join(values.out, side, `${name}.png`), rendered.png);
          }
        }
        if (!sameHtml || !samePixels) {
          differ++;
          const what = [sameHtml ? "" : "elements or text", samePixels ? "" : "pixels"].filter(Boolean).join(", ");
          process.stdout.write(`differs (${what}): ${council ? "council" : "public"} ${path}\n`);
        }
      }
    } finally {
      for (const server of servers) await server.close();
    }
  }
} finally {
  await browser.close();
}
process.stdout.write(differ === 0 ? `same: ${pages} pages\n` : `${differ} of ${pages} pages differ\n`);
process.exit(differ === 0 ? 0 : 1);
