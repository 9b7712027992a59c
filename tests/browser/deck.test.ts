// The presentation deck (/<lang>/present/<unit>) in Chromium: it opens at slide 1, steps with the keys a
// presenter's clicker sends, opens at a deep-linked slide, and every slide fits a 1280×720 projector with
// text large enough to read from the back of the room; the spine chart puts its markers at the page data's
// values, and a hidden cell is hidden on its slide with the unit page's reason.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { nationColor, unitColor } from "../../src/components/colors.ts";
import { words } from "../../src/components/i18n.ts";
import { suppressionReason } from "../../src/components/indicatorText.ts";
import type { PresentPeers, UnitPageData } from "../../src/components/types.ts";
import { launchBrowser } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const publicDir = inject("publicDir");
const publicUrl = inject("publicUrl");

/** A page-data file of the built site, by its name before the content hash. */
function siteJson<T>(folder: string, name: string): T {
  const dir = join(publicDir, "_file", "data", folder);
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"));
  if (!file) throw new Error(`no ${folder}/${name}.json in the public build`);
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
}

async function openDeck(path: string, viewport = { width: 1280, height: 720 }) {
  const report = await visitPage(browser, publicUrl + path, {
    settle: async (page) => {
      await page.setViewportSize(viewport);
      await page.waitForSelector(".qi-slide[data-slide]");
    }
  });
  expect(report.problems).toEqual([]);
  return report.page;
}

const slideNumber = (page: Page) => page.$eval(".qi-slide", (s) => Number((s as HTMLElement).dataset.slide));

async function goToSlide(page: Page, n: number) {
  await page.evaluate((n) => (location.hash = `slide-${n}`), n);
  await page.waitForFunction((n) => document.querySelector<HTMLElement>(".qi-slide")?.dataset.slide === String(n), n);
}

/** What does not fit or is too small on the slide shown. */
function slideProblems(page: Page, { body, chart }: { body: number; chart: number }) {
  return page.evaluate(
    ({ body, chart }) => {
      const problems: string[] = [];
      const slide = document.querySelector<HTMLElement>(".qi-slide")!;
      const n = slide.dataset.slide;
      if (slide.scrollHeight > slide.clientHeight)
        problems.push(`slide ${n}: content ${slide.scrollHeight} px in ${slide.clientHeight} px`);
      if (slide.scrollWidth > slide.clientWidth)
        problems.push(`slide ${n}: content ${slide.scrollWidth} px wide in ${slide.clientWidth} px`);
      // Nothing cut off inside it either: every box that clips its content holds all of it.
      for (const box of slide.querySelectorAll<HTMLElement>("*")) {
        if (!(box instanceof HTMLElement) || getComputedStyle(box).overflow === "visible") continue;
        // Visually hidden text (for screen readers) is clipped on purpose.
        if (box.clientWidth <= 1 && box.clientHeight <= 1) continue;
        const [w, h] = [box.scrollWidth, box.scrollHeight];
        if (h > box.clientHeight + 1 || w > box.clientWidth + 1)
          problems.push(`slide ${n}: ${box.className} clips ${w}×${h} px to ${box.clientWidth}×${box.clientHeight}`);
      }
      if (document.documentElement.scrollHeight > innerHeight)
        problems.push(`slide ${n}: page ${document.documentElement.scrollHeight} px high in ${innerHeight} px`);
      const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      const isChart = (e: Element) => e.closest("svg, .qi-spine-chart, [class*='-swatches']") !== null;
      // Text a reader sees: elements with a text node of their own, not visually hidden.
      const visible = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.width > 1 && r.height > 1 && [...e.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim());
      };
      const all = [...document.querySelectorAll(".qi-deck *")].filter(visible);
      let charts = 0;
      for (const e of all) {
        const min = isChart(e) ? chart : body;
        if (isChart(e) && e.closest("svg")) charts++;
        if (size(e) < min - 0.01)
          problems.push(`slide ${n}: "${e.textContent!.trim().slice(0, 40)}" at ${size(e)} px (min ${min})`);
      }
      return { problems, texts: all.length, charts };
    },
    { body, chart }
  );
}

