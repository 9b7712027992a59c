/**
 * `qi`: the workbench's command line. Each subcommand lives in its own module under loaders/cli/;
 * this file only dispatches and turns errors into messages and exit codes.
 */
import { UserError, type Command } from "./command.ts";
import { audit } from "./audit.ts";
import { build } from "./build.ts";
import { compute } from "./compute.ts";
import { demo } from "./demo.ts";
import { dev } from "./dev.ts";
import { pdf } from "./pdf.ts";
import { validate } from "./validate.ts";

const commands: Command[] = [audit, build, compute, demo, dev, pdf, validate];

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "qi: quality indicators from clinical cancer-registry extracts",
    "",
    "Usage: qi <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `qi <command> --help` for a command's options."
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(helpText() + "\n");
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`qi: unknown command "${name}"\n\n${helpText()}\n`);
    return 1;
  }
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(command.usage.trimEnd() + "\n");
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    // parseArgs reports unknown options and missing values with ERR_PARSE_ARGS_* codes: user errors too.
    const code = (error as { code?: unknown } | null)?.code;
    if (error instanceof UserError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))) {
      process.stderr.write(`qi ${name}: ${(error as Error).message}\n`);
      return 1;
    }
    // An unexpected failure is a bug in the workbench: keep the stack for the report.
    process.stderr.write(
      `qi ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    return 2;
  }
}
