/**
 * A strict, streaming CSV reader (RFC 4180) that keeps track of physical lines: each record carries the
 * line it starts on as a person sees it in an editor (the header is line 1), so a quoted field with
 * embedded newlines moves every later record's line down. Broken quoting is reported on the record,
 * never repaired silently; an unclosed quote is reported on the line that opened it, and reading goes on
 * from the next line so that the rest of the file is still checked.
 *
 * Lines have a limit (1 MiB of characters by default): a longer line is reported as such and skipped to its
 * end without being kept in memory, and a quoted field that runs past the limit over several lines is taken
 * for a missing closing quote. So memory stays bounded whatever the file holds.
 */
import { createReadStream } from "node:fs";

export interface CsvRecord {
  /** Physical line the record starts on (1 = first line of the file). */
  line: number;
  fields: string[];
  /** What is wrong with the quoting or the length of the record, if anything (then `fields` may be empty). */
  error?: string;
}

export interface CsvOptions {
  /** Field separator, one character (default ','). */
  separator?: string;
  /**
   * The most characters a line may hold, not counting its line end (default 1 MiB); also the most a row
   * whose quoted fields hold line breaks may hold, from its first character to its last.
   */
  maxLineChars?: number;
}

/** The default line limit, 1 MiB of characters (docs/extract-format.md, "Limits"). */
export const maxLineChars = 1 << 20;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Receives each record as soon as it is complete (no record objects: millions of rows, little garbage), and
 * for a record on one line without quotes its text too, which a reader may keep instead of joining the fields.
 */
export type RecordSink = (line: number, fields: string[], error: string | undefined, text?: string) => void;

/** Incremental parser: feed text with `push`, finish with `end`; complete records go to the sink. */
export class CsvParser {
  private carry = "";
  private line = 1;
  private readonly separator: string;
  private readonly separatorCode: number;
  private readonly maxLineChars: number;
  /** Inside a line longer than the limit: discard text up to its end. */
  private skipping = false;

  constructor({ separator = ",", maxLineChars: limit = maxLineChars }: CsvOptions = {}) {
    if (separator.length !== 1)
      throw new RangeError(`CsvParser: separator must be one character, got ${JSON.stringify(separator)}`);
    this.separator = separator;
    this.separatorCode = separator.charCodeAt(0);
    this.maxLineChars = limit;
  }

  push(text: string, out: RecordSink | CsvRecord[]): void {
    const all = this.carry.length === 0 ? text : this.carry + text;
    const consumed = this.parse(all, false, toSink(out));
    this.carry = consumed === all.length ? "" : all.slice(consumed);
  }

  end(out: RecordSink | CsvRecord[]): void {
    this.parse(this.carry, true, toSink(out));
    this.carry = "";
  }

  private parse(text: string, final: boolean, out: RecordSink): number {
    const length = text.length;
    let pos = 0;
    let line = this.line;
    if (this.skipping) {
      const newline = text.indexOf("\n");
      if (newline === -1) return length;
      this.skipping = false;
      pos = newline + 1;
      line++;
    }
    let quote = text.indexOf('"', pos);
    while (pos < length) {
      let newline = text.indexOf("\n", pos);
      if (this.lineTooLong(text, pos, newline, final)) {
        out(line, [], this.longLineMessage());
        if (newline === -1) {
          this.skipping = !final;
          pos = length;
          break;
        }
        pos = newline + 1;
        line++;
        continue;
      }
      if (newline === -1) {
        if (!final) break;
        newline = length;
      }
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
      if (quote === -1 || quote > newline) {
        // Fast path: a record on one line without quotes.
        let end = newline;
        if (end > pos && text.charCodeAt(end - 1) === CR) end--;
        const record = text.slice(pos, end);
        out(line, record.split(this.separator), undefined, record);
        line++;
        pos = newline + 1;
        continue;
      }
      const next = this.parseQuoted(text, pos, line, final, out);
      if (next === null) break;
      pos = next.pos;
      line = next.line;
    }
    this.line = line;
    return Math.min(pos, length);
  }

