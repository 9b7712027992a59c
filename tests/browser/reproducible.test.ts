// Same extract and same code → byte-identical public site, even while a council preview runs beside the
// build and its pages (patient-level data among them) are opened: the second build is made during such a
// preview and compared file by file with the first, made alone. The preview's front door is checked too.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { get } from "node:http";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildSite } from "../../loaders/build/build.ts";
import { startPreview, type RunningPreview } from "../support/preview.ts";
import { siteFiles } from "../support/sitePages.ts";

const councilPages = [
  "/nb/unit/unn",
  "/nb/indicator/prostate-low-risk-radical",
  "/en/registry/prostate",
  "/nb/",
  "/nb/report",
  "/nb/explorer",
  "/nb/data-quality"
];

/** A GET with the Host header of our choosing (fetch sets its own). */
function getWithHost(url: URL, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { host } }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

/** Opens a page of the preview as a browser would: the page, then every data file it names. */
async function openPage(base: string, path: string): Promise<number> {
  const page = new URL(path, base);
  const html = await (await fetch(page)).text();
  // Framework names a page's files relative to the page ("../../_file/data/unit/unn.json").
  const files = [...html.matchAll(/"((?:\.\.?\/)*_file\/data\/[^"]+)"/g)].map((m) => m[1]);
  for (const file of files) await (await fetch(new URL(file, page))).arrayBuffer();
  return files.length;
}

describe("a public build beside a council preview", () => {
  let preview: RunningPreview;

  beforeAll(async () => {
    preview = await startPreview({ council: true, env: { QI_EXTRACT: inject("extractDir") } });
  }, 600_000);
  afterAll(async () => {
    await preview?.stop();
  });

  it("is byte for byte the public build made alone", async () => {
    const first = inject("publicDir");
    let done = false;
    const build = buildSite({ audience: "public", out: resolve(".qi", "test-sites", "public-again"), quiet: true });
    build.finally(() => (done = true)).catch(() => {});
    let opened = 0;
    while (!done) for (const path of councilPages) if (!done) opened += await openPage(preview.url, path);
    const { out } = await build;
    // The council's patient-level and small-count data were served while the build ran.
    expect(opened).toBeGreaterThan(councilPages.length);
    const a = siteFiles(first);
    const b = siteFiles(out);
    expect(b).toEqual(a);
    const different = a.filter((file) => !readFileSync(resolve(first, file)).equals(readFileSync(resolve(out, file))));
    expect(different).toEqual([]);
  }, 900_000);

  it("answers only requests addressed to it, refuses malformed URLs and lives on", async () => {
    const url = new URL("/_file/data/explorer/cohort.arrow", preview.url);
    const rebound = await getWithHost(url, "attacker.example");
    expect(rebound.status).toBe(403);
    expect(rebound.body).toContain(`this preview answers only ${preview.url}`);
    expect((await getWithHost(url, new URL(preview.url).host)).status).toBe(200);
    const malformed = await fetch(new URL("/%", preview.url));
    expect(malformed.status).toBe(400);
    expect((await fetch(new URL("/nb/", preview.url))).status).toBe(200);
    // Pages link to their .html files (as on any static server); a clean URL is sent there.
    expect((await fetch(new URL("/nb/about.html", preview.url))).status).toBe(200);
    const clean = await fetch(new URL("/nb/about?x=1", preview.url), { redirect: "manual" });
    expect([clean.status, clean.headers.get("location")]).toEqual([302, "/nb/about.html?x=1"]);
    expect(preview.stderr()).toContain(
      "It serves patient-level data (the explorer's cohort) to this computer only: never forward, proxy or share"
    );
  });

  it("leaves no run folder behind when stopped", async () => {
    const runs = resolve(".qi", "runs");
    expect(existsSync(runs) ? readdirSync(runs).filter((name) => name.startsWith("council-")) : []).toHaveLength(1);
    expect(await preview.stop()).toBe(0);
    expect(existsSync(runs) ? readdirSync(runs).filter((name) => name.startsWith("council-")) : []).toEqual([]);
  });
});
