/**
 * Replacing a folder that readers rely on (the built site, `qi compute --out`) so that it is never absent
 * for good: the new version is made beside it (`<target>.partial-<run>`), the current one renamed aside
 * (`<target>.old-<run>`), the new one renamed in, and the old one removed. A run killed between two of
 * those steps leaves names that say whose they were; the next start (`recoverFolder`) puts the previous
 * folder back if the target is missing and removes what dead runs left.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fsyncPath } from "../verifiedFolder.ts";
import { identityTag, tagRunning } from "../processIdentity.ts";

/** Where this run makes the new version of `target`. */
export function stagingFor(target: string): string {
  return `${target}.partial-${identityTag()}`;
}

/** The steps of a swap, in order (named for the fault-injection test). */
export const swapSteps = ["aside", "in", "synced", "removed"] as const;
export type SwapStep = (typeof swapSteps)[number];

/** Renames `staging` into `target`; `afterStep` is called after each step. */
export async function swapFolder(
  staging: string,
  target: string,
  { afterStep = (_: SwapStep) => {} }: { afterStep?: (step: SwapStep) => void } = {}
): Promise<void> {
  const aside = `${target}.old-${identityTag()}`;
  const hadTarget = existsSync(target);
  if (hadTarget) await rename(target, aside);
  afterStep("aside");
  try {
    await rename(staging, target);
  } catch (error) {
    // Never leave the reader without the folder: put the previous one back.
    if (hadTarget) await rename(aside, target);
    throw error;
  }
  afterStep("in");
  await fsyncPath(dirname(target));
  afterStep("synced");
  await rm(aside, { recursive: true, force: true });
  afterStep("removed");
}

/** Leftovers beside `target`: `<name>.<kind>-<run>` (and the older `<name>.old` and `<name>.partial-<pid>`). */
function leftovers(target: string): { path: string; kind: "old" | "partial"; dead: boolean }[] {
  const parent = dirname(target);
  const name = basename(target);
  if (!existsSync(parent)) return [];
  return readdirSync(parent).flatMap((entry) => {
    const match = /^\.(old|partial)(?:-(.+))?$/.exec(entry.slice(name.length));
    if (!entry.startsWith(name) || !match) return [];
    const running = match[2] === undefined ? false : tagRunning(match[2]);
    if (running === null) return [];
    return [{ path: join(parent, entry), kind: match[1] as "old" | "partial", dead: !running }];
  });
}

/**
 * Repairs what a killed swap left: puts the previous folder back where the target is missing, and removes
 * the half-made and set-aside folders of runs that are gone. Returns what it did, for the operator.
 */
export async function recoverFolder(target: string): Promise<string[]> {
  const done: string[] = [];
  const dead = leftovers(target).filter((l) => l.dead);
  // The most recently set aside, should there be several.
  const previous = dead
    .filter((l) => l.kind === "old")
    .sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs)[0];
  if (!existsSync(target) && previous) {
    await rename(previous.path, target);
    await fsyncPath(dirname(target));
    done.push(`put the previous ${target} back from ${basename(previous.path)} (a run was stopped while replacing it)`);
  }
  for (const leftover of dead) {
    if (!existsSync(leftover.path)) continue;
    await rm(leftover.path, { recursive: true, force: true });
    done.push(`removed ${basename(leftover.path)}, left by a stopped run`);
  }
  return done;
}

/** Removes from `parent` the folders `<name>.<kind>-<run>` (half-made ones by default) of runs that are gone. */
export async function removeDeadPartials(parent: string, kind = "partial"): Promise<void> {
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const tag = new RegExp(`\\.${kind}-([^.]+)$`).exec(entry)?.[1];
    if (tag !== undefined && tagRunning(tag) === false) await rm(join(parent, entry), { recursive: true, force: true });
  }
}
