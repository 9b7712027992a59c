/**
 * Everything one Framework run (a build or a preview) reads and writes of its own, in `.qi/runs/<run>/`:
 * the page data cut for its audience (`pages/`) and its source root with Framework's cache (`root/`). Two
 * runs share no mutable file, so a council preview cannot put its data into a public build beside it. The
 * folder is removed when the run ends, and folders of runs that are gone are removed at the next start.
 */
import { mkdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { makeFrameworkRoot } from "./frameworkRoot.ts";
import { writePageFiles } from "./writePages.ts";
import type { PreparedSite } from "./prepare.ts";
import { identityTag } from "../processIdentity.ts";
import type { SiteState } from "./siteState.ts";
import { removeDeadPartials } from "./swapFolder.ts";

let runs = 0;

/** Runs `work` on a site state of its own for `site`; `output` is where a build writes the site. */
export async function withSiteRun<T>(
  site: PreparedSite,
  { output, root = process.cwd() }: { output?: string; root?: string },
  work: (state: SiteState) => Promise<T>
): Promise<T> {
  const parent = resolve(root, ".qi", "runs");
  await removeDeadPartials(parent, "run");
  const dir = join(parent, `${site.audience}-${++runs}.run-${identityTag()}`);
  await mkdir(dir, { recursive: true });
  try {
    const pagesDir = await writePageFiles(site, join(dir, "pages"));
    const frameworkRoot = await makeFrameworkRoot(site.audience, join(dir, "root"), resolve(root, "src"));
    const { audience, resultsDir } = site;
    return await work({ audience, resultsDir, pagesDir, root: frameworkRoot, ...(output ? { output } : {}) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
