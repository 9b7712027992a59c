/**
 * Framework keeps one loader cache per project (src/.observablehq/cache), so two builds at once would
 * clear and fill it under each other. A lock file serialises builds in one checkout; a lock whose process
 * is gone is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname } from "node:path";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid in the lock file; 0 while its holder is still writing it; null when the file is gone. */
function holderOf(lockFile: string): { pid: number; ageMs: number } | null {
  try {
    return { pid: Number(readFileSync(lockFile, "utf8") || "0"), ageMs: Date.now() - statSync(lockFile).mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function withBuildLock<T>(lockFile: string, work: () => Promise<T>, { onWait = (_: number) => {} } = {}): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  for (;;) {
    let fd: number;
    try {
      fd = openSync(lockFile, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = holderOf(lockFile);
      if (holder === null) continue; // released meanwhile: try again at once
      // A dead holder, or an empty file left by a process that died between creating and writing it.
      if ((holder.pid && !alive(holder.pid)) || (!holder.pid && holder.ageMs > 10_000)) rmSync(lockFile, { force: true });
      else {
        onWait(holder.pid);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      continue;
    }
    // The file holds our pid, so a crashed build's lock can be recognised and taken over.
    writeSync(fd, String(process.pid));
    closeSync(fd);
    break;
  }
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
