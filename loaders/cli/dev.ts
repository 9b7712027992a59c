import { parseArgs } from "node:util";
import type { Command } from "./command.ts";
import { clearFrameworkCache, runFramework } from "../build/runFramework.ts";
import { withSiteBuildLock } from "../build/buildLock.ts";
import { frameworkState, prepareSite } from "../build/prepare.ts";

export const dev: Command = {
  name: "dev",
  summary: "start the live preview on the current extract",
  usage: `Usage: qi dev [--council] [--port <n>]

Starts Observable Framework's preview server on the extract in QI_EXTRACT (default: the synthetic demo,
generated on first use into data/ at QI_DEMO_SCALE, default 1). The first start computes the indicators
(about a minute at scale 1); later starts reuse them until the extract or the code changes.
  --council     preview the council build (explorer, data quality)
  --port <n>    port (default 3000)`,
  async run(args) {
    const { values } = parseArgs({ args, options: { council: { type: "boolean" }, port: { type: "string" } } });
    // Preparing writes page data and Framework's cache is cleared: not while a build in this checkout
    // reads them (the lock is released before the preview starts, so builds can run beside it).
    const site = await withSiteBuildLock("qi dev", async () => {
      const prepared = await prepareSite({ audience: values.council ? "council" : "public" });
      await clearFrameworkCache();
      return prepared;
    });
    const { code } = await runFramework(["preview", "--port", values.port ?? "3000"], frameworkState(site));
    return code;
  }
};
