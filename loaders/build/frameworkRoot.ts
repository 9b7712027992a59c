/**
 * The source root one Framework run reads: a folder of links to src/, so its loader cache
 * (<root>/.observablehq/cache, which Framework keys by path only) is its own and no other run can write
 * into it. A public root has no council-only page or data loader at all, so a public build or preview
 * cannot run, cache or serve one.
 */
import { mkdir, readdir, symlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Audience } from "../pages/siteData.ts";

/** The sources (relative to src/) of the council's explorer and data-quality report. */
export const councilOnlySources = [
  "[lang]/explorer.md",
  "[lang]/data-quality.md",
  "data/explorer",
  "data/data-quality.json.ts"
];

/** Links `into` to every entry of `from` (relative path `at`) but the excluded ones, as few links as can be. */
async function mirror(from: string, into: string, at: string, excluded: string[]): Promise<void> {
  await mkdir(into, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.name === ".observablehq") continue;
    const path = at ? `${at}/${entry.name}` : entry.name;
    if (excluded.includes(path)) continue;
    // A parameterized folder ("[lang]") must be a real one: Framework's router takes a link to a folder
    // for a file, so `/index` would be routed to the link "[lang]".
    if (entry.isDirectory() && (/\[.+\]/.test(entry.name) || excluded.some((e) => e.startsWith(`${path}/`))))
      await mirror(join(from, entry.name), join(into, entry.name), path, excluded);
    else await symlink(join(from, entry.name), join(into, entry.name));
  }
}

/** Makes the source root of one run for `audience` in `dir` (which must not exist yet). */
export async function makeFrameworkRoot(audience: Audience, dir: string, src = resolve("src")): Promise<string> {
  await mirror(src, dir, "", audience === "public" ? councilOnlySources : []);
  return dir;
}
