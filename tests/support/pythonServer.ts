/**
 * Python's built-in web server (`python3 -m http.server`) on a built site: the plainest static server
 * there is (no clean URLs, no rewrites, no 404 page), as many intranet servers behave. A link that
 * resolves here resolves anywhere.
 */
import { spawn } from "node:child_process";
import type { RunningServer } from "./staticServer.ts";

export function servePython(rootDir: string): Promise<RunningServer> {
  const child = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", rootDir], {
    stdio: ["ignore", "pipe", "pipe"]
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`python3 -m http.server did not start: ${out}`)), 10_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    child.once("error", (error) => fail(new Error(`cannot start python3 -m http.server: ${error.message}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const port = /port (\d+)/.exec(out)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.stdout.removeAllListeners("data");
      child.stdout.resume();
      child.stderr.resume();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill();
          })
      });
    });
  });
}
