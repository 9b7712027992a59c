/** `qi validate` as a user runs it: exit codes, the report on stdout, and never a stack trace. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { derive, setField, tempDir } from "./extractFixture.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

async function qi(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(root, "bin", "qi.js"), ...args], {
      cwd: root
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const stackTrace = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe("qi validate", () => {
  test("exit 0 and a summary for a valid extract", async () => {
    const snapshot = join(await tempDir(), "snapshot");
    const { code, stdout, stderr } = await qi("validate", await derive(), "--snapshot", snapshot);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: valid \(0 errors, 0 warnings\)\n/);
    expect(stdout).toContain("  total                             70    70         0");
    expect(stdout).toContain(`Validated snapshot: ${snapshot}`);
    expect(stderr).toBe("");
  });

  test("exit 1 and every problem as file:line: column: problem, capped per kind", async () => {
    const dir = await derive({
      "tumours.csv": (t) => ["T001", "T002", "T003", "T004"].reduce((text, id) => setField(id, "stage", "5")(text), t)
    });
    const { code, stdout, stderr } = await qi("validate", dir, "--max", "2", "--no-cache");
    expect(code).toBe(1);
    expect(stdout).toContain(
      [
        "Errors (the extract is invalid until they are fixed; an unknown " +
          "column is ignored, any other error excludes its row or file)",
        "  unknown code (4)",
        `    tumours.csv:2: stage: unknown code "5"; allowed: I, II, III, IV, unknown`,
        `    tumours.csv:3: stage: unknown code "5"; allowed: I, II, III, IV, unknown`,
        "    … and 2 more"
      ].join("\n")
    );
    expect(stdout).toMatch(/INVALID \(4 errors, 0 warnings, \d+ rows excluded only because a row they depend on was\)/);
    expect(stdout + stderr).not.toMatch(stackTrace);
  });

  test("--json prints data-quality.json", async () => {
    const { code, stdout } = await qi(
      "validate",
      await derive({ "patients.csv": setField("P002", "sex", "mann") }),
      "--json",
      "--no-cache"
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.tables.patients).toMatchObject({ rows_read: 8, rows_used: 7 });
  });

  test("Excel files: exit 1 with the advice, no stack trace", async () => {
    const dir = await derive({
      "catchment.csv": (t) => Buffer.from(t, "latin1"),
      "lifetable.csv": (t) => t.replaceAll(",", ";")
    });
    const { code, stdout, stderr } = await qi("validate", dir, "--no-cache");
    expect(code).toBe(1);
    expect(stdout).toContain(`catchment.csv:4: not UTF-8: byte 0xF8 in "Tromsø"`);
    expect(stdout).toContain("lifetable.csv:1: saved by Excel with ';' as separator (Norwegian locale)");
    expect(stdout + stderr).not.toMatch(stackTrace);
  });

  test("--convert-excel repairs a copy and validates it", async () => {
    const dir = await derive({
      "catchment.csv": (t) => Buffer.from(t, "latin1"),
      "lifetable.csv": (t) => t.replaceAll(",", ";").replaceAll(".", ",")
    });
    const out = join(await tempDir(), "converted");
    const { code, stdout, stderr } = await qi("validate", dir, "--convert-excel", out, "--no-cache");
    expect(stderr).toContain("catchment.csv: Windows-1252 → UTF-8");
    expect(stderr).toContain("lifetable.csv: ';' separator → ',', decimal commas → '.': 4");
    expect(code).toBe(0);
    expect(stdout).toMatch(/converted: valid/);
  });

  test("bad arguments and missing folders: a message, exit 1, no stack trace", async () => {
    for (const args of [
      ["validate"],
      ["validate", "/no/such/extract"],
      ["validate", "a", "b"],
      ["validate", ".", "--bogus"],
      ["validate", ".", "--max", "x"]
    ]) {
      const { code, stdout, stderr } = await qi(...args);
      expect(code, args.join(" ")).toBe(1);
      expect(stderr, args.join(" ")).toMatch(/^qi validate: .+\n$/);
      expect(stdout + stderr).not.toMatch(stackTrace);
    }
    const file = await qi("validate", "package.json");
    expect([file.code, file.stderr]).toEqual([
      1,
      "qi validate: package.json: is a file; give the folder that holds extract.json and the table files\n"
    ]);
  });

  test("--help", async () => {
    const { code, stdout } = await qi("validate", "--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: qi validate <extract folder>/);
  });
});
