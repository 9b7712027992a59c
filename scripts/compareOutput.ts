/**
 * Proves a change leaves the product's output as it was: builds the demo extract, `qi compute` results
 * and both sites (public and council) at a base git ref and at another (default HEAD), each in a fresh
 * checkout with no caches, then compares them file by file.
 *
 *   npx tsx scripts/compareOutput.ts <base-ref> [--head <ref>] [--scale 0.1] [--seed 1] [--keep]
 *                                    [--skip-sites] [--bytes] [--outputs <kept folder>]
 *
 * Commit the change first: uncommitted edits are not compared. The code version (the commit) names the
 * code and so must differ; it is replaced by a placeholder on both sides. Unless --bytes is given, the
 * sites are also compared after normalising what moves when only the shape of the code changes: the
 * content hashes in asset file names, the CSP's script hashes, and JavaScript modules compared minified
 * (whitespace and comments aside). Prints every file that differs and exits 1 when any does.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { transformSync } from "esbuild";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    head: { type: "string", default: "HEAD" },
    scale: { type: "string", default: "0.1" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean" },
    "skip-sites": { type: "boolean" },
    bytes: { type: "boolean" },
    outputs: { type: "string" }
  }
});
const base = positionals[0];
if (!base) {
  process.stderr.write(
    "usage: npx tsx scripts/compareOutput.ts <base-ref> [--head <ref>] [--scale S] [--seed N] [--keep]\n" +
      "       [--skip-sites] [--bytes] [--outputs <dir>]\n"
  );
  process.exit(2);
}

const here = resolve(import.meta.dirname, "..");
// --outputs <dir>: compare the outputs kept by an earlier run (its base/ and head/) without building again.
const work = values.outputs ? resolve(values.outputs) : mkdtempSync(join(tmpdir(), "qi-compare-"));
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" }).trim();

function run(cwd: string, args: string[], env: Record<string, string> = {}): void {
  process.stderr.write(`  ${relative(work, cwd) || "."}: qi ${args.join(" ")}\n`);
  const result = spawnSync(process.execPath, ["bin/qi.js", ...args], {
    cwd,
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", TZ: "UTC", ...env },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8"
  });
  if (result.status !== 0) throw new Error(`qi ${args.join(" ")} failed in ${cwd}:\n${result.stderr}`);
}

/** Everything one checkout makes from the demo at the chosen scale and seed, in out/. */
function produce(checkout: string, out: string): void {
  const extract = join(out, "extract");
  run(checkout, ["demo", "--out", extract, "--scale", values.scale!, "--seed", values.seed!]);
  run(checkout, ["compute", extract, "--out", join(out, "results")]);
  if (values["skip-sites"]) return;
  run(checkout, ["build", "--out", join(out, "dist")], { QI_EXTRACT: extract });
  run(checkout, ["build", "--council", "--out", join(out, "dist-council")], { QI_EXTRACT: extract });
}

function files(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, root) : [relative(root, path)];
    });
}

/** A fresh checkout of a commit (no caches), using this checkout's node_modules. */
function checkout(name: string, commit: string): string {
  const tree = join(work, name);
  git(here, "worktree", "add", "--detach", tree, commit);
  symlinkSync(join(here, "node_modules"), join(tree, "node_modules"));
  return tree;
}

const trees: string[] = [];
const removeTrees = () => {
  for (const tree of trees) {
    try {
      git(here, "worktree", "remove", "--force", tree);
    } catch {
      // Already gone.
    }
  }
};

try {
  const baseCommit = git(here, "rev-parse", base);
  const headCommit = git(here, "rev-parse", values.head!);
  for (const [side, commit] of [
    ["base", baseCommit],
    ["head", headCommit]
  ] as const) {
    if (values.outputs) continue;
    process.stderr.write(`${side} ${commit.slice(0, 12)}\n`);
    const tree = checkout(`${side}-checkout`, commit);
    trees.push(tree);
    produce(tree, join(work, side));
  }
  const commits = { base: baseCommit, head: headCommit };
  // The full commit and the short forms pages print.
  const stamp = (text: string, commit: string) =>
    [commit, commit.slice(0, 12), commit.slice(0, 7)].reduce((t, c) => t.split(c).join("<commit>"), text);
  const unhashed = (text: string) =>
    text.replace(/\.[0-9a-f]{8}\.(?=[a-z]+\b)/g, ".").replace(/sha256-[A-Za-z0-9+/]+=*/g, "sha256-*");
  const normalise = (path: string, side: "base" | "head", loose: boolean): string => {
    const text = stamp(readFileSync(path).toString("latin1"), commits[side]);
    if (!loose) return text;
    const plain = unhashed(text);
    return path.endsWith(".js") ? transformSync(plain, { minify: true, loader: "js" }).code : plain;
  };
  const a = join(work, "base");
  const b = join(work, "head");
  // Sites are paired by their names without content hashes unless bytes are asked for.
  const isSite = (name: string) => name.startsWith("dist");
  const key = (name: string) => (isSite(name) && !values.bytes ? unhashed(name) : name);
  const pairs = new Map<string, { base?: string; head?: string }>();
  for (const [side, dir] of [
    ["base", a],
    ["head", b]
  ] as const) {
    for (const name of files(dir)) pairs.set(key(name), { ...pairs.get(key(name)), [side]: name });
  }
  let differ = 0;
  let loose = 0;
  for (const [name, pair] of [...pairs].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (!pair.base || !pair.head) {
      process.stdout.write(`only in ${pair.base ? "base" : "head"}: ${pair.base ?? pair.head}\n`);
      differ++;
      continue;
    }
    const left = join(a, pair.base);
    const right = join(b, pair.head);
    if (normalise(left, "base", false) === normalise(right, "head", false)) continue;
    if (isSite(name) && !values.bytes && normalise(left, "base", true) === normalise(right, "head", true)) {
      loose++;
      continue;
    }
    process.stdout.write(`differs: ${pair.head}\n`);
    differ++;
  }
  const names = [...pairs.keys()];
  const looseNote = loose > 0 ? ` (${loose} of them only in asset hashes, CSP hashes or JavaScript layout)` : "";
  process.stdout.write(
    differ === 0 ? `identical: ${names.length} files${looseNote}\n` : `${differ} of ${names.length} files differ\n`
  );
  removeTrees();
  if (differ === 0 && !values.keep) rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`outputs kept in ${work}\n`);
  process.exit(differ === 0 ? 0 : 1);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\noutputs kept in ${work}\n`);
  removeTrees();
  process.exit(1);
}
