/**
 * The first look at an input file, before any row is read: its SHA-256, its encoding (UTF-8, a
 * byte-order mark, or bytes that are not UTF-8 such as Excel's Windows-1252), and its first bytes for
 * recognising the separator. One pass over the bytes; the rows are read in a second pass.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { isUtf8 } from "node:buffer";

export interface InvalidUtf8 {
  /** Byte offset of the first byte that is not UTF-8. */
  offset: number;
  /** Physical line it is on. */
  line: number;
  byte: number;
  /** The word around it, read as Windows-1252 (e.g. "Tromsø"). */
  word: string;
}

export interface FileInspection {
  sha256: string;
  bytes: number;
  bom: "utf-8" | "utf-16le" | "utf-16be" | null;
  invalidUtf8: InvalidUtf8 | null;
  /** The first 64 KB. */
  head: Buffer;
}

const headBytes = 1 << 16;

/** Reads a file once: checksum, encoding, head. */
export async function inspectFile(path: string): Promise<FileInspection> {
  const hash = createHash("sha256");
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let bytes = 0;
  let tail = Buffer.alloc(0);
  let invalidAt = -1;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    if (headLength < headBytes) {
      headChunks.push(buffer.subarray(0, headBytes - headLength));
      headLength += Math.min(buffer.length, headBytes - headLength);
    }
    if (invalidAt === -1) {
      // Validate up to the last complete character; carry an incomplete one into the next chunk.
      const data = tail.length > 0 ? Buffer.concat([tail, buffer]) : buffer;
      const cut = completeLength(data);
      if (!isUtf8(data.subarray(0, cut))) invalidAt = bytes - tail.length + firstInvalidUtf8(data.subarray(0, cut));
      tail = Buffer.from(data.subarray(cut));
    }
    bytes += buffer.length;
  }
  if (invalidAt === -1 && tail.length > 0) invalidAt = bytes - tail.length;
  const head = Buffer.concat(headChunks);
  const bom =
    head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
      ? "utf-8"
      : head[0] === 0xff && head[1] === 0xfe
        ? "utf-16le"
        : head[0] === 0xfe && head[1] === 0xff
          ? "utf-16be"
          : null;
  const invalidUtf8 =
    invalidAt === -1 || bom === "utf-16le" || bom === "utf-16be" ? null : await describeInvalid(path, invalidAt);
  return { sha256: hash.digest("hex"), bytes, bom, invalidUtf8, head };
}

/** Length of the prefix of `data` that ends on a character boundary. */
function completeLength(data: Buffer): number {
  let i = data.length - 1;
  // Step back over at most three continuation bytes to the lead byte of the last character.
  while (i >= 0 && data.length - i <= 4 && (data[i] & 0xc0) === 0x80) i--;
  if (i < 0) return data.length;
  const lead = data[i];
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + needed > data.length ? i : data.length;
}

/** Offset of the first byte in `data` that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(data: Uint8Array): number {
  let i = 0;
  while (i < data.length) {
    const b = data[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [needed, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [needed, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [needed, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> needed);
    for (let k = 1; k <= needed; k++) {
      const c = data[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += needed + 1;
  }
  return data.length;
}

/** Line and surrounding word of the first invalid byte (a second, partial read: only on failure). */
async function describeInvalid(path: string, offset: number): Promise<InvalidUtf8> {
  let line = 1;
  let position = 0;
  let context = Buffer.alloc(0);
  const contextStart = Math.max(0, offset - 40);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, end: offset + 40 })) {
    const buffer = chunk as Buffer;
    const limit = Math.min(buffer.length, offset - position);
    for (let i = buffer.indexOf(10); i !== -1 && i < limit; i = buffer.indexOf(10, i + 1)) line++;
    if (position + buffer.length > contextStart)
      context = Buffer.concat([context, buffer.subarray(Math.max(0, contextStart - position))]);
    position += buffer.length;
  }
  const text = new TextDecoder("windows-1252").decode(context);
  const at = offset - contextStart;
  const isWordChar = (c: string) => !/[\s,;"\t]/.test(c);
  let from = at;
  let to = at + 1;
  while (from > 0 && isWordChar(text[from - 1])) from--;
  while (to < text.length && isWordChar(text[to])) to++;
  const byte = context[at];
  return { offset, line, byte, word: text.slice(from, to) };
}
