/**
 * One colour per concept on every chart, page and slide, whatever the units are called: the nation is
 * near-black, the unit a page or slide is about the first series colour, further units the next ones.
 * Target levels have theirs in level.ts (with a symbol each).
 */
export const nationColor = "#222222";
export const seriesColors = ["#1f4e79", "#b3541e", "#5b8c2a", "#7a3b8f", "#a0522d", "#2f7f7f", "#8c6d1f"];
/** The unit a page or slide is about. */
export const unitColor = seriesColors[0];
/** Units shown for context only (the other units of a ranking). */
export const peerColor = "#8a8f98";

/** A colour scale for series labels: the nation's label (if any) in the nation's colour, the rest in order. */
export function seriesScale(labels: readonly string[], nationLabels: ReadonlySet<string>) {
  const others = labels.filter((l) => !nationLabels.has(l));
  const nation = labels.filter((l) => nationLabels.has(l));
  return {
    domain: [...nation, ...others],
    range: [...nation.map(() => nationColor), ...others.map((_, i) => seriesColors[i % seriesColors.length])]
  };
}
