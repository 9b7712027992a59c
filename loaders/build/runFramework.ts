/** Runs Observable Framework's own CLI (build, preview) as a child process on a prepared site. */
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { siteStateEnv, type SiteState } from "./siteState.ts";

const require = createRequire(import.meta.url);

export function frameworkBin(): string {
  return join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");
}

export interface FrameworkRun {
  code: number;
  /** Everything Framework printed, when run quietly (empty otherwise). */
  output: string;
}

/** Runs Framework on `site`; `quiet` captures its (long) output instead of printing it, for tests and scripts. */
export function runFramework(args: string[], site: SiteState, { quiet = false } = {}): Promise<FrameworkRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [frameworkBin(), ...args], {
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...siteStateEnv(site) }
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** Framework reuses cached loader output; a build or preview must reflect the current extract and code. */
export async function clearFrameworkCache(): Promise<void> {
  await rm(resolve("src", ".observablehq", "cache"), { recursive: true, force: true });
}
