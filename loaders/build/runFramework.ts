/** Runs Observable Framework's own CLI (build, preview) as a child process on one run's site state. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { siteStateEnv, type SiteState } from "./siteState.ts";

const require = createRequire(import.meta.url);

export function frameworkBin(): string {
  return join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");
}

export interface FrameworkRun {
  code: number;
  /** The signal that ended Framework, if one did. */
  signal: NodeJS.Signals | null;
  /** Everything Framework printed, when run quietly (empty otherwise). */
  output: string;
}

export interface FrameworkOptions {
  /** Capture Framework's (long) output instead of printing it, for tests and scripts. */
  quiet?: boolean;
  /** Rewrites what Framework prints before it is shown (the preview's own address, say). */
  rewrite?: (text: string) => string;
}

/**
 * Runs Framework on `site`. An interrupt or termination of this process is passed on to Framework, so the
 * caller can clean up after it has stopped.
 */
export function runFramework(
  args: string[],
  site: SiteState,
  { quiet = false, rewrite }: FrameworkOptions = {}
): Promise<FrameworkRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [frameworkBin(), ...args], {
      stdio: quiet || rewrite ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...siteStateEnv(site) }
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
    for (const signal of signals) process.on(signal, forward);
    let output = "";
    const show = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      if (rewrite) stream.write(rewrite(chunk.toString()));
      else output += chunk.toString();
    };
    child.stdout?.on("data", show(process.stdout));
    child.stderr?.on("data", show(process.stderr));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve({ code: code ?? (signal ? 1 : 0), signal, output });
    });
  });
}
