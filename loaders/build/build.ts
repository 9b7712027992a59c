/**
 * Builds the site into a temporary folder and swaps it into place only when everything succeeded,
 * so a failed build never leaves a half-built dist/ behind, and a killed one never leaves none.
 */
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { runFramework } from "./runFramework.ts";
import { withSiteRun } from "./siteRun.ts";
import { UserError } from "../userError.ts";
import { siteManifest } from "../pages/siteData.ts";
import { finalizeSite } from "./finalize.ts";
import { prepareSite, type PreparedSite } from "./prepare.ts";
import { withSiteBuildLock } from "./buildLock.ts";
import { recoverFolder, stagingFor, swapFolder } from "./swapFolder.ts";
import { fsyncTree } from "../verifiedFolder.ts";
import { publishedTablePath } from "../disclosure/siteReader.ts";

export interface BuildOptions {
  /** "public" publishes only disclosure-controlled aggregates; "council" adds the explorer and data quality. */
  audience: "public" | "council";
  /** Output directory (default dist/ for public, dist-council/ for council). */
  out?: string;
  /** Capture Framework's output and show it only if the build fails. */
  quiet?: boolean;
  /** Compute from the usable rows of an extract with errors (they are listed in the data-quality report). */
  dropInvalid?: boolean;
}

export interface BuiltSite {
  out: string;
  site: PreparedSite;
}

/**
 * What this build was made from, written beside the pages (provenance.json): the extract's checksum and
 * extract.json, every indicator with its versions, the code version and the build options. The about page
 * and the PDF show the same.
 */
function provenance(site: PreparedSite, pagesDir: string) {
  const manifest = siteManifest(site.resultsDir);
  const disclosure = join(pagesDir, "disclosure.json");
  return {
    extract: { checksum: manifest.extract.checksum, manifest: manifest.extract.manifest },
    indicators: manifest.indicators,
    code: manifest.code,
    engine: manifest.engine,
    build: { audience: site.audience, dropInvalid: site.dropInvalid },
    // The public build's disclosure policy (the council build hides nothing).
    ...(existsSync(disclosure) ? { disclosure: JSON.parse(readFileSync(disclosure, "utf8")) as unknown } : {})
  };
}

/** The public build publishes its open data table at the site root (docs/disclosure.md, "Open data"). */
async function publishTable(site: PreparedSite, pagesDir: string, staging: string): Promise<void> {
  if (site.audience !== "public") return;
  await mkdir(join(staging, "data"), { recursive: true });
  await copyFile(join(pagesDir, "published.csv"), join(staging, publishedTablePath));
}

async function frameworkBuild(site: PreparedSite, out: string, staging: string, quiet: boolean): Promise<void> {
  // The run's page data (published.csv, the disclosure policy) last only as long as the run.
  await withSiteRun(site, { output: staging }, async (state) => {
    const { code, output } = await runFramework(["build"], state, { quiet });
    if (code !== 0 || !existsSync(join(staging, "index.html"))) {
      const detail = quiet ? `\n${output.trim()}\n` : " (see the messages above)";
      throw new UserError(`the site build failed${detail}; ${out} was left as it was`);
    }
    await finalizeSite(staging);
    const record = provenance(site, state.pagesDir);
    await writeFile(join(staging, "provenance.json"), JSON.stringify(record, null, 2) + "\n");
    await publishTable(site, state.pagesDir, staging);
  });
  await fsyncTree(staging);
  await swapFolder(staging, out);
}

export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  const out = resolve(options.out ?? (options.audience === "public" ? "dist" : "dist-council"));
  // Preparing writes the page data Framework reads, so it too happens under the lock.
  const site = await withSiteBuildLock("qi build", async () => {
    for (const done of await recoverFolder(out)) process.stderr.write(`qi build: ${done}\n`);
    // Staged beside the target, so the swap is a rename within one file system; made first, so a full,
    // read-only or forbidden output folder is reported before the long steps.
    const staging = stagingFor(out);
    await mkdir(staging, { recursive: true });
    try {
      const prepared = await prepareSite({ audience: options.audience, dropInvalid: options.dropInvalid });
      await frameworkBuild(prepared, out, staging, options.quiet ?? false);
      return prepared;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  });
  return { out, site };
}