for (const lang of ["nb", "en"] as const) {
  const w = words[lang];
  describe(`deck (${lang})`, () => {
    for (const unitId of ["unn", "unn-tromso"]) {
      const data = siteJson<UnitPageData>("unit", unitId);
      it(`${unitId}: opens at slide 1, steps with the keyboard and the back button`, async () => {
        const page = await openDeck(`/${lang}/present/${unitId}`);
        expect(await slideNumber(page)).toBe(1);
        expect(await page.textContent(".qi-slide h1")).toBe(data.unit.name);
        // No site header or footer: the slide counter and the unit's name instead.
        expect(await page.$("#observablehq-header, #observablehq-footer, .qi-header")).toBeNull();
        const total = Number((await page.textContent(".qi-deck-counter"))!.split(" / ")[1]);
        // Title, at least one summary screen, and one slide per indicator.
        expect(total).toBeGreaterThanOrEqual(2 + data.indicators.length);
        expect(await page.textContent(".qi-deck-bar")).toContain(data.unit.name);
        const steps: [string, number][] = [
          ["ArrowRight", 2],
          ["PageDown", 3],
          ["Space", 4],
          ["ArrowLeft", 3],
          ["PageUp", 2],
          ["End", total],
          ["Home", 1]
        ];
        for (const [key, expected] of steps) {
          await page.keyboard.press(key);
          await page.waitForFunction((n) => location.hash === `#slide-${n}`, expected);
          expect(await slideNumber(page)).toBe(expected);
          expect(await page.textContent(".qi-deck-counter")).toBe(`${expected} / ${total}`);
        }
        await page.goBack();
        await page.waitForFunction((n) => location.hash === `#slide-${n}`, total);
        expect(await slideNumber(page)).toBe(total);
        await page.context().close();
      });

      it(`${unitId}: opens at a deep-linked slide`, async () => {
        const last = data.indicators.length;
        const page = await openDeck(`/${lang}/present/${unitId}?indicators=${data.indicators[0].indicator.id}#slide-3`);
        // Title, one summary screen, the one indicator chosen.
        expect(await page.textContent(".qi-deck-counter")).toBe("3 / 3");
        expect(await page.textContent(".qi-slide h2")).toBe(data.indicators[0].indicator.title[lang]);
        expect(last).toBeGreaterThan(1);
        await page.context().close();
      });

      it(`${unitId}: every slide fits 1280×720 with body text ≥ 24 px and chart text ≥ 18 px`, async () => {
        const page = await openDeck(`/${lang}/present/${unitId}`);
        const total = Number((await page.textContent(".qi-deck-counter"))!.split(" / ")[1]);
        const problems: string[] = [];
        let charts = 0;
        for (let n = 1; n <= total; n++) {
          await goToSlide(page, n);
          const found = await slideProblems(page, { body: 24, chart: 18 });
          problems.push(...found.problems);
          charts += found.charts;
          expect(found.texts).toBeGreaterThan(2);
        }
        expect(problems).toEqual([]);
        // The measure saw the charts' text (each indicator slide has a trend with axis labels).
        expect(charts).toBeGreaterThan(data.indicators.length * 4);
        await page.context().close();
      });
    }

    it("fits 1920×1080 too, with text scaled up", async () => {
      const page = await openDeck(`/${lang}/present/unn?registries=prostate`, { width: 1920, height: 1080 });
      const total = Number((await page.textContent(".qi-deck-counter"))!.split(" / ")[1]);
      for (let n = 1; n <= total; n++) {
        await goToSlide(page, n);
        expect((await slideProblems(page, { body: 36, chart: 27 })).problems).toEqual([]);
      }
      await page.context().close();
    });

    it("puts the spine chart's markers at the page data's values", async () => {
      const data = siteJson<UnitPageData>("unit", "unn");
      const peers = siteJson<PresentPeers>("deck-peers", "trust");
      const page = await openDeck(`/${lang}/present/unn?registries=lung#slide-2`);
      const rows = await page.$$eval(".qi-spine-chart tbody tr", (trs) =>
        trs.map((tr) => {
          const box = (s: string) => tr.querySelector(s)?.getBoundingClientRect() ?? null;
          const [range, nation, marker] = [box(".qi-spine-range"), box(".qi-spine-nation"), box(".qi-spine-marker")];
          return {
            id: (tr as HTMLElement).dataset.indicator!,
            range: range && [range.left, range.right],
            nation: nation && (nation.left + nation.right) / 2,
            marker: marker && (marker.left + marker.right) / 2
          };
        })
      );
      const lung = data.indicators.filter((d) => d.indicator.registry === "lung");
      expect(rows.map((r) => r.id)).toEqual(lung.map((d) => d.indicator.id).slice(0, rows.length));
      let markers = 0;
      let ranges = 0;
      for (const row of rows) {
        const entry = lung.find((d) => d.indicator.id === row.id)!;
        const own = entry.rows.find((r) => r.period === entry.period)!;
        const nation = entry.national.find((r) => r.period === entry.period)!;
        const values = peers[row.id].rows
          .filter((r) => r.period === entry.period && !r.suppressed && r.value !== null)
          .map((r) => r.value as number);
        const [min, max] = [Math.min(...values), Math.max(...values)];
        expect(row.range).not.toBeNull();
        // A range of one unit is a line: it gives no scale to check the other marks against.
        if (!(max > min)) continue;
        ranges++;
        const [left, right] = row.range!;
        const at = (v: number) => left + ((v - min) / (max - min)) * (right - left);
        expect(Math.abs(row.nation! - at(nation.value as number))).toBeLessThan(2);
        if (own.suppressed || own.value === null) expect(row.marker).toBeNull();
        else {
          markers++;
          expect(Math.abs(row.marker! - at(own.value))).toBeLessThan(2);
        }
      }
      expect(ranges).toBeGreaterThan(3);
      expect(markers).toBeGreaterThan(0);
      await page.context().close();
    });

    it("shows a hidden cell as hidden, with the unit page's reason", async () => {
      // UNN's radical treatment of low-risk prostate cancer: counts of 1–4 are never published.
      const data = siteJson<UnitPageData>("unit", "unn");
      const entry = data.indicators.find((d) => d.rows.some((r) => r.suppressed))!;
      expect(entry).toBeDefined();
      const hidden = entry.rows.find((r) => r.suppressed)!;
      const page = await openDeck(
        `/${lang}/present/unn?indicators=${entry.indicator.id}&period=${hidden.period_end}#slide-3`
      );
      expect(await page.textContent(".qi-slide h2")).toBe(entry.indicator.title[lang]);
      const text = await page.textContent(".qi-slide-hidden");
      expect(text).toContain(w.deck.hiddenNote);
      expect(text).toContain(suppressionReason(hidden, lang));
      // Its value is nowhere on the slide.
      expect(await page.$(".qi-slide-result .qi-level")).toBeNull();
      await page.context().close();
    });
  });
}

