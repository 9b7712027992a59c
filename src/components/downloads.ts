/**
 * Download buttons for a table (CSV, Excel) and for a chart (SVG, PNG). Plain <button>s with listeners:
 * keyboard-operable and allowed by the Content-Security-Policy. Files are made in the browser from the
 * data already on the page, so a download always holds exactly the numbers shown.
 */
import { toCsv } from "./csv.js";
import { words, type Lang } from "./i18n.js";
import { toXlsx } from "./xlsx.js";

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function button(label: string, onClick: () => void | Promise<void>): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "qi-download";
  b.textContent = label;
  b.addEventListener("click", () => void onClick());
  return b;
}

export function tableDownloads(
  rows: Record<string, unknown>[],
  { filename, columns, lang }: { filename: string; columns?: string[]; lang: Lang }
): HTMLElement {
  const div = document.createElement("div");
  div.className = "qi-downloads";
  div.append(
    // The BOM makes Excel read the file as UTF-8 (æ, ø, å).
    button(words[lang].downloadCsv, () =>
      save(new Blob(["\ufeff" + toCsv(rows, columns)], { type: "text/csv;charset=utf-8" }), `${filename}.csv`)
    ),
    button(words[lang].downloadXlsx, () =>
      save(
        new Blob([toXlsx(rows, { columns }) as BlobPart], {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }),
        `${filename}.xlsx`
      )
    )
  );
  return div;
}

/** The chart's SVG as a standalone document: inline font and colours that otherwise come from the page. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.removeAttribute("aria-hidden");
  const style = getComputedStyle(svg);
  copy.setAttribute(
    "style",
    `font-family: ${style.fontFamily || "sans-serif"}; font-size: ` +
      `${style.fontSize || "10px"}; color: ${style.color || "#000"}; ` +
      `background: white;`
  );
  return new XMLSerializer().serializeToString(copy);
}

function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  const source = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(standaloneSvg(svg));
  return new Promise((resolve, reject) => {
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.fillStyle = "white";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png");
    };
    image.onerror = () => reject(new Error("PNG export failed"));
    image.src = source;
  });
}

export function chartDownloads(figure: Element, { filename, lang }: { filename: string; lang: Lang }): HTMLElement {
  const div = document.createElement("div");
  div.className = "qi-downloads";
  const svgOf = () => (figure.tagName.toLowerCase() === "svg" ? figure : figure.querySelector("svg")) as SVGSVGElement;
  div.append(
    button(words[lang].downloadSvg, () =>
      save(new Blob([standaloneSvg(svgOf())], { type: "image/svg+xml" }), `${filename}.svg`)
    ),
    button(words[lang].downloadPng, async () => save(await svgToPng(svgOf()), `${filename}.png`))
  );
  return div;
}
