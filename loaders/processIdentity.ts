/**
 * Which process owns a lock or a half-written folder, told apart from a later process that reuses its pid
 * (after a crash or a reboot): the pid together with when that process started (the boot and the start
 * time since boot, from /proc; `ps` where there is no /proc).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export interface ProcessIdentity {
  pid: number;
  /** When the process started, as the system counts it; null where it cannot be read. */
  started: string | null;
}

function bootId(): string {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return "";
  }
}

/** When process `pid` started, or null when it is not running (or this system cannot say). */
export function processStart(pid: number): string | null {
  if (existsSync("/proc/self/stat")) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The fields after the command name (which may hold spaces and parentheses); the 22nd is the start.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return `${bootId()}:${fields[19]}`;
    } catch {
      return null;
    }
  }
  try {
    return execFileSync("ps", ["-o", "lstart=", "-p", String(pid)], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

let self: ProcessIdentity | null = null;

export function thisProcess(): ProcessIdentity {
  self ??= { pid: process.pid, started: processStart(process.pid) };
  return self;
}

/**
 * Whether the process is still running: its pid is alive and, when its start is known, started then
 * (otherwise the pid now belongs to another program).
 */
export function running({ pid, started }: ProcessIdentity): boolean {
  if (!alive(pid)) return false;
  if (started === null) return true;
  const now = processStart(pid);
  return now === null || now === started;
}

/** The identity as a file-name part: "<pid>-<hash of the start>". */
export function identityTag(identity: ProcessIdentity = thisProcess()): string {
  let hash = 0;
  for (const c of identity.started ?? "") hash = (Math.imul(hash, 31) + c.charCodeAt(0)) >>> 0;
  return `${identity.pid}-${hash.toString(36)}`;
}

/** Whether the process a tag names still runs; null when `tag` is not a tag ("<pid>" alone: its pid lives). */
export function tagRunning(tag: string): boolean | null {
  const match = /^(\d+)(?:-([0-9a-z]+))?$/.exec(tag);
  if (!match) return null;
  const pid = Number(match[1]);
  if (!alive(pid)) return false;
  return match[2] === undefined || identityTag({ pid, started: processStart(pid) }) === tag;
}
