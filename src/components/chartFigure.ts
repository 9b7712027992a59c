/**
 * Wraps a chart in an accessible figure: a visible title, a one-sentence summary that says what the chart
 * shows (its text alternative), the chart itself, and optionally the data as a table behind a disclosure.
 */

let counter = 0;

/**
 * The SVG is decorative for assistive technology: the title, summary and data table carry its content.
 * Plot labels its mark groups with aria-label, which ARIA prohibits on a <g> without a role (axe:
 * aria-prohibited-attr), so those labels are removed along with hiding the SVG.
 */
function hideFromAssistiveTechnology(root: Element): void {
  for (const svg of root.querySelectorAll("svg")) {
    if (svg.getAttribute("aria-hidden") === "true") continue;
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    for (const node of svg.querySelectorAll("[aria-label], [aria-description]")) {
      node.removeAttribute("aria-label");
      node.removeAttribute("aria-description");
    }
  }
}

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

export function chartFigure(
  chart: Element,
  { title, summary, table, tableLabel = "Data", footer }: ChartFigureOptions
): HTMLElement {
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
  figure.append(heading, description, chart);
  hideFromAssistiveTechnology(figure);
  // Charts drawn later (resize redraws on every width change) get the same treatment.
  new MutationObserver(() => hideFromAssistiveTechnology(figure)).observe(figure, { childList: true, subtree: true });
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
