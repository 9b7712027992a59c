import { parseArgs } from "node:util";
import type { Command } from "./command.ts";
import { buildSite } from "../build/build.ts";

export const build: Command = {
  name: "build",
  summary: "build the static site (public report, or the council build with --council)",
  usage: `Usage: qi build [--council] [--out <dir>]

Builds the site from the extract in QI_EXTRACT (default: the built-in demo extract).
  --council     also publish the explorer and the data-quality report (never for the public)
  --out <dir>   output directory (default dist/, or dist-council/ with --council)
  --drop-invalid
                compute from the usable rows of an extract with errors (they are listed in
                the data-quality report) instead of refusing it

Environment: QI_EXTRACT=<dir> an extract folder; without it the synthetic demo is generated on first
use (QI_DEMO_SCALE, default 1) into data/.

The site is built in a staging folder and swapped into place only when the build succeeded.`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { council: { type: "boolean" }, out: { type: "string" }, "drop-invalid": { type: "boolean" } }
    });
    const { out } = await buildSite({
      audience: values.council ? "council" : "public",
      out: values.out,
      dropInvalid: values["drop-invalid"]
    });
    process.stderr.write(`qi build: site written to ${out}\n`);
    return 0;
  }
};
