/**
 * An error the user can fix (bad argument, missing file, invalid extract): the command line prints its
 * message, never a stack trace. Shared by every layer, so the library need not import the CLI.
 */
export class UserError extends Error {
  override name = "UserError";
}
