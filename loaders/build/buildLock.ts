/**
 * Framework keeps one loader cache per project (src/.observablehq/cache), so two builds at once would
 * clear and fill it under each other. A lock file serialises builds in one checkout; a lock whose process
 * is gone is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Lock files this process holds (a lock with our pid that is not among them was left by a crashed run). */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes a stale lock away atomically: renames it aside, and removes it only if it is still the stale one
 * (another waiter may have taken it over and created a fresh lock meanwhile; that one is put back).
 */
function removeStale(lockFile: string, stalePid: number): void {
  const aside = `${lockFile}.stale-${process.pid}`;
  try {
    renameSync(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const pid = Number(readFileSync(aside, "utf8") || "0");
  if (pid === stalePid) rmSync(aside, { force: true });
  else renameSync(aside, lockFile);
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

export async function withBuildLock<T>(
  lockFile: string,
  work: () => Promise<T>,
  { onWait = (_: number) => {} } = {}
): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  for (;;) {
    let fd: number;
    try {
      fd = openSync(lockFile, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = holderOf(lockFile);
      if (holder === null) continue; // released meanwhile: try again at once
      // A dead holder, our own pid from a crashed earlier run, or an empty file left by a process that died
      // between creating and writing it.
      const stale = holder.pid
        ? holder.pid === process.pid
          ? !held.has(lockFile)
          : !alive(holder.pid)
        : holder.ageMs > 10_000;
      if (stale) removeStale(lockFile, holder.pid);
      else {
        onWait(holder.pid);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      continue;
    }
    // The file holds our pid, so a crashed build's lock can be recognised and taken over.
    writeSync(fd, String(process.pid));
    closeSync(fd);
    held.add(lockFile);
    break;
  }
  try {
    return await work();
  } finally {
    held.delete(lockFile);
    // Removed only if it is still ours (a lock taken over as stale by mistake is not someone else's to lose).
    if (holderOf(lockFile)?.pid === process.pid) rmSync(lockFile, { force: true });
  }
}

/** The lock of this checkout's site builds and previews (.qi/build.lock). */
export function withSiteBuildLock<T>(
  work: () => Promise<T>,
  options: { onWait?: (pid: number) => void } = {}
): Promise<T> {
  return withBuildLock(resolve(".qi", "build.lock"), work, options);
}
