import { createServer } from "node:net";
import { parseArgs } from "node:util";
import { UserError, type Command } from "./command.ts";
import { withSiteBuildLock } from "../build/buildLock.ts";
import { prepareSite } from "../build/prepare.ts";
import { startPreviewGuard } from "../build/previewGuard.ts";
import { runFramework } from "../build/runFramework.ts";
import { withSiteRun } from "../build/siteRun.ts";

/** A port no one listens on now (Framework takes the next free one should it be taken meanwhile). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export function previewBanner(audience: "public" | "council", url: string): string {
  return audience === "council"
    ? `qi dev: the council preview is at ${url}\n` +
        `  It serves patient-level data (the explorer's cohort) to this computer only: never forward, proxy or ` +
        `share this port.`
    : `qi dev: the public report's preview is at ${url} (this computer only)`;
}

export const dev: Command = {
  name: "dev",
  summary: "start the live preview on the current extract",
  usage: `Usage: qi dev [--council] [--port <n>]

Starts Observable Framework's preview server on the extract in QI_EXTRACT (default: the synthetic demo,
generated on first use into data/ at QI_DEMO_SCALE, default 1). The first start computes the indicators
(about a minute at scale 1); later starts reuse them until the extract or the code changes.
The preview answers on 127.0.0.1 only, and only requests addressed to it (Host 127.0.0.1:<port> or
localhost:<port>).
  --council     preview the council build (explorer, data quality)
  --port <n>    port (default 3000; 0 for any free port, named in the first line printed)`,
  async run(args) {
    const { values } = parseArgs({ args, options: { council: { type: "boolean" }, port: { type: "string" } } });
    const port = Number(values.port ?? "3000");
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port must be a whole number from 0 (any free port) to 65535, got "${values.port}"`);
    const audience = values.council ? "council" : "public";
    // The extract and results caches are shared with builds in this checkout: made under the lock.
    const site = await withSiteBuildLock("qi dev", () => prepareSite({ audience }));
    const guard = await startPreviewGuard(port).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") throw new UserError(`port ${port} is in use: give another with --port <n>`);
      throw error;
    });
    try {
      return await withSiteRun(site, {}, async (state) => {
        const internal = await freePort();
        process.stderr.write(`${previewBanner(audience, guard.url)}\n`);
        const { code, signal } = await runFramework(
          ["preview", "--host", "127.0.0.1", "--port", String(internal), "--no-open"],
          state,
          {
            // Framework announces its own (private) address: point the operator at the guarded one.
            rewrite: (text) =>
              text.replace(/http:\/\/127\.0\.0\.1:(\d+)\//g, (_, p: string) => {
                guard.setTarget(Number(p));
                return guard.url;
              })
          }
        );
        // Stopped by the operator (Ctrl-C): a normal end.
        return signal === "SIGINT" || signal === "SIGTERM" ? 0 : code;
      });
    } finally {
      await guard.close();
    }
  }
};
