/** One `qi` subcommand: its help text and what it does. Commands return the process exit code. */
export interface Command {
  name: string;
  /** One line for `qi --help`. */
  summary: string;
  /** Full usage text for `qi <name> --help`. */
  usage: string;
  run(args: string[]): Promise<number>;
}

/** An error the user can fix (bad argument, missing file): printed as a message, never as a stack trace. */
export class UserError extends Error {
  override name = "UserError";
}
