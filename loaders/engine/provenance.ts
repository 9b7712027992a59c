/**
 * Provenance for manifest.json: the code version (package.json version and the git commit, read from
 * .git without running git) and checksums. Nothing time-dependent, so the same extract and code give the
 * same manifest byte for byte.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CodeVersion } from "../output/resultFiles.ts";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The commit HEAD points at, or null outside a git checkout. */
export function gitCommit(root = projectRoot): string | null {
  try {
    let gitDir = join(root, ".git");
    if (!existsSync(gitDir)) return null;
    if (statSync(gitDir).isFile()) {
      // A worktree: ".git" is a file "gitdir: <path>".
      const target = /gitdir:\s*(.+)/.exec(readFileSync(gitDir, "utf8"))?.[1]?.trim();
      if (!target) return null;
      gitDir = resolve(root, target);
    }
    const head = readFileSync(join(gitDir, "HEAD"), "utf8").trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref:\s*(.+)$/.exec(head)?.[1];
    if (!ref) return null;
    const commonDir = existsSync(join(gitDir, "commondir"))
      ? resolve(gitDir, readFileSync(join(gitDir, "commondir"), "utf8").trim())
      : gitDir;
    for (const dir of [gitDir, commonDir]) {
      const loose = join(dir, ref);
      if (existsSync(loose)) return readFileSync(loose, "utf8").trim();
    }
    const packed = join(commonDir, "packed-refs");
    if (existsSync(packed)) {
      for (const line of readFileSync(packed, "utf8").split("\n")) {
        const [hash, name] = line.trim().split(" ");
        if (name === ref) return hash;
      }
    }
    return null;
  } catch {
    return null;
  }
}

export function codeVersion(root = projectRoot): CodeVersion {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: string };
  return { version: pkg.version ?? "0.0.0", commit: gitCommit(root) };
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
