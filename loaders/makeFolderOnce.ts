/**
 * Makes a cache folder beside its place and renames it in once complete: a half-written folder is never
 * taken for a finished one, and of two processes making the same folder the first to finish wins (a
 * folder is finished when it holds `marker`).
 */
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";

export async function makeFolderOnce(
  dir: string,
  marker: string,
  make: (staging: string) => Promise<unknown>
): Promise<void> {
  const staging = `${dir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await make(staging);
  if (existsSync(join(dir, marker))) await rm(staging, { recursive: true, force: true });
  else {
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  }
}
