/** The registry page's selections, bound to their URL parameters (urlParams.ts): the unit level and the year. */
import * as Inputs from "@observablehq/inputs";
import { unitLevelLabel, words, type Lang } from "./i18n.js";
import { urlParams } from "./urlParams.js";
import { bindParam, readParam } from "./urlState.js";
import type { RegistryPageData } from "./types.js";

/** The levels in the order offered: health trusts first, the level results by residence are shown at. */
const levels = ["trust", "hospital", "region"];

export function registryInputs(data: RegistryPageData, lang: Lang) {
  const w = words[lang];
  const years = data.years.map(String);
  const levelParam = urlParams.level.spec("registry", levels);
  const periodParam = urlParams.period.spec(years, String(data.defaultYear ?? years[years.length - 1]));
  return {
    level: bindParam(
      Inputs.select(levels, {
        label: w.unitLevel,
        format: (l) => unitLevelLabel(lang, l),
        value: readParam(levelParam)
      }),
      levelParam
    ),
    period: bindParam(
      Inputs.select(years.slice().reverse(), { label: w.year, value: readParam(periodParam) }),
      periodParam
    )
  };
}
