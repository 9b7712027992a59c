/**
 * An accessible, keyboard-sortable data table: a real <table> with a caption, column headers whose sort
 * buttons announce their state (aria-sort), and numbers right-aligned. Used instead of Inputs.table,
 * whose sortable headers are mouse-only and which relies on inline event-handler attributes that a
 * strict Content-Security-Policy forbids.
 */

export interface Column<T> {
  /** Key in the row object. */
  key: keyof T & string;
  /** Header text. */
  label: string;
  /** Formats a cell for display (default: String, with "–" for null). */
  format?: (value: T[keyof T], row: T) => string | Node;
  /** Right-align (numbers). Default: true when the first non-null value is a number. */
  numeric?: boolean;
  /** Value used for sorting (default: the cell value). */
  sortValue?: (row: T) => number | string | null;
}

export interface DataTableOptions<T> {
  columns: Column<T>[];
  caption: string;
  /** Initial sort column and direction. */
  sort?: { key: keyof T & string; descending?: boolean };
  /** Show at most this many rows (the caption says how many were left out). */
  limit?: number;
  /** Extra class names for the row, e.g. to grey out suppressed units. */
  rowClass?: (row: T) => string | undefined;
  /** Text for "showing n of m rows" (receives n, m). */
  truncatedText?: (shown: number, total: number) => string;
  /**
   * On a narrow screen, show each row as a card of labelled values instead of a row to scroll sideways
   * (style.css, .qi-stack), headed by the `heading` column: for tables whose every column matters to the
   * reader on a phone.
   */
  stack?: { heading: keyof T & string };
}

function defaultFormat(value: unknown): string {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return "–";
  return String(value);
}

function compare(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "nb");
}

export function dataTable<T extends Record<string, unknown>>(rows: T[], options: DataTableOptions<T>): HTMLElement {
  const { columns, caption, limit = Infinity, rowClass, truncatedText = (n, m) => `${n} / ${m}` } = options;
  const numeric = columns.map(
    (c) => c.numeric ?? typeof rows.find((r) => r[c.key] !== null && r[c.key] !== undefined)?.[c.key] === "number"
  );
  let sortKey = options.sort?.key;
  let descending = options.sort?.descending ?? false;

  const wrapper = document.createElement("div");
  wrapper.className = options.stack ? "qi-table-wrapper qi-stack" : "qi-table-wrapper";
  const table = document.createElement("table");
  table.className = "qi-table";
  const captionElement = table.createCaption();
  const thead = table.createTHead();
  const headRow = thead.insertRow();
  const tbody = table.createTBody();
  const buttons: HTMLButtonElement[] = [];

  columns.forEach((column, i) => {
    const th = document.createElement("th");
    th.scope = "col";
    if (numeric[i]) th.className = "qi-num";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = column.label;
    button.addEventListener("click", () => {
      descending = sortKey === column.key ? !descending : numeric[i];
      sortKey = column.key;
      render();
    });
    buttons.push(button);
    th.append(button);
    headRow.append(th);
  });

  function render() {
    const column = columns.find((c) => c.key === sortKey);
    const sorted = column
      ? rows.slice().sort((a, b) => {
          const value = column.sortValue ?? ((r: T) => r[column.key] as number | string | null);
          const order = compare(value(a), value(b));
          return descending ? -order : order;
        })
      : rows;
    const shown = sorted.slice(0, limit);
    captionElement.textContent =
      shown.length < rows.length ? `${caption} (${truncatedText(shown.length, rows.length)})` : caption;
    columns.forEach((c, i) => {
      const th = buttons[i].parentElement as HTMLElement;
      if (c.key === sortKey) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
    tbody.replaceChildren(
      ...shown.map((row) => {
        const tr = document.createElement("tr");
        const extra = rowClass?.(row);
        if (extra) tr.className = extra;
        columns.forEach((c, i) => {
          const td = document.createElement("td");
          if (numeric[i]) td.className = "qi-num";
          // The column's name beside the value in a stacked card (a CSS label: screen readers have the header).
          if (options.stack) td.dataset.label = c.label;
          if (options.stack?.heading === c.key) td.classList.add("qi-card-heading");
          const content = c.format ? c.format(row[c.key], row) : defaultFormat(row[c.key]);
          td.append(content);
          tr.append(td);
        });
        return tr;
      })
    );
  }

  render();
  wrapper.append(table);
  return wrapper;
}
