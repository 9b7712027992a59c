/** One `qi` subcommand: its help text and what it does. Commands return the process exit code. */
export interface Command {
  name: string;
  /** One line for `qi --help`. */
  summary: string;
  /** Full usage text for `qi <name> --help`. */
  usage: string;
  run(args: string[]): Promise<number>;
}

export { UserError } from "../userError.ts";
