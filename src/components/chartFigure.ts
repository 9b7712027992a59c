/**
 * Wraps a chart in an accessible figure: a visible title, a one-sentence summary that says what the chart
 * shows (its text alternative), the chart itself, and optionally the data as a table behind a disclosure.
 */

let counter = 0;

export interface ChartFigureOptions {
  title: string;
  /** One sentence describing what the chart shows; read by screen readers as the chart's description. */
  summary: string;
  /** The chart's data as a table (a dataTable element). */
  table?: HTMLElement;
  /** Label of the disclosure that reveals the table. */
  tableLabel?: string;
  /** Extra content below the chart (legend notes, download buttons). */
  footer?: Node | Node[];
}

export function chartFigure(chart: Element, { title, summary, table, tableLabel = "Data", footer }: ChartFigureOptions): HTMLElement {
  const id = `qi-chart-${++counter}`;
  const figure = document.createElement("figure");
  figure.className = "qi-chart";
  figure.setAttribute("aria-labelledby", `${id}-title`);
  figure.setAttribute("aria-describedby", `${id}-summary`);
  const heading = document.createElement("div");
  heading.className = "qi-chart-title";
  heading.id = `${id}-title`;
  heading.textContent = title;
  const description = document.createElement("p");
  description.className = "qi-chart-summary";
  description.id = `${id}-summary`;
  description.textContent = summary;
  // The SVG itself is decorative for assistive technology: the summary and the table carry its content.
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg");
  svg?.setAttribute("aria-hidden", "true");
  figure.append(heading, description, chart);
  if (footer) figure.append(...(Array.isArray(footer) ? footer : [footer]));
  if (table) {
    const details = document.createElement("details");
    details.className = "qi-chart-data";
    const label = document.createElement("summary");
    label.textContent = tableLabel;
    details.append(label, table);
    figure.append(details);
  }
  return figure;
}
