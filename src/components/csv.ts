/**
 * RFC 4180 CSV from rows: comma separator, CRLF line ends, quotes only where needed, UTF-8 (BOM optional for Excel).
 */
export function toCsv(
  rows: Record<string, unknown>[],
  columns: string[] = rows.length ? Object.keys(rows[0]) : []
): string {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return "";
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return (
    [columns.map(cell).join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\r\n") +
    "\r\n"
  );
}
