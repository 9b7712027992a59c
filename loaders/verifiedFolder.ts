/**
 * Cache folders that vouch for their contents: when a folder is complete, every file's size and SHA-256
 * (and row count, where the writer knows it) are recorded in it and everything is flushed to disk; a
 * reader checks the record before trusting the folder. A file cut short by a crash, emptied or edited is
 * then found and the folder made again, never used. A file checked before and untouched since (same size,
 * times, inode: `checksumMemo.ts`) is not read again, so checking a folder of gigabytes costs a `stat`
 * per file.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileStamp, rememberChecksums, rememberedChecksums, type FileStamp } from "./checksumMemo.ts";

/** The record, inside the folder it describes. */
export const contentsFile = ".contents.json";
/** The checksums of files found as recorded, by stat (not part of the record). */
const checkedFile = ".checked.json";

interface FileRecord {
  bytes: number;
  sha256: string;
  rows?: number;
}

interface Contents {
  files: Record<string, FileRecord>;
}

async function listFiles(dir: string, root = dir): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path, root)));
    else if (entry.isFile()) files.push(relative(root, path).split(sep).join("/"));
  }
  return files;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Flushes a file or folder to disk (a folder's entries, so a rename in it survives a crash). */
export async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes every file and folder under `dir`, and `dir` itself. */
export async function fsyncTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await fsyncTree(path);
    else if (entry.isFile()) await fsyncPath(path);
  }
  await fsyncPath(dir);
}

/**
 * Records the contents of a finished folder (rows: known row counts by file name) and flushes it all to
 * disk: call it before the folder is renamed into place.
 */
export async function sealFolder(dir: string, rows: Record<string, number> = {}): Promise<void> {
  const files: Record<string, FileRecord> = {};
  for (const file of await listFiles(dir)) {
    if (file === contentsFile) continue;
    const path = join(dir, file);
    files[file] = { bytes: (await stat(path)).size, sha256: await sha256(path) };
    if (rows[file] !== undefined) files[file].rows = rows[file];
  }
  await writeFile(join(dir, contentsFile), JSON.stringify({ files } satisfies Contents, null, 2) + "\n");
  await fsyncTree(dir);
}

const count = (n: number) => n.toLocaleString("en-US");

/** What is wrong with a sealed folder (one sentence naming the file), or null when it is as recorded. */
export async function checkFolder(dir: string): Promise<string | null> {
  let contents: Contents;
  try {
    contents = JSON.parse(await readFile(join(dir, contentsFile), "utf8")) as Contents;
  } catch {
    return `${contentsFile} is missing or unreadable (an older version or an interrupted run made this folder)`;
  }
  const memo = join(dir, checkedFile);
  const statedAtNs = BigInt(Date.now()) * 1_000_000n;
  const hashed: { path: string; before: FileStamp; sha256: string }[] = [];
  for (const [file, record] of Object.entries(contents.files ?? {})) {
    const path = join(dir, file);
    const rows = record.rows === undefined ? "" : ` (${count(record.rows)} rows)`;
    const info = await stat(path).catch(() => null);
    if (info === null) return `${file} is missing${rows}`;
    if (info.size !== record.bytes)
      return `${file} has ${count(info.size)} bytes, ${count(record.bytes)} were written${rows}`;
    if ((await rememberedChecksums(memo, [path]))?.[0] === record.sha256) continue;
    const before = await fileStamp(path);
    if ((await sha256(path)) !== record.sha256) return `${file} was changed after it was written${rows}`;
    if (before !== null) hashed.push({ path, before, sha256: record.sha256 });
  }
  if (hashed.length > 0) await rememberChecksums(memo, hashed, statedAtNs);
  return null;
}