  /** Parses one record that contains quotes, starting at `start`; null when more text is needed. */
  private parseQuoted(
    text: string,
    start: number,
    line: number,
    final: boolean,
    out: RecordSink
  ): { pos: number; line: number } | null {
    const length = text.length;
    const fields: string[] = [];
    let error: string | undefined;
    let newlines = 0;
    let i = start;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = "";
        let j = i + 1;
        let closed = false;
        while (!closed) {
          const q = text.indexOf('"', j);
          if (q === -1 || q - start > this.maxLineChars) {
            const long = (q === -1 ? length : q) - start > this.maxLineChars;
            if (!final && !long) return null;
            return this.unclosed(text, start, line, out, long);
          }
          if (q + 1 >= length && !final) return null;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(j, q + 1);
            j = q + 2;
          } else {
            value += text.slice(j, q);
            i = q + 1;
            closed = true;
          }
        }
        newlines += countNewlines(value);
        if (i < length && !this.isFieldEnd(text, i)) {
          // Text after the closing quote: keep it in the value, and say so.
          const end = this.fieldEnd(text, i);
          const stop = end === -1 ? length : end;
          if (stop - start > this.maxLineChars) return this.unclosed(text, start, line, out, true);
          if (end === -1 && !final) return null;
          error ??=
            `text after a closing quote ` +
            `(${JSON.stringify(text.slice(i, Math.min(stop, i + 20)))}); a quoted ` +
            `field must end at the separator`;
          value += text.slice(i, stop);
          i = stop;
        }
        fields.push(value);
      } else {
        const end = this.fieldEnd(text, i);
        const stop = end === -1 ? length : end;
        if (stop - start > this.maxLineChars) return this.unclosed(text, start, line, out, true);
        if (end === -1 && !final) return null;
        let value = text.slice(i, stop);
        if (text.charCodeAt(stop) === LF && value.charCodeAt(value.length - 1) === CR) value = value.slice(0, -1);
        if (value.includes('"')) {
          error ??=
            `a quote inside an unquoted field ` +
            `(${JSON.stringify(value.length > 30 ? value.slice(0, 27) + "…" : value)}); ` +
            `quote the whole field and double the quotes inside it`;
        }
        fields.push(value);
        i = stop;
      }
      // i is at a separator, a line end, or the end of the text.
      if (i >= length) {
        if (!final) return null;
        out(line, fields, error);
        return { pos: length, line: line + newlines + 1 };
      }
      const code = text.charCodeAt(i);
      if (code === this.separatorCode) {
        i++;
        continue;
      }
      if (code === CR) {
        if (i + 1 >= length && !final) return null;
        i++;
      }
      // Line feed (or a carriage return at the very end).
      out(line, fields, error);
      return { pos: i + 1, line: line + newlines + 1 };
    }
  }

  /**
   * A quote that never closes: by the end of the file, or (`long`) within the limit of a row that runs over
   * several lines. Reports the record's first line, and reads on from the next line.
   */
  private unclosed(
    text: string,
    start: number,
    line: number,
    out: RecordSink,
    long = false
  ): { pos: number; line: number } {
    let newline = text.indexOf("\n", start);
    if (newline === -1) newline = text.length;
    let end = newline;
    if (end > start && text.charCodeAt(end - 1) === CR) end--;
    out(
      line,
      text.slice(start, end).split(this.separator),
      long
        ? `a quoted field runs on over several lines past ${this.limitText()}, the most a row may hold: is its ` +
            `closing '"' missing? Read on from the next line`
        : "a quoted field is never closed (a '\"' without its closing '\"'); the rest of the file would be one value"
    );
    return { pos: newline + 1, line: line + 1 };
  }

  /** Whether the line at `pos` (ending at `newline`, -1 if not seen yet) is longer than the limit. */
  private lineTooLong(text: string, pos: number, newline: number, final: boolean): boolean {
    // An unfinished line may still end in "\r\n": one more character before it is known to be too long.
    if (newline === -1) return text.length - pos > this.maxLineChars + (final ? 0 : 1);
    const end = newline > pos && text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
    return end - pos > this.maxLineChars;
  }

  private longLineMessage(): string {
    return `the line is longer than ${this.limitText()}, the most a line may hold; it is not read`;
  }

  private limitText(): string {
    return `${this.maxLineChars.toLocaleString("en-GB")} characters`;
  }

  private isFieldEnd(text: string, i: number): boolean {
    const code = text.charCodeAt(i);
    return (
      code === this.separatorCode ||
      code === LF ||
      (code === CR && (i + 1 >= text.length || text.charCodeAt(i + 1) === LF))
    );
  }

  /** Index of the next separator or line feed at or after i, or -1. */
  private fieldEnd(text: string, i: number): number {
    const separator = text.indexOf(this.separator, i);
    const newline = text.indexOf("\n", i);
    if (separator === -1) return newline;
    if (newline === -1) return separator;
    return Math.min(separator, newline);
  }
}

function toSink(out: RecordSink | CsvRecord[]): RecordSink {
  if (typeof out === "function") return out;
  return (line, fields, error) => out.push(error === undefined ? { line, fields } : { line, fields, error });
}

function countNewlines(text: string): number {
  let count = 0;
  let i = text.indexOf("\n");
  while (i !== -1) {
    count++;
    i = text.indexOf("\n", i + 1);
  }
  return count;
}

/** Parses a whole CSV text (tests, small files). */
export function parseCsv(text: string, options: CsvOptions = {}): CsvRecord[] {
  const parser = new CsvParser(options);
  const out: CsvRecord[] = [];
  parser.push(text, out);
  parser.end(out);
  return out;
}

export interface CsvStreamOptions extends CsvOptions {
  /** Text encoding of the file (default utf-8; a UTF-8 byte-order mark is skipped). */
  encoding?: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";
  /** Called with the number of bytes read so far, once per chunk. */
  onBytes?: (bytes: number) => void;
}

/**
 * Streams a CSV file into `sink`, record by record; `afterChunk` runs after each ~1 MB read (to write
 * out results and report progress while memory stays flat).
 */
export async function streamCsv(
  path: string,
  sink: RecordSink,
  { encoding = "utf-8", onBytes, afterChunk, ...options }: CsvStreamOptions & { afterChunk?: () => Promise<void> } = {}
): Promise<void> {
  const decoder = new TextDecoder(encoding);
  const parser = new CsvParser(options);
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    bytes += (chunk as Buffer).length;
    parser.push(decoder.decode(chunk as Buffer, { stream: true }), sink);
    onBytes?.(bytes);
    await afterChunk?.();
  }
  parser.push(decoder.decode(), sink);
  parser.end(sink);
  await afterChunk?.();
}

/** Streams a CSV file as batches of records (one batch per ~1 MB read). */
export async function* readCsv(
  path: string,
  { encoding = "utf-8", onBytes, ...options }: CsvStreamOptions = {}
): AsyncGenerator<CsvRecord[]> {
  const decoder = new TextDecoder(encoding);
  const parser = new CsvParser(options);
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    bytes += (chunk as Buffer).length;
    const out: CsvRecord[] = [];
    parser.push(decoder.decode(chunk as Buffer, { stream: true }), out);
    onBytes?.(bytes);
    if (out.length > 0) yield out;
  }
  const out: CsvRecord[] = [];
  parser.push(decoder.decode(), out);
  parser.end(out);
  if (out.length > 0) yield out;
}
