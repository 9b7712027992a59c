/**
 * `qi`: the workbench's command line. Each subcommand lives in its own module under loaders/cli/;
 * this file only dispatches and turns errors into messages and exit codes.
 */
import { UserError, type Command } from "./command.ts";

// Each command's module is loaded only when it runs (or for the help): loading all of them, with DuckDB,
// Framework and the PDF printer behind them, cost more time than `qi validate` on an unchanged extract.
const commandModules: Record<string, () => Promise<Command>> = {
  audit: async () => (await import("./audit.ts")).audit,
  build: async () => (await import("./build.ts")).build,
  compute: async () => (await import("./compute.ts")).compute,
  demo: async () => (await import("./demo.ts")).demo,
  dev: async () => (await import("./dev.ts")).dev,
  pdf: async () => (await import("./pdf.ts")).pdf,
  validate: async () => (await import("./validate.ts")).validate
};

export async function helpText(): Promise<string> {
  const commands = await Promise.all(Object.values(commandModules).map((load) => load()));
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

/** What to do about a disk that refuses a write: the operator's to fix, not a bug. */
const diskAdvice: Record<string, string> = {
  ENOSPC: "the disk is full: free some space there, or write somewhere else, and run again",
  EDQUOT: "the disk quota is used up: free some space there, or write somewhere else, and run again",
  EROFS: "the file system is read-only: give a folder on a writable disk",
  EACCES: "permission denied: give a folder you may write to, or change its permissions",
  EPERM: "operation not permitted: give a folder you may write to, or change its permissions"
};

/** A file-system error as a message naming the path and what to do, or null for any other error. */
export function diskProblem(error: unknown): string | null {
  const e = error as NodeJS.ErrnoException & { dest?: string };
  if (typeof e?.code === "string" && e.code in diskAdvice && typeof e.path === "string")
    return `cannot write ${e.dest ?? e.path}: ${diskAdvice[e.code]}`;
  // DuckDB reports the same in its own words.
  const duck = /^IO Error: .*?"([^"]+)".*?(No space left on device|Read-only file system|Permission denied)/s.exec(
    e instanceof Error ? e.message : ""
  );
  if (duck) {
    const code = { "No space left on device": "ENOSPC", "Read-only file system": "EROFS" }[duck[2]] ?? "EACCES";
    return `cannot write ${duck[1]}: ${diskAdvice[code]}`;
  }
  return null;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write((await helpText()) + "\n");
    return name === undefined ? 1 : 0;
  }
  const load = Object.hasOwn(commandModules, name) ? commandModules[name] : undefined;
  if (!load) {
    process.stderr.write(`qi: unknown command "${name}"\n\n${await helpText()}\n`);
    return 1;
  }
  const command = await load();
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
    const disk = diskProblem(error);
    if (disk) {
      process.stderr.write(`qi ${name}: ${disk}\n`);
      return 1;
    }
    // An unexpected failure is a bug in the workbench: keep the stack for the report.
    process.stderr.write(
      `qi ${name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    return 2;
  }
}
