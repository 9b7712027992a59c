/**
 * `qi dev` as a child process on any free port, for tests and the bench: resolves once the preview
 * answers, with its address and a way to stop it (as Ctrl-C does).
 */
import { spawn } from "node:child_process";

export interface RunningPreview {
  url: string;
  /** Everything it printed on stderr so far. */
  stderr(): string;
  /** Interrupts it and resolves with its exit code once it has stopped. */
  stop(): Promise<number | null>;
}

export function startPreview({
  council = false,
  env = {}
}: { council?: boolean; env?: Record<string, string> } = {}): Promise<RunningPreview> {
  const child = spawn(process.execPath, ["bin/qi.js", "dev", "--port", "0", ...(council ? ["--council"] : [])], {
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", ...env },
    stdio: ["ignore", "pipe", "pipe"]
  });
  let stderr = "";
  let stdout = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGINT");
    return exited;
  };
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      const url = /preview is at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1];
      // Framework's own line, rewritten to the guarded address: it is listening.
      if (url && stdout.includes(url)) {
        resolve({ url, stderr: () => stderr, stop });
        return;
      }
      if (child.exitCode !== null || Date.now() - started > 600_000) {
        await stop();
        reject(new Error(`qi dev did not start:\n${stderr}\n${stdout}`));
        return;
      }
      setTimeout(poll, 200);
    };
    void poll();
  });
}
