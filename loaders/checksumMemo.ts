/**
 * Remembered file checksums, so that validating an unchanged extract again costs a `stat` per file instead
 * of reading every byte (a national extract ten times the usual size is over a gigabyte). As git's index
 * does: a file whose size, modification and change times, inode and device are as they were when it was
 * hashed has the checksum it had. A file modified so soon after it was stat'ed that its time stamp could not
 * tell the two writes apart ("racily clean") is not remembered, so it is read again next time.
 *
 * The memo is one JSON file (`memo`, a path the caller chooses: the snapshot cache for extracts, a sealed
 * folder for its own files), rewritten whole (write, then rename) and bounded.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, stat, writeFile } from "node:fs/promises";

const memoVersion = 1;
/** Files remembered, the most recently hashed kept. */
const memoEntries = 512;

interface Entry {
  /** `size:mtimeNs:ctimeNs:ino:dev` */
  stamp: string;
  sha256: string;
}

interface Memo {
  version: number;
  files: Record<string, Entry>;
}

/** What identifies a file's content without reading it, and when it was last written (ns since epoch). */
export interface FileStamp {
  stamp: string;
  mtimeNs: bigint;
}

export async function fileStamp(path: string): Promise<FileStamp | null> {
  try {
    const s = await stat(path, { bigint: true });
    return { stamp: `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}:${s.dev}`, mtimeNs: s.mtimeNs };
  } catch {
    return null;
  }
}

async function readMemo(memo: string): Promise<Memo> {
  try {
    const parsed = JSON.parse(await readFile(memo, "utf8")) as Memo;
    if (parsed.version === memoVersion && parsed.files && typeof parsed.files === "object") return parsed;
  } catch {
    // Missing or unreadable: start afresh.
  }
  return { version: memoVersion, files: {} };
}

/** The remembered checksum of each path, or null if any file changed or was never hashed. */
export async function rememberedChecksums(memoPath: string, paths: string[]): Promise<string[] | null> {
  const memo = await readMemo(memoPath);
  const checksums: string[] = [];
  for (const path of paths) {
    const entry = memo.files[path];
    if (entry === undefined) return null;
    const now = await fileStamp(path);
    if (now === null || now.stamp !== entry.stamp) return null;
    checksums.push(entry.sha256);
  }
  return checksums;
}

/**
 * Remembers checksums computed from files stat'ed (`before`) at `statedAtNs`, for those whose stamp has not
 * changed since and whose last write was clearly before they were stat'ed: 2 s before on a file system with
 * whole-second time stamps, 100 ms otherwise.
 */
export async function rememberChecksums(
  memoPath: string,
  files: { path: string; before: FileStamp; sha256: string }[],
  statedAtNs: bigint
): Promise<void> {
  const memo = await readMemo(memoPath);
  let changed = false;
  for (const { path, before, sha256 } of files) {
    const after = await fileStamp(path);
    if (after === null || after.stamp !== before.stamp) continue;
    const margin = before.mtimeNs % 1_000_000_000n === 0n ? 2_000_000_000n : 100_000_000n;
    if (before.mtimeNs > statedAtNs - margin) continue;
    // Re-inserted, so the most recently hashed are last and survive the bound.
    delete memo.files[path];
    memo.files[path] = { stamp: before.stamp, sha256 };
    changed = true;
  }
  if (!changed) return;
  const paths = Object.keys(memo.files);
  for (const path of paths.slice(0, Math.max(0, paths.length - memoEntries))) delete memo.files[path];
  const temporary = `${memoPath}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await writeFile(temporary, JSON.stringify(memo) + "\n");
    await rename(temporary, memoPath);
  } catch {
    // A cache: failing to remember only costs a re-read next time.
  }
}
