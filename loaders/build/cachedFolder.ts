/**
 * A cache folder (computed results, the generated demo) that is made once and checked whenever it is
 * reused: made beside its place, sealed (every file's size and checksum recorded, everything flushed to
 * disk) and renamed in, so a half-written folder is never taken for a finished one. A folder that is no
 * longer as recorded (cut short, emptied, edited) is made again, with a message, and never used. Of two
 * processes making the same folder, the first to finish wins.
 */
import { existsSync } from "node:fs";
import { mkdir, rename, rm, utimes } from "node:fs/promises";
import { dirname, join } from "node:path";
import { checkFolder, contentsFile, fsyncPath, sealFolder } from "../verifiedFolder.ts";
import { removeDeadPartials, stagingFor } from "./swapFolder.ts";

export interface CachedFolderOptions {
  /** What the folder holds, for the message ("the computed results"). */
  what: string;
  /** Writes the folder's files into `staging`; may return known row counts by file name. */
  make: (staging: string) => Promise<Record<string, number> | void>;
  onProgress?: (message: string) => void;
}

/** Makes `dir` unless a sound one is there; says whether it was reused. */
export async function cachedFolder(
  dir: string,
  { what, make, onProgress = () => {} }: CachedFolderOptions
): Promise<"reused" | "made"> {
  await mkdir(dirname(dir), { recursive: true });
  await removeDeadPartials(dirname(dir));
  if (existsSync(dir)) {
    const damage = await checkFolder(dir);
    if (damage === null) {
      // Mark it used, so pruning keeps it.
      await utimes(dir, new Date(), new Date());
      return "reused";
    }
    onProgress(`${what} in ${dir} cannot be trusted (${damage}): making them again`);
    await rm(dir, { recursive: true, force: true });
  }
  const staging = stagingFor(dir);
  await mkdir(staging, { recursive: true });
  try {
    await sealFolder(staging, (await make(staging)) ?? {});
    if (existsSync(join(dir, contentsFile)) && (await checkFolder(dir)) === null) return "made";
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
    await fsyncPath(dirname(dir));
    return "made";
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
