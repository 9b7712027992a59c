import { parseArgs } from "node:util";
import { UserError, type Command } from "./command.ts";
import { DEMO_DEFAULT_SEED, DemoOptionsError, generateDemo } from "../demo/generate.ts";

export const demo: Command = {
  name: "demo",
  summary: "generate the synthetic demo extract (a national registry shaped like Norway's)",
  usage: `Usage: qi demo --out <dir> [--scale S] [--seed N] [--force]

Writes a synthetic extract in the documented format (docs/extract-format.md): one CSV per table and
extract.json, diagnosis years 2014–2023, extract date 2024-09-30. The data are invented; hospital and
municipality names are public facts. docs/demo-data.md describes the content and the planted stories.

  --out <dir>    output folder; created if absent, must be empty (required)
  --scale <S>    size, a number > 0: 1 is national size, about 37,000 tumours a year (default 1)
  --seed <N>     integer seed (default ${DEMO_DEFAULT_SEED}); the same seed and scale give byte-identical files
  --force        replace the extract in a folder that already holds one (extract.json); other files stay

Progress is printed on stderr. Scale 1 takes about 10 seconds.`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        scale: { type: "string" },
        seed: { type: "string" },
        force: { type: "boolean" }
      }
    });
    if (positionals.length > 0)
      throw new UserError(`unexpected argument ${positionals[0]}; give the folder with --out <dir>`);
    if (values.out === undefined || values.out.trim() === "")
      throw new UserError("give the output folder: qi demo --out <dir>");
    const scale = values.scale === undefined ? 1 : Number(values.scale);
    if (values.scale !== undefined && (values.scale.trim() === "" || !Number.isFinite(scale) || scale <= 0)) {
      throw new UserError(`--scale must be a number greater than 0 (1 = national size), got "${values.scale}"`);
    }
    const seed = values.seed === undefined ? DEMO_DEFAULT_SEED : Number(values.seed);
    if (values.seed !== undefined && (!/^-?\d+$/.test(values.seed.trim()) || !Number.isSafeInteger(seed))) {
      throw new UserError(`--seed must be a whole number, got "${values.seed}"`);
    }
    try {
      const summary = await generateDemo({
        out: values.out,
        scale,
        seed,
        force: values.force ?? false,
        onProgress: (message) => process.stderr.write(message + "\n")
      });
      process.stderr.write(`qi demo: done in ${summary.seconds.toFixed(1)} s\n`);
      return 0;
    } catch (error) {
      if (error instanceof DemoOptionsError) throw new UserError(error.message.replace(/^generateDemo: /, ""));
      throw error;
    }
  }
};
