/**
 * A fingerprint of the code that turns an extract into results: the engine, statistics, extract reader,
 * output writers and every indicator definition (and interpretation). Cached results are reused only for
 * the same extract and the same fingerprint.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { projectRoot } from "../engine/provenance.ts";

const computeSources = [
  "loaders/engine",
  "loaders/stats",
  "loaders/extract",
  "loaders/output",
  // The disclosure relations are computed with the results; the rest of loaders/disclosure runs per build.
  "loaders/disclosure/membership.ts",
  "indicators"
];

// A missing source folder throws: a fingerprint of nothing would never change and never invalidate.
function listFiles(root: string, dir: string): string[] {
  if (statSync(join(root, dir)).isFile()) return [dir];
  return readdirSync(join(root, dir))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(root, path)).isDirectory() ? listFiles(root, path) : [path];
    });
}

export function computeCodeHash(root = projectRoot): string {
  const hash = createHash("sha256");
  for (const file of computeSources.flatMap((dir) => listFiles(root, dir))) {
    hash.update(relative(root, join(root, file)).split(sep).join("/"));
    hash.update("\0");
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}
