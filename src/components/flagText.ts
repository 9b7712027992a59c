/** The funnel position of a unit in words. */
import { words, type Lang } from "./i18n.js";
import type { Flag } from "./types.js";

export function flagText(flag: Flag | null, lang: Lang): string {
  const w = words[lang];
  if (flag === null) return w.withinLimits;
  return { "alarm-high": w.alarmHigh, "alarm-low": w.alarmLow, "alert-high": w.alertHigh, "alert-low": w.alertLow }[
    flag
  ];
}
