/**
 * Keeps a cache folder from growing without end: of the entries in `parent`, the `keep` most recently
 * modified stay (and always `current`); the rest are removed. Entries still being written are left alone.
 */
import { readdirSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";

export async function pruneCache(parent: string, current: string, keep = 4): Promise<void> {
  const entries = readdirSync(parent, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.includes(".partial-"))
    .map((e) => ({ path: join(parent, e.name), mtime: statSync(join(parent, e.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  const stale = entries.filter((e) => e.path !== current).slice(Math.max(0, keep - 1));
  for (const entry of stale) await rm(entry.path, { recursive: true, force: true });
}
