/**
 * The explorer's selections, each bound to its URL parameter (urlParams.ts): the indicator, then a form of
 * attribution, unit level, years, patient filters and the area to look inside.
 */
import * as Inputs from "@observablehq/inputs";
import { explorerAreas, explorerYears, liveIndicators, type ExplorerFilters } from "./explorerQueries.js";
import { contextLabel, unitLevelLabel, words, type Lang } from "./i18n.js";
import { urlParams } from "./urlParams.js";
import { bindListParam, bindParam, readListParam, readParam } from "./urlState.js";
import type { ExplorerCatalogue } from "./types.js";

type Indicator = ReturnType<typeof liveIndicators>[number];

/** The explorer opens on the indicator of the seed article's catchment-area story. */
const openingIndicator = "lung-curative-treatment";

export function explorerIndicatorInput(catalogue: ExplorerCatalogue, lang: Lang) {
  const live = liveIndicators(catalogue);
  const ids = live.map((d) => d.id);
  const param = urlParams.indicator.spec(ids, openingIndicator);
  return bindParam(
    Inputs.select(ids, {
      label: words[lang].indicator,
      format: (id) => live.find((d) => d.id === id)?.title[lang] ?? id,
      value: readParam(param)
    }),
    param
  );
}

export function explorerForm(
  catalogue: ExplorerCatalogue,
  indicator: Indicator,
  choices: { sex: string[]; ageGroups: string[]; stages: string[] },
  lang: Lang
): HTMLElement & { value: ExplorerFilters } {
  const w = words[lang];
  const e = w.explorerPage;
  const years = explorerYears(catalogue);
  const areas = explorerAreas(catalogue);
  const contextParam = urlParams.context.spec(indicator);
  const levelParam = urlParams.level.spec("explorer", ["hospital", "trust", "region"]);
  const fromParam = urlParams.from.spec(years);
  const toParam = urlParams.to.spec(years);
  // Look inside one region or health trust: its units only (the whole row then shows its total).
  const withinParam = urlParams.within.spec(areas.map((u) => u.id));
  const select = (
    values: readonly string[],
    param: typeof fromParam,
    options: { label: string; format?: (v: string) => string }
  ) => bindParam(Inputs.select(values, { ...options, value: readParam(param) }), param);
  const checkbox = (
    values: string[],
    param: { name: string; values: readonly string[] },
    options: { label: string; format?: (v: string) => string }
  ) => bindListParam(Inputs.checkbox(values, { ...options, value: readListParam(param) }), param.name);
  return Inputs.form({
    context: select(indicator.contexts, contextParam, { label: w.context, format: (c) => contextLabel(lang, c) }),
    level: select(levelParam.values, levelParam, { label: w.unitLevel, format: (l) => unitLevelLabel(lang, l) }),
    from: select(years, fromParam, { label: e.from }),
    to: select(years, toParam, { label: e.to }),
    sex: checkbox(choices.sex, urlParams.sex.spec(choices.sex), {
      label: e.sex,
      format: (s) => (s === "male" ? e.male : e.female)
    }),
    ageGroups: checkbox(choices.ageGroups, urlParams.age.spec(choices.ageGroups), { label: e.ageGroup }),
    stages: checkbox(choices.stages, urlParams.stage.spec(choices.stages), {
      label: e.stage,
      format: (s) => (s === "unknown" ? e.unknownStage : s)
    }),
    within: select(withinParam.values, withinParam, {
      label: e.within,
      format: (id) => (id ? (areas.find((u) => u.id === id)?.name ?? id) : e.allOfNorway)
    })
  }) satisfies HTMLElement & { value: ExplorerFilters };
}
