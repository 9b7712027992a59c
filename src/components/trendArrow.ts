/**
 * An arrow for the change since the previous period, with words for screen readers. Whether the change is
 * better or worse depends on the indicator's direction (lower is better for mortality).
 */
import { formatChange } from "./format.js";
import { words, type Lang } from "./i18n.js";
import { targetDirection } from "./targetBands.js";
import type { Target } from "./types.js";

/** Flat below half a percentage point, or below what the value's format shows (a score to whole points: 0.5). */
function flatBelow(format: string): number {
  if (format.endsWith("%")) return 0.005;
  const decimals = Number(/\.(\d+)/.exec(format)?.[1] ?? 0);
  return 0.5 * 10 ** -decimals;
}

export function trendArrow(
  change: number | null,
  {
    target,
    format,
    lang,
    threshold = flatBelow(format)
  }: { target: Target | null | undefined; format: string; lang: Lang; threshold?: number }
): HTMLElement {
  const direction = targetDirection(target);
  const span = document.createElement("span");
  span.className = "qi-trend";
  if (change === null || Number.isNaN(change)) {
    span.textContent = "";
    return span;
  }
  const flat = Math.abs(change) < threshold;
  const arrow = flat ? "→" : change > 0 ? "↗" : "↘";
  const better = flat || direction === null || direction === "range" ? null : change > 0 === (direction === "higher");
  const w = words[lang];
  const said = [flat ? w.trendFlat : change > 0 ? w.trendUp : w.trendDown, formatChange(change, format, lang)];
  if (better !== null) said.push(better ? w.better : w.worse);
  span.title = said.join(", ");
  const symbol = document.createElement("span");
  symbol.setAttribute("aria-hidden", "true");
  symbol.textContent = arrow;
  if (better !== null) symbol.className = better ? "qi-better" : "qi-worse";
  const label = document.createElement("span");
  label.className = "qi-visually-hidden";
  label.textContent = said.join(", ");
  span.append(symbol, label);
  return span;
}
