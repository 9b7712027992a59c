/**
 * The computed results a site is built from, cached under .qi/results/ by the extract's content and the
 * code's fingerprint: the first preview or build computes them (progress on stderr), later ones reuse
 * them until the extract, an indicator or the engine changes, and only while every file is as it was
 * written (loaders/build/cachedFolder.ts).
 */
import { createHash } from "node:crypto";
import { createReadStream, readdirSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { computeCodeHash } from "./codeFingerprint.ts";
import { cachedFolder } from "./cachedFolder.ts";
import { pruneCache } from "./prune.ts";

async function hashFile(path: string, hash: ReturnType<typeof createHash>): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

/** SHA-256 over every file of the extract folder (names and contents, sorted by name). */
export async function extractContentHash(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    hash.update(name + "\0");
    await hashFile(path, hash);
    hash.update("\0");
  }
  return hash.digest("hex");
}

export interface ResultsOptions {
  dropInvalid?: boolean;
  onProgress?: (message: string) => void;
  root?: string;
}

export async function ensureResults(
  extractDir: string,
  { dropInvalid = false, onProgress = () => {}, root = process.cwd() }: ResultsOptions = {}
): Promise<string> {
  const key = createHash("sha256")
    .update(await extractContentHash(extractDir))
    .update(computeCodeHash())
    .update(JSON.stringify({ dropInvalid }))
    .digest("hex")
    .slice(0, 16);
  const dir = resolve(root, ".qi", "results", key);
  await cachedFolder(dir, {
    what: "the computed results",
    onProgress,
    make: async (staging) => {
      onProgress(`computing the indicators for ${extractDir} …`);
      const { computeCatalogue } = await import("../engine/compute.ts");
      const summary = await computeCatalogue({ extractDir, outDir: staging, dropInvalid, onProgress });
      // The validator's account of every row, for the council's data-quality page.
      await writeFile(join(staging, "data-quality.json"), JSON.stringify(summary.validation, null, 2) + "\n");
      const { rows, curveRows } = summary;
      return { "results.arrow": rows, "results.csv": rows, "curves.arrow": curveRows, "curves.csv": curveRows };
    }
  });
  await pruneCache(dirname(dir), dir);
  return dir;
}
