import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recoverFolder, swapSteps } from "../../../loaders/build/swapFolder.ts";

/** Runs tests/support/swapChild.ts, which is killed after `step`; resolves with how it ended. */
function killedSwap(target: string, step: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/swapChild.ts", target, step, "new"], {
      stdio: ["ignore", "ignore", "inherit"]
    });
    child.on("error", reject);
    child.on("exit", (_, signal) => resolve(signal));
  });
}

function previousSite(parent: string): string {
  const target = join(parent, "dist");
  mkdirSync(join(target, "nb"), { recursive: true });
  writeFileSync(join(target, "index.html"), "old");
  writeFileSync(join(target, "nb", "report.html"), "old");
  return target;
}

const content = (target: string) => [
  readFileSync(join(target, "index.html"), "utf8"),
  readFileSync(join(target, "nb", "report.html"), "utf8")
];

describe("swapFolder killed between any two filesystem steps", () => {
  const points = ["made", ...swapSteps];

  it("leaves, after the next start's recovery, the old site or the new one whole, and no leftovers", async () => {
    // Every step with a previous site; the first build (no previous site) before and after its rename.
    const cases = [
      ...points.map((step) => ({ step, previous: true })),
      ...["made", "in"].map((step) => ({ step, previous: false }))
    ];
    const outcomes = await Promise.all(
      cases.map(async ({ step, previous }) => {
        const parent = mkdtempSync(join(tmpdir(), "qi-swap-"));
        const target = previous ? previousSite(parent) : join(parent, "dist");
        const signal = await killedSwap(target, step);
        const missingBefore = !existsSync(target);
        const recovered = await recoverFolder(target);
        return {
          step,
          previous,
          signal,
          missingBefore,
          recovered: recovered.length,
          site: existsSync(target) ? content(target) : null,
          left: readdirSync(parent)
        };
      })
    );
    for (const o of outcomes) {
      const swapped = points.indexOf(o.step) >= points.indexOf("in");
      expect(o.signal, o.step).toBe("SIGKILL");
      expect(o.left, `${o.step}, previous ${o.previous}`).toEqual(o.previous || swapped ? ["dist"] : []);
      if (swapped) expect(o.site).toEqual(["new", "new"]);
      else expect(o.site).toEqual(o.previous ? ["old", "old"] : null);
    }
    // The gap the recovery closes: killed after setting the old site aside, before the new one was in.
    expect(outcomes.find((o) => o.step === "aside" && o.previous)).toMatchObject({ missingBefore: true, recovered: 2 });
  }, 60_000);

  it("leaves what a live run is making alone", async () => {
    const parent = mkdtempSync(join(tmpdir(), "qi-swap-"));
    const target = previousSite(parent);
    mkdirSync(join(parent, `dist.partial-${process.pid}`));
    expect(await recoverFolder(target)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(["dist", `dist.partial-${process.pid}`]);
  });
});
