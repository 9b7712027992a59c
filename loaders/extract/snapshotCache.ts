/**
 * Where validated snapshots live and how they are keyed. A snapshot is keyed by the extract checksum and
 * the validator's fingerprint (the snapshot format and the source of loaders/extract/, which holds every
 * rule), so an unchanged extract is not validated again, and a changed rule never serves a stale result.
 * The cache is under `.qi/snapshots/` in the project root, which git ignores.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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
    for (const file of readdirSync(here).filter((f) => f.endsWith(".ts")).sort()) {
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
