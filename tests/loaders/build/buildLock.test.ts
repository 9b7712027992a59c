import { existsSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withBuildLock } from "../../../loaders/build/buildLock.ts";

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
        { onWait: (pid) => waits.push(pid) }
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
      expect(await withBuildLock(lock, async () => "built", { onWait: (pid) => waits.push(pid) })).toBe("built");
      expect(waits).toEqual([]);
      expect(existsSync(lock)).toBe(false);
    }
  });
});
