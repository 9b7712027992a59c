// The `qi` entry point: help, unknown commands and bad options give messages and exit codes, never stacks.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["bin/qi.js", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe("qi", () => {
  it("lists its commands with --help", async () => {
    const { code, stdout } = await run("--help");
    expect(code).toBe(0);
    for (const command of ["build", "dev", "demo", "validate", "compute", "pdf"])
      expect(stdout).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it("explains each command with <command> --help", async () => {
    const { code, stdout } = await run("build", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: qi build");
    expect(stdout).toContain("--council");
    // Each command is loaded by its name only when asked for: every listed name leads to its own usage.
    for (const command of ["audit", "compute", "demo", "dev", "pdf", "validate"])
      expect((await run(command, "--help")).stdout).toContain(`Usage: qi ${command}`);
  });

  it("rejects a name that is only a property of an object", async () => {
    const { code, stderr } = await run("constructor");
    expect(code).toBe(1);
    expect(stderr).toContain('unknown command "constructor"');
  });

  it("rejects an unknown command with the list of commands", async () => {
    const { code, stderr } = await run("publsh");
    expect(code).toBe(1);
    expect(stderr).toContain('unknown command "publsh"');
    expect(stderr).toContain("Commands:");
  });

  it("rejects an unknown option without a stack trace", async () => {
    const { code, stderr } = await run("build", "--councl");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^qi build: Unknown option '--councl'/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("says what is wrong with a missing extract", async () => {
    const { code, stderr } = await run("validate", "no/such/folder");
    expect(code).toBe(1);
    expect(stderr).toContain("no/such/folder");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
