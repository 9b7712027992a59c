/**
 * Builds the public and the council site once for all browser tests (as `qi build` does, into test
 * folders so a developer's dist/ is untouched) and serves each on 127.0.0.1.
 * Set QI_TEST_REUSE_BUILD=1 to skip rebuilding when the folders exist (local iteration only). The extract
 * is the scale-0.1 demo with planted sentinels (tests/support/sentinelExtract.ts) unless QI_EXTRACT is set.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../../loaders/build/build.ts";
import { prepareSite } from "../../loaders/build/prepare.ts";
import { sentinelExtract } from "../support/sentinelExtract.ts";
import { serveStatic, type RunningServer } from "../support/staticServer.ts";

export const siteDirs = {
  public: resolve(".qi", "test-sites", "public"),
  council: resolve(".qi", "test-sites", "council")
};

declare module "vitest" {
  export interface ProvidedContext {
    publicUrl: string;
    councilUrl: string;
    publicDir: string;
    councilDir: string;
    /** The computed results both sites were built from. */
    resultsDir: string;
    /** The extract both sites were built from. */
    extractDir: string;
  }
}

export default async function setup(project: TestProject) {
  // The browser tests need every kind of page, not national volumes: a tenth of the demo builds faster,
  // with sentinel rows planted that the public build must never contain (tests/browser/sentinels.test.ts).
  process.env.QI_EXTRACT ??= await sentinelExtract();
  project.provide("extractDir", process.env.QI_EXTRACT as string);
  const servers: RunningServer[] = [];
  for (const audience of ["public", "council"] as const) {
    const dir = siteDirs[audience];
    if (!(process.env.QI_TEST_REUSE_BUILD && existsSync(dir))) {
      const { site } = await buildSite({ audience, out: dir, quiet: true });
      project.provide("resultsDir", site.resultsDir);
    } else {
      project.provide("resultsDir", (await prepareSite({ audience })).resultsDir);
    }
    const server = await serveStatic(dir);
    servers.push(server);
    project.provide(audience === "public" ? "publicUrl" : "councilUrl", server.url);
    project.provide(audience === "public" ? "publicDir" : "councilDir", dir);
  }
  return async () => {
    for (const server of servers) await server.close();
  };
}
