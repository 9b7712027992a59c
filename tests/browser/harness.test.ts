// The harness itself must fail a page that reaches outside 127.0.0.1, logs a console error, throws, or
// shows a chart that did not render; otherwise a green run would prove nothing.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";
import { serveStatic, type RunningServer } from "../support/staticServer.ts";

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "qi-harness-"));
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta ` +
    `charset="utf-8"><title>t</title><link rel="icon" ` +
    `href="data:,"></head><body>${body}</body></html>`;
  writeFileSync(
    join(dir, "good.html"),
    page(`<figure class="qi-chart"><svg><g aria-label="dot"><circle r="2"></circle></g></svg></figure>`)
  );
  writeFileSync(
    join(dir, "outside.html"),
    page(`<script type="module">fetch("https://cdn.jsdelivr.net/npm/d3").catch(() => {});</script>`)
  );
  writeFileSync(join(dir, "console.html"), page(`<script type="module">console.error("planted failure");</script>`));
  writeFileSync(join(dir, "throws.html"), page(`<script type="module">throw new Error("planted exception");</script>`));
  writeFileSync(join(dir, "emptychart.html"), page(`<figure class="qi-chart" aria-label="empty"><svg></svg></figure>`));
  writeFileSync(join(dir, "missing.html"), page(`<img alt="" src="/nowhere.png">`));
  server = await serveStatic(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("browser harness", () => {
  it("passes a clean page", async () => {
    const report = await visitPage(browser, `${server.url}/good`);
    expect(report.problems).toEqual([]);
  });

  it("fails a page that requests an outside URL, and blocks the request", async () => {
    const report = await visitPage(browser, `${server.url}/outside`, { settle: (p) => p.waitForTimeout(300) });
    expect(report.raw.outsideRequests).toEqual(["https://cdn.jsdelivr.net/npm/d3"]);
    expect(report.problems.some((p) => p.startsWith("outside request: https://cdn.jsdelivr.net"))).toBe(true);
  });

  it("fails a page that logs a console error", async () => {
    const report = await visitPage(browser, `${server.url}/console`, { settle: (p) => p.waitForTimeout(200) });
    expect(report.problems).toContain("console error: planted failure");
  });

  it("fails a page that throws", async () => {
    const report = await visitPage(browser, `${server.url}/throws`, { settle: (p) => p.waitForTimeout(200) });
    expect(report.problems.some((p) => p.includes("planted exception"))).toBe(true);
  });

  it("fails a page whose chart did not render", async () => {
    const report = await visitPage(browser, `${server.url}/emptychart`);
    expect(report.problems).toContain("chart did not render: empty");
  });

  it("fails a page with a missing resource", async () => {
    const report = await visitPage(browser, `${server.url}/missing`, { settle: (p) => p.waitForTimeout(200) });
    expect(report.problems.some((p) => p.includes("404"))).toBe(true);
  });
});
