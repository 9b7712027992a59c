/**
 * Makes a PDF from Chromium reproducible: Chromium stamps the document information dictionary with the
 * time of printing (/CreationDate, /ModDate); everything else it writes depends only on the page. The
 * dates are set to a fixed value (the report uses the extract date), a trailer /ID, if there is one, is
 * replaced by a digest of the content, and every cross-reference offset after a change of length is moved
 * by that change, so the file stays valid whatever the lengths.
 */
import { createHash } from "node:crypto";
import { objectSpan, objectText, readXref, reference } from "./pdfFile.ts";

/** "2024-09-30" → "D:20240930000000+00'00'" (midnight UTC, the form Chromium writes). */
export function pdfDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== isoDate)
    throw new RangeError(`pdfDate: "${isoDate}" is not a date of the form YYYY-MM-DD`);
  return `D:${match[1]}${match[2]}${match[3]}000000+00'00'`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits (non-overlapping) to latin1 text; returns the text and how far each old byte position moved. */
function applyEdits(text: string, edits: Edit[]): { text: string; shift: (position: number) => number } {
  const sorted = edits.slice().sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error("applyEdits: overlapping edits");
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += text.slice(at);
  const shift = (position: number) => {
    let moved = position;
    for (const edit of sorted) if (edit.end <= position) moved += edit.text.length - (edit.end - edit.start);
    return moved;
  };
  return { text: out, shift };
}

/**
 * Sets /CreationDate and /ModDate of the document information dictionary to `date` (a PDF date string,
 * see pdfDate) and the trailer /ID to a digest of the content. Returns a new buffer; the input is not changed.
 */
export function fixPdfDates(pdf: Uint8Array, date: string): Buffer {
  if (!/^D:\d{4}/.test(date) || /[()\\]/.test(date))
    throw new RangeError(`fixPdfDates: "${date}" is not a PDF date string (D:YYYYMMDDHHmmSS…)`);
  let text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  let xref = readXref(text);
  const edits: Edit[] = [];
  const info = reference(xref.trailer, "Info");
  if (info !== null) {
    const { start: bodyStart, text: body } = objectSpan(text, xref, info);
    for (const match of body.matchAll(/\/(CreationDate|ModDate)\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)/g)) {
      const start = bodyStart + (match.index as number) + match[0].length - match[2].length;
      edits.push({ start, end: start + match[2].length, text: `(${date})` });
    }
  }
  if (edits.length > 0) {
    const { text: edited, shift } = applyEdits(text, edits);
    // Cross-reference entries are fixed-width: rewriting an offset never moves anything else.
    const entryEdits: Edit[] = [];
    for (const entry of xref.entries.values()) {
      if (!entry.inUse) continue;
      const moved = shift(entry.offset);
      if (moved !== entry.offset)
        entryEdits.push({
          start: shift(entry.position),
          end: shift(entry.position) + 10,
          text: String(moved).padStart(10, "0")
        });
    }
    const start = shift(xref.start);
    if (start !== xref.start)
      entryEdits.push({
        start: shift(xref.startxrefPosition),
        end: shift(xref.startxrefPosition) + xref.startxrefText.length,
        text: String(start)
      });
    text = applyEdits(edited, entryEdits).text;
    xref = readXref(text);
  }
  // A trailer /ID (Chromium writes none today) becomes a digest of everything before the cross-reference table.
  const id = /\/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]/.exec(xref.trailer);
  if (id) {
    const digest = createHash("sha256").update(text.slice(0, xref.start), "latin1").digest("hex").toUpperCase();
    const at = text.indexOf(id[0], xref.start);
    const replacement = id[0]
      .replace(`<${id[1]}>`, `<${digest.repeat(4).slice(0, id[1].length)}>`)
      .replace(`<${id[2]}>`, `<${digest.repeat(4).slice(0, id[2].length)}>`);
    text = text.slice(0, at) + replacement + text.slice(at + id[0].length);
  }
  return Buffer.from(text, "latin1");
}

/** Cross-reference entries that do not point at their object (an empty list for a sound file). */
export function xrefProblems(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  let xref;
  try {
    xref = readXref(text);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  for (const [n, entry] of xref.entries) {
    if (!entry.inUse) continue;
    if (!text.startsWith(`${n} ${entry.generation} obj`, entry.offset))
      problems.push(`object ${n}: offset ${entry.offset} does not start "${n} ${entry.generation} obj"`);
  }
  return problems;
}

/** The /CreationDate and /ModDate strings of the document information dictionary. */
export function pdfDates(pdf: Uint8Array): { creation: string | null; modification: string | null } {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const xref = readXref(text);
  const info = reference(xref.trailer, "Info");
  const body = info === null ? "" : objectText(text, xref, info);
  const value = (key: string) => new RegExp(`/${key}\\s*\\(((?:[^()\\\\]|\\\\.)*)\\)`).exec(body)?.[1] ?? null;
  return { creation: value("CreationDate"), modification: value("ModDate") };
}
