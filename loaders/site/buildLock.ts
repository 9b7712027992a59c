/**
 * Framework keeps one loader cache per project (src/.observablehq/cache), so two builds at once would
 * clear and fill it under each other. A lock file serialises builds in one checkout; a lock whose process
 * is gone is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function withBuildLock<T>(lockFile: string, work: () => Promise<T>, { onWait = (_: number) => {} } = {}): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(lockFile, "wx"));
      break;
    } catch {
      const holder = Number(readFileSync(lockFile, "utf8") || "0");
      if (holder && !alive(holder)) rmSync(lockFile, { force: true });
      else {
        onWait(holder);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }
  // The file holds our pid, so a crashed build's lock can be recognised and taken over.
  writeFileSync(lockFile, String(process.pid));
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
