/** Buffered CSV writing for the snapshot and problems.csv: RFC 4180 quoting, '\n' line ends, UTF-8. */
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";

const needsQuotes = /[",\n\r]/;

export function csvField(text: string): string {
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export class CsvWriter {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private size = 0;

  /** A failed open or write (a full or read-only disk), thrown at the next flush instead of ending the process. */
  private failure: Error | null = null;

  /** `header` null: a part without one, to be appended to a file that has it (`appendFile`). */
  constructor(path: string, header: string[] | null) {
    this.stream = createWriteStream(path);
    this.stream.on("error", (error) => (this.failure ??= error));
    if (header !== null) this.line(header.map(csvField).join(","));
  }

  /** Appends the bytes of a file written by another CsvWriter (a part with no header). */
  async appendFile(path: string): Promise<void> {
    await this.flush();
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
      if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  /** Appends one line, already joined and quoted. */
  line(text: string): void {
    this.buffer.push(text);
    this.size += text.length + 1;
  }

  /** Writes the buffer out once it is large; await it between batches so memory stays bounded. */
  async flushIfFull(): Promise<void> {
    if (this.size >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer.length === 0) return;
    const text = this.buffer.join("\n") + "\n";
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
  }
}
