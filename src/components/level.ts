/**
 * Goal attainment shown by symbol, colour and words together, never colour alone (WCAG 1.4.1):
 * high ● , moderate ◆ , low ▲ in Okabe–Ito hues darkened to at least 3:1 against white.
 */
import { words, type Lang } from "./i18n.js";
import type { TargetLevel } from "./types.js";

export const levelStyle: Record<TargetLevel, { symbol: string; plotSymbol: string; color: string; tint: string }> = {
  high: { symbol: "●", plotSymbol: "circle", color: "#007d5b", tint: "#d5efe6" },
  moderate: { symbol: "◆", plotSymbol: "diamond", color: "#9a6500", tint: "#fbeccc" },
  low: { symbol: "▲", plotSymbol: "triangle", color: "#c2410c", tint: "#f9dccf" }
};

export function levelText(level: TargetLevel | null, lang: Lang): string {
  const w = words[lang];
  if (level === null) return w.levelNone;
  return level === "high" ? w.levelHigh : level === "moderate" ? w.levelModerate : w.levelLow;
}

/** A small inline element: the level's symbol in its colour, with the words for screen readers and a tooltip. */
export function levelChip(level: TargetLevel | null, lang: Lang, { showText = false } = {}): HTMLElement {
  const span = document.createElement("span");
  span.className = `qi-level qi-level-${level ?? "none"}`;
  const text = levelText(level, lang);
  span.title = text;
  if (level) {
    const symbol = document.createElement("span");
    symbol.setAttribute("aria-hidden", "true");
    symbol.textContent = levelStyle[level].symbol;
    symbol.style.color = levelStyle[level].color;
    span.append(symbol);
  }
  const label = document.createElement("span");
  label.className = showText ? "qi-level-text" : "qi-visually-hidden";
  label.textContent = text;
  span.append(label);
  return span;
}

/** The key to the level symbols, for every page that shows them: "● High goal attainment ◆ Moderate … ▲ Low …". */
export function levelKey(lang: Lang): HTMLElement {
  const p = document.createElement("p");
  p.className = "qi-level-key";
  const label = document.createElement("span");
  label.textContent = `${words[lang].levelKey}:`;
  p.append(label);
  for (const level of ["high", "moderate", "low"] as const) p.append(" ", levelChip(level, lang, { showText: true }));
  return p;
}
