/**
 * The tiny valid extract in tests/fixtures/extracts/valid/ and ways to derive bad extracts from it: each
 * test copies it to a temporary folder and edits one thing, so every bad case differs from a valid
 * extract in exactly what it tests.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { formatProblem } from "../../../loaders/extract/problems.ts";
import { validateExtract, type ValidationResult } from "../../../loaders/extract/validateExtract.ts";

export const validFixture = fileURLToPath(new URL("../../fixtures/extracts/valid/", import.meta.url));

const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

export async function tempDir(prefix = "qi-extract-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** An edit of one file: new text (or bytes) from the old text; null deletes the file. */
export type Edit = (text: string) => string | Buffer | null;

/** A copy of the valid fixture with the given files edited. */
export async function derive(edits: Record<string, Edit> = {}): Promise<string> {
  const dir = await tempDir();
  await cp(validFixture, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const old = await readFile(path, "utf8").catch(() => "");
    const next = edit(old);
    if (next === null) await rm(path);
    else await writeFile(path, next);
  }
  return dir;
}

/** An edit that always gives text, so edits compose: setField(…)(replace(…)(text)). */
export type TextEdit = (text: string) => string;

/** Replaces the text of physical line `line` (1 = header). */
export function setLine(line: number, text: string): TextEdit {
  return (old) => {
    const lines = old.split("\n");
    if (lines[line - 1] === undefined) throw new Error(`setLine: no line ${line}`);
    lines[line - 1] = text;
    return lines.join("\n");
  };
}

/** Replaces the first occurrence of `from` (which must occur). */
export function replace(from: string, to: string): TextEdit {
  return (old) => {
    if (!old.includes(from)) throw new Error(`replace: ${JSON.stringify(from)} not found`);
    return old.replace(from, to);
  };
}

/** Sets a column of an unquoted data row, found by its first field. */
export function setField(firstField: string, column: string, value: string): TextEdit {
  return (old) => {
    const lines = old.split("\n");
    const header = lines[0].split(",");
    const at = header.indexOf(column);
    const index = lines.findIndex((l, i) => i > 0 && l.split(",")[0] === firstField);
    if (at < 0 || index < 0) throw new Error(`setField: ${firstField}/${column} not found`);
    const fields = lines[index].split(",");
    fields[at] = value;
    lines[index] = fields.join(",");
    return lines.join("\n");
  };
}

/** Appends data lines. */
export function append(...lines: string[]): TextEdit {
  return (old) => old + lines.map((l) => `${l}\n`).join("");
}

export interface Checked {
  result: ValidationResult;
  errors: string[];
  warnings: string[];
  dependent: string[];
}

/** Validates into a temporary snapshot and lists the problems as `file:line: column: message`. */
export async function check(dir: string): Promise<Checked> {
  const result = await validateExtract(dir, {
    snapshotDir: join(await tempDir("qi-snapshot-"), "snapshot"),
    examplesPerKind: 1000
  });
  const list = (severity: string) =>
    result.report.problems.filter((p) => p.severity === severity).flatMap((p) => p.examples.map(formatProblem));
  return { result, errors: list("error"), warnings: list("warning"), dependent: list("dependent") };
}
