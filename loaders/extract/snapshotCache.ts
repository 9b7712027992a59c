/**
 * Where validated snapshots live and how they are keyed. A snapshot is keyed by the extract checksum and
 * the validator's fingerprint (the snapshot format and the source of loaders/extract/, which holds every
 * rule), so an unchanged extract is not validated again, and a changed rule never serves a stale result.
 * The cache is under `.qi/snapshots/` in the project root, which git ignores, and keeps the most recently
 * used snapshots only (`pruneCache`).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { readdir, rm, stat, utimes } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { alive } from "../processIdentity.ts";

export const snapshotFormat = "qi-snapshot/1";

const here = dirname(fileURLToPath(import.meta.url));

export const projectRoot = join(here, "..", "..");

export function defaultCacheDir(): string {
  return join(projectRoot, ".qi", "snapshots");
}

let fingerprint: string | null = null;

/** SHA-256 of the snapshot format and the validator's sources. */
export function validatorFingerprint(): string {
  if (fingerprint === null) {
    const hash = createHash("sha256").update(snapshotFormat);
    for (const file of readdirSync(here)
      .filter((f) => f.endsWith(".ts"))
      .sort()) {
      hash.update(`\n${file}\n`).update(readFileSync(join(here, file)));
    }
    fingerprint = hash.digest("hex");
  }
  return fingerprint;
}

/** The cache key of an extract: its checksum and the validator's fingerprint. */
export function snapshotKey(extractChecksum: string): string {
  return createHash("sha256").update(`${extractChecksum}\n${validatorFingerprint()}`).digest("hex").slice(0, 32);
}

/** The extract checksum: SHA-256 of `<sha256>  <file>` lines sorted by file name, as `sha256sum` prints them. */
export function extractChecksum(files: Record<string, string>): string {
  const lines = Object.keys(files)
    .sort()
    .map((file) => `${files[file]}  ${file}\n`)
    .join("");
  return createHash("sha256").update(lines).digest("hex");
}

/** How many snapshots the cache keeps. */
export const cachedSnapshots = 8;

/** Marks a cached snapshot as just used, so that pruning keeps it. */
export async function touchSnapshot(dir: string, marker: string): Promise<void> {
  const now = new Date();
  await utimes(join(dir, marker), now, now).catch(() => {});
}

/**
 * Removes all but the `keep` most recently used snapshots (sparing any used in the last hour), and
 * unfinished ones (`*.tmp-<pid>-*`) whose validation has stopped (or that are older than a day).
 */
export async function pruneCache(cacheDir: string, marker: string, keep = cachedSnapshots): Promise<void> {
  const entries = await readdir(cacheDir, { withFileTypes: true }).catch(() => []);
  const snapshots: { path: string; used: number }[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const path = join(cacheDir, entry.name);
    if (entry.name.includes(".tmp-")) {
      const info = await stat(path).catch(() => null);
      const pid = Number(/\.tmp-(\d+)-/.exec(entry.name)?.[1] ?? 0);
      if (info && (!alive(pid) || Date.now() - info.mtimeMs > 86_400_000))
        await rm(path, { recursive: true, force: true });
      continue;
    }
    const info = await stat(join(path, marker)).catch(() => null);
    snapshots.push({ path, used: info?.mtimeMs ?? 0 });
  }
  snapshots.sort((a, b) => b.used - a.used);
  // A snapshot used in the last hour stays, however many there are: another process may be loading it.
  for (const old of snapshots.slice(keep))
    if (Date.now() - old.used > 3_600_000) await rm(old.path, { recursive: true, force: true });
}
