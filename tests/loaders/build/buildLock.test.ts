import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { waitMessage, withBuildLock, type LockHolder } from "../../../loaders/build/buildLock.ts";
import { processStart } from "../../../loaders/processIdentity.ts";

const lockIn = () => join(mkdtempSync(join(tmpdir(), "qi-lock-")), "build.lock");

describe("withBuildLock", () => {
  it("runs one build at a time, and removes its lock after", async () => {
    const lock = lockIn();
    const events: string[] = [];
    const waits: number[] = [];
    const build = (name: string) =>
      withBuildLock(
        lock,
        async () => {
          events.push(`${name} start`);
          await new Promise((resolve) => setTimeout(resolve, 50));
          events.push(`${name} end`);
        },
        { onWait: (holder) => waits.push(holder.pid) }
      );
    await Promise.all([build("a"), build("b")]);
    expect(events).toEqual(["a start", "a end", "b start", "b end"]);
    expect(waits[0]).toBe(process.pid);
    expect(existsSync(lock)).toBe(false);
  });

  it("takes over a lock left by a process that is gone, by a crashed run with our pid, or left empty", async () => {
    for (const content of ["2147483646", String(process.pid), ""]) {
      const lock = lockIn();
      writeFileSync(lock, content);
      if (content === "") utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      const waits: number[] = [];
      expect(await withBuildLock(lock, async () => "built", { onWait: (h) => waits.push(h.pid) })).toBe("built");
      expect(waits).toEqual([]);
      expect(existsSync(lock)).toBe(false);
    }
  });

  it("takes over a lock whose pid now belongs to another program (started at another time)", async () => {
    // A live process that is not a qi build: this test's own parent, recorded with a start it never had.
    const lock = lockIn();
    const holder: LockHolder = { pid: process.ppid, started: "another boot:1", command: "node bin/qi.js build" };
    writeFileSync(lock, JSON.stringify(holder));
    const waits: LockHolder[] = [];
    expect(await withBuildLock(lock, async () => "built", { onWait: (h) => waits.push(h) })).toBe("built");
    expect(waits).toEqual([]);
  });

  it("waits for a live holder, says who it is and how to clear the lock, and goes on when it ends", async () => {
    const sleeper = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      const pid = sleeper.pid!;
      const lock = lockIn();
      const holder: LockHolder = { pid, started: processStart(pid), command: "node bin/qi.js build" };
      expect(holder.started).not.toBeNull();
      writeFileSync(lock, JSON.stringify(holder));
      const waits: LockHolder[] = [];
      const built = withBuildLock(lock, async () => "built", {
        onWait: (h) => {
          waits.push(h);
          sleeper.kill();
        }
      });
      expect(await built).toBe("built");
      expect(waits[0]).toEqual(holder);
      expect(waitMessage(waits[0], lock)).toBe(
        `waiting for process ${pid} (node bin/qi.js build), which holds ${lock}, to finish … ` +
          `If no qi build or qi dev is running in this checkout, remove ${lock}.`
      );
    } finally {
      sleeper.kill();
    }
  });
});
