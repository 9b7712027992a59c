/** The funnel position of a unit in words. */
import { t, type Lang } from "./i18n.js";
import type { Flag } from "./types.js";

export function flagText(flag: Flag | null, lang: Lang): string {
  if (flag === null) return t(lang, "withinLimits");
  return t(
    lang,
    (
      {
        "alarm-high": "alarmHigh",
        "alarm-low": "alarmLow",
        "alert-high": "alertHigh",
        "alert-low": "alertLow"
      } as const
    )[flag]
  );
}