describe("one colour per concept", () => {
  /** The colour of each series label in the trend charts' legends of a page. */
  async function legendColours(path: string): Promise<Map<string, Set<string>>> {
    const { page, problems } = await visitPage(browser, publicUrl + path);
    expect(problems).toEqual([]);
    const swatches = await page.$$eval("[class$='-swatch']", (spans) =>
      spans.map((s) => [s.textContent!.trim(), s.querySelector("svg")?.getAttribute("fill") ?? ""])
    );
    await page.context().close();
    const colours = new Map<string, Set<string>>();
    for (const [label, fill] of swatches) colours.set(label, (colours.get(label) ?? new Set()).add(fill));
    return colours;
  }

  it("draws the nation in the same colour on two units' pages, whatever their names", async () => {
    // "Ahus" sorts before "Norge" and "UNN" after it: colours that followed the labels' order swapped.
    const nation = words.nb.nation;
    const ahus = await legendColours("/nb/unit/ahus");
    const unn = await legendColours("/nb/unit/unn");
    for (const colours of [ahus, unn]) {
      expect([...colours.get(nation)!]).toEqual([nationColor]);
      // The unit compared with the nation: one other label, in the unit's colour.
      const others = [...colours].filter(([label]) => label !== nation);
      expect(others.map(([, fills]) => [...fills])).toEqual([[unitColor]]);
    }
  });
});
