import { parseArgs } from "node:util";
import type { Command } from "./command.ts";
import { runFramework } from "./framework.ts";

export const dev: Command = {
  name: "dev",
  summary: "start the live preview on the current extract",
  usage: `Usage: qi dev [--council] [--port <n>]

Starts Observable Framework's preview server on the extract in QI_EXTRACT (default: the demo extract).
  --council     preview the council build (explorer, data quality)
  --port <n>    port (default 3000)`,
  async run(args) {
    const { values } = parseArgs({ args, options: { council: { type: "boolean" }, port: { type: "string" } } });
    const { code } = await runFramework(["preview", "--port", values.port ?? "3000"], { QI_AUDIENCE: values.council ? "council" : "public" });
    return code;
  }
};
