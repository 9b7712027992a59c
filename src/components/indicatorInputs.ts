/**
 * The indicator page's selections, each bound to its URL parameter (urlParams.ts): the attribution, the
 * period and a grouped indicator's group; the unit level, whose choices depend on the attribution; and the
 * unit compared with the nation in the trend, whose choices depend on the level.
 */
import * as Inputs from "@observablehq/inputs";
import { contextLabel, unitLevelLabel, words, type Lang } from "./i18n.js";
import { levelsFor, unitChoices, type IndicatorView } from "./indicatorView.js";
import { urlParams } from "./urlParams.js";
import { bindParam, readParam } from "./urlState.js";
import type { IndicatorPageData } from "./types.js";

export function indicatorInputs(data: IndicatorPageData, lang: Lang) {
  const w = words[lang];
  const { meta } = data;
  const contextParam = urlParams.context.spec(meta);
  const periodParam = urlParams.period.spec(data.periods, data.defaultPeriod);
  // A grouped indicator (a PROM by treatment) is one table per group: choose the group first.
  const groups = meta.groups ?? [];
  const groupParam = urlParams.group.spec(groups.map((g) => g.id));
  return {
    context: bindParam(
      Inputs.radio(meta.contexts, {
        label: w.context,
        format: (c) => contextLabel(lang, c),
        value: readParam(contextParam)
      }),
      contextParam
    ),
    period: bindParam(
      Inputs.select(data.periods.slice().reverse(), { label: w.period, value: readParam(periodParam) }),
      periodParam
    ),
    group: groups.length
      ? bindParam(
          Inputs.radio(
            groups.map((g) => g.id),
            {
              label: w.treatment,
              format: (id) => groups.find((g) => g.id === id)?.label[lang] ?? id,
              value: readParam(groupParam)
            }
          ),
          groupParam
        )
      : null
  };
}

export function indicatorLevelInput(data: IndicatorPageData, context: string, lang: Lang) {
  const levels = levelsFor(data, context);
  const levelParam = urlParams.level.spec("indicator", levels);
  return bindParam(
    Inputs.select(levels, {
      label: words[lang].unitLevel,
      format: (l) => unitLevelLabel(lang, l),
      value: readParam(levelParam)
    }),
    levelParam
  );
}

/** Compare the national trend with one unit of the chosen level (kept in the URL as ?unit=…). */
export function indicatorCompareInput(view: IndicatorView, lang: Lang) {
  const w = words[lang];
  const choices = unitChoices(view);
  const names = new Map(choices);
  const unitParam = urlParams.unit.spec(choices.map(([id]) => id));
  return bindParam(
    Inputs.select(["", ...choices.map(([id]) => id)], {
      label: w.indicatorPage.compareWith,
      format: (id) => (id ? (names.get(id) as string) : w.indicatorPage.nationOnly),
      value: readParam(unitParam)
    }),
    unitParam
  );
}
