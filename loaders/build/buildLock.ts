/**
 * Builds and previews in one checkout prepare the same page-data folders, so a lock file makes them take
 * turns. The lock names its holder (pid, start time, command line): a lock whose process is gone, or
 * whose pid now belongs to another program (after a crash or a reboot), is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { running, thisProcess, type ProcessIdentity } from "../processIdentity.ts";

/** Lock files this process holds (a lock with our pid that is not among them was left by a crashed run). */
const held = new Set<string>();

export interface LockHolder extends ProcessIdentity {
  /** The holder's command line, for the message. */
  command: string;
}

/** The holder a lock file names; pid 0 while it is still being written. Reads the older pid-only form too. */
function parseHolder(text: string): LockHolder {
  if (/^\d*$/.test(text.trim())) return { pid: Number(text.trim() || "0"), started: null, command: "" };
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    if (typeof holder.pid === "number")
      return { pid: holder.pid, started: holder.started ?? null, command: holder.command ?? "" };
  } catch {
    // Cut short while written: treated as empty.
  }
  return { pid: 0, started: null, command: "" };
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
  const { pid } = parseHolder(readFileSync(aside, "utf8"));
  if (pid === stalePid) rmSync(aside, { force: true });
  else renameSync(aside, lockFile);
}

/** Who holds the lock (pid 0 while its holder is still writing it); null when the file is gone. */
function holderOf(lockFile: string): (LockHolder & { ageMs: number }) | null {
  try {
    return { ...parseHolder(readFileSync(lockFile, "utf8")), ageMs: Date.now() - statSync(lockFile).mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function withBuildLock<T>(
  lockFile: string,
  work: () => Promise<T>,
  { onWait = (_: LockHolder) => {} } = {}
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
      // A dead holder, a pid now used by another program, our own pid from a crashed earlier run, or an
      // empty file left by a process that died between creating and writing it.
      const stale = holder.pid
        ? holder.pid === process.pid
          ? !held.has(lockFile)
          : !running(holder)
        : holder.ageMs > 10_000;
      if (stale) removeStale(lockFile, holder.pid);
      else {
        onWait({ pid: holder.pid, started: holder.started, command: holder.command });
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      continue;
    }
    // The file names this process, so a crashed build's lock can be recognised and taken over.
    writeSync(fd, JSON.stringify({ ...thisProcess(), command: process.argv.join(" ") } satisfies LockHolder));
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

/** What an operator reads while a build waits: who holds the lock, and how to clear it if that is wrong. */
export function waitMessage(holder: LockHolder, lockFile: string): string {
  const who = `process ${holder.pid}${holder.command ? ` (${holder.command})` : ""}`;
  return (
    `waiting for ${who}, which holds ${lockFile}, to finish … ` +
    `If no qi build or qi dev is running in this checkout, remove ${lockFile}.`
  );
}

/** The lock of this checkout's site builds and previews (.qi/build.lock); `name` says who waits ("qi build"). */
export function withSiteBuildLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const lockFile = resolve(".qi", "build.lock");
  let waited = false;
  return withBuildLock(lockFile, work, {
    onWait: (holder) => {
      if (!waited) process.stderr.write(`${name}: ${waitMessage(holder, lockFile)}\n`);
      waited = true;
    }
  });
}
