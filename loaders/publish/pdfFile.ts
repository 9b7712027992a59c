/**
 * Just enough of a PDF reader for the PDFs Chromium (Skia) writes: one classic cross-reference table
 * (`xref`, not a cross-reference stream, no incremental updates), uncompressed dictionaries. Used to fix
 * the document dates (reproduciblePdf.ts) and to find the page each named destination lands on (the
 * contents' page numbers). Anything else is refused with an Error, never misread.
 */

export interface XrefEntry {
  offset: number;
  generation: number;
  inUse: boolean;
  /** Byte position of this entry's 10-digit offset inside the file (entries are exactly 20 bytes). */
  position: number;
}

export interface Xref {
  /** Byte position of the `xref` keyword (what `startxref` names). */
  start: number;
  entries: Map<number, XrefEntry>;
  /** The trailer dictionary's text. */
  trailer: string;
  /** Byte position of the number after `startxref`, and its text. */
  startxrefPosition: number;
  startxrefText: string;
}

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");

/** Reads the cross-reference table the file's last `startxref` points to. */
export function readXref(pdf: Uint8Array | string): Xref {
  const text = typeof pdf === "string" ? pdf : latin1(pdf);
  const tail = text.lastIndexOf("startxref");
  if (tail < 0) throw new Error("readXref: not a PDF (no startxref)");
  const match = /^startxref\s+(\d+)/.exec(text.slice(tail));
  if (!match) throw new Error("readXref: startxref has no offset");
  const start = Number(match[1]);
  const startxrefText = match[1];
  const startxrefPosition = tail + match[0].length - match[1].length;
  if (text.slice(start, start + 4) !== "xref")
    throw new Error(
      `readXref: no classic cross-reference table at byte ${start} (cross-reference streams are not supported)`
    );
  const entries = new Map<number, XrefEntry>();
  let at = start + 4;
  const line = /[ \t]*\r?\n?[ \t]*(\d+) (\d+)[ \t]*\r?\n/y;
  for (;;) {
    line.lastIndex = at;
    const section = line.exec(text);
    if (!section) break;
    const first = Number(section[1]);
    const count = Number(section[2]);
    at = line.lastIndex;
    for (let i = 0; i < count; i++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(text.slice(at, at + 20));
      if (!entry) throw new Error(`readXref: malformed cross-reference entry at byte ${at}`);
      entries.set(first + i, {
        offset: Number(entry[1]),
        generation: Number(entry[2]),
        inUse: entry[3] === "n",
        position: at
      });
      at += 20;
    }
  }
  const trailerAt = text.indexOf("trailer", at);
  if (trailerAt < 0 || trailerAt > tail) throw new Error("readXref: no trailer after the cross-reference table");
  const trailer = text.slice(trailerAt + "trailer".length, tail).trim();
  if (/\/Prev\s/.test(trailer)) throw new Error("readXref: incrementally updated PDFs are not supported");
  return { start, entries, trailer, startxrefPosition, startxrefText };
}

/** Where object `n`'s content lies: from after `n g obj` to before `endobj` (dictionaries only: not for streams). */
export function objectSpan(pdf: string, xref: Xref, n: number): { start: number; text: string } {
  const entry = xref.entries.get(n);
  if (!entry?.inUse) throw new Error(`objectText: object ${n} is not in the cross-reference table`);
  const header = new RegExp(`^${n} ${entry.generation} obj\\s*`).exec(pdf.slice(entry.offset, entry.offset + 32));
  if (!header)
    throw new Error(
      `objectText: the cross-reference table points object ${n} at byte ${entry.offset}, where it is not`
    );
  const start = entry.offset + header[0].length;
  const end = pdf.indexOf("endobj", start);
  if (end < 0) throw new Error(`objectText: object ${n} has no endobj`);
  return { start, text: pdf.slice(start, end).trimEnd() };
}

/** The text of object `n` (see objectSpan). */
export function objectText(pdf: string, xref: Xref, n: number): string {
  return objectSpan(pdf, xref, n).text;
}

/** The object number of the reference stored under `key` in a dictionary's text ("/Root 12 0 R" → 12). */
export function reference(dictionary: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dictionary);
  return match ? Number(match[1]) : null;
}

/** Pages in reading order, as object numbers (walks the page tree). */
export function pageObjects(pdf: string, xref: Xref = readXref(pdf)): number[] {
  const root = reference(xref.trailer, "Root");
  if (root === null) throw new Error("pageObjects: the trailer names no /Root");
  const pagesRoot = reference(objectText(pdf, xref, root), "Pages");
  if (pagesRoot === null) throw new Error("pageObjects: the catalog names no /Pages");
  const pages: number[] = [];
  const visit = (n: number, depth: number) => {
    if (depth > 64) throw new Error("pageObjects: the page tree is too deep (a cycle?)");
    const node = objectText(pdf, xref, n);
    if (/\/Type\s*\/Page(?![s\w])/.test(node)) {
      pages.push(n);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
    if (!kids) throw new Error(`pageObjects: page tree node ${n} has no /Kids`);
    for (const kid of kids[1].matchAll(/(\d+)\s+\d+\s+R/g)) visit(Number(kid[1]), depth + 1);
  };
  visit(pagesRoot, 0);
  return pages;
}

/** Decodes a PDF name's #xx escapes ("/a#2Db" → "a-b"). */
function decodeName(name: string): string {
  return Buffer.from(
    name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1"
  ).toString("utf8");
}

/**
 * The page (1-based) each named destination of the catalog's /Dests dictionary points to. Chromium names a
 * destination after the id of an element that a link on the page points to ("#indicator-lung-mdt").
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = latin1(pdf);
  const xref = readXref(text);
  const pages = pageObjects(text, xref);
  const root = reference(xref.trailer, "Root") as number;
  const catalog = objectText(text, xref, root);
  const out = new Map<string, number>();
  const destsRef = reference(catalog, "Dests");
  if (destsRef === null) return out;
  const dests = objectText(text, xref, destsRef);
  for (const match of dests.matchAll(/\/([^\s/[\]()<>{}%]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = pages.indexOf(Number(match[2]));
    if (page >= 0) out.set(decodeName(match[1]), page + 1);
  }
  return out;
}

/** Number of pages. */
export function pageCount(pdf: Uint8Array): number {
  return pageObjects(latin1(pdf)).length;
}
