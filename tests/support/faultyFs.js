/**
 * A disk that fails as a full, read-only or forbidden one does, for the paths under one folder: preloaded
 * into a `qi` process (`node --import ./tests/support/faultyFs.js bin/qi.js …`) with
 * QI_TEST_FAULT=<ENOSPC|EROFS|EACCES> and QI_TEST_FAULT_PATH=<folder>. A full disk lets folders be made
 * and fails every write into them; a read-only or forbidden one fails making folders and files too.
 * Plain JavaScript, so it loads before tsx.
 */
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { resolve } from "node:path";
import { Writable } from "node:stream";

const code = process.env.QI_TEST_FAULT;
const under = resolve(process.env.QI_TEST_FAULT_PATH ?? "/nonexistent");
const messages = { ENOSPC: "no space left on device", EROFS: "read-only file system", EACCES: "permission denied" };
const hit = (path) => typeof path === "string" && resolve(path).startsWith(under);
const fault = (syscall, path) =>
  Object.assign(new Error(`${code}: ${messages[code]}, ${syscall} '${path}'`), {
    code,
    errno: -1,
    syscall,
    path: String(path)
  });
const writing = (flags) => flags !== undefined && flags !== "r" && flags !== "rs";

if (code in messages) {
  const original = { ...fs, promises: { ...fs.promises } };
  // A full disk still makes (empty) folders and files, and fails at the bytes; the others fail at once.
  const failsToMake = code !== "ENOSPC";
  fs.promises.writeFile = async (path, ...rest) => {
    if (hit(path)) throw fault("write", path);
    return original.promises.writeFile(path, ...rest);
  };
  fs.writeFileSync = (path, ...rest) => {
    if (hit(path)) throw fault("write", path);
    return original.writeFileSync(path, ...rest);
  };
  fs.createWriteStream = (path, options) => {
    if (!hit(path)) return original.createWriteStream(path, options);
    if (!failsToMake) original.writeFileSync(path, "");
    else {
      const stream = new Writable({ write: (_, __, callback) => callback(fault("open", path)) });
      process.nextTick(() => stream.destroy(fault("open", path)));
      return stream;
    }
    return new Writable({ write: (_, __, callback) => callback(fault("write", path)) });
  };
  fs.promises.open = async (path, flags, ...rest) => {
    if (!hit(path) || !writing(flags)) return original.promises.open(path, flags, ...rest);
    if (failsToMake) throw fault("open", path);
    const handle = await original.promises.open(path, flags, ...rest);
    handle.write = async () => {
      throw fault("write", path);
    };
    return handle;
  };
  if (failsToMake) {
    fs.promises.mkdir = async (path, ...rest) => {
      if (hit(path)) throw fault("mkdir", path);
      return original.promises.mkdir(path, ...rest);
    };
    fs.mkdirSync = (path, ...rest) => {
      if (hit(path)) throw fault("mkdir", path);
      return original.mkdirSync(path, ...rest);
    };
    fs.promises.rename = async (from, to) => {
      if (hit(from) || hit(to)) throw fault("rename", hit(to) ? to : from);
      return original.promises.rename(from, to);
    };
  }
  syncBuiltinESMExports();
}
