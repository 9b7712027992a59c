/**
 * A small PDF shaped like Chromium's (Skia's): the information dictionary first, a nested page tree, named
 * destinations in the catalog, a binary stream, one classic cross-reference table. Offsets are computed, so
 * the file is valid whatever the dates' lengths.
 */
export interface SamplePdfOptions {
  creation?: string;
  modification?: string;
  /** Hex strings of a trailer /ID, or none. */
  id?: [string, string];
}

export function samplePdf({
  creation = "D:20261127025644+00'00'",
  modification = creation,
  id
}: SamplePdfOptions = {}): Buffer {
  // A stream whose bytes look like a date and hold non-ASCII bytes: it must come through untouched.
  const stream = Buffer.concat([
    Buffer.from("BT /CreationDate (D:19990101000000) ET\n", "latin1"),
    Buffer.from([0, 255, 128, 10, 13, 200])
  ]);
  const objects: (string | Buffer)[] = [
    `<</Creator (Chromium)\n/Producer (Skia/PDF m156)\n/CreationDate (${creation})\n/ModDate (${modification})>>`,
    "<</Type /Catalog\n/Pages 3 0 R\n/Dests 6 0 R>>",
    "<</Type /Pages\n/Count 3\n/Kids [4 0 R 7 0 R]>>",
    "<</Type /Page\n/Parent 3 0 R\n/Contents 9 0 R>>",
    "<</Type /Page\n/Parent 7 0 R>>",
    "<</intro [4 0 R /XYZ 0 842 0]\n/a#2Db [5 0 R /XYZ 0 400 0]\n/last [8 0 R /XYZ 0 100 0]>>",
    "<</Type /Pages\n/Parent 3 0 R\n/Count 2\n/Kids [5 0 R 8 0 R]>>",
    "<</Type /Page\n/Parent 7 0 R>>",
    Buffer.concat([
      Buffer.from(`<</Length ${stream.length}>> stream\n`, "latin1"),
      stream,
      Buffer.from("\nendstream", "latin1")
    ])
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, "latin1"),
      typeof body === "string" ? Buffer.from(body, "latin1") : body,
      Buffer.from("\nendobj\n", "latin1")
    ]);
    parts.push(part);
    length += part.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)
  ].join("");
  const idEntry = id ? `\n/ID [<${id[0]}> <${id[1]}>]` : "";
  const trailer =
    `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R${idEntry}>>\n` + `startxref\n${length}\n%%EOF`;
  parts.push(Buffer.from(xref + trailer, "latin1"));
  return Buffer.concat(parts);
}
