/**
 * The body of the survival and recurrence pages: pick an indicator, a level and a period; see the curves
 * with their intervals, and the k-year results of every unit as a table with downloads. Selections are
 * kept in the URL.
 */
import * as Inputs from "@observablehq/inputs";
import { chartFigure } from "./chartFigure.js";
import { chartDownloads, tableDownloads } from "./downloads.js";
import { curveChart } from "./curveChart.js";
import { dataTable } from "./dataTable.js";
import { words, unitLevelLabel, unitNames, type Lang } from "./i18n.js";
import { resultTableColumns } from "./indicatorText.js";
import { urlParams } from "./urlParams.js";
import { bindParam, readParam } from "./urlState.js";
import type { CurvePageData, IndicatorMeta } from "./types.js";

export function curveSection(
  data: CurvePageData,
  {
    page,
    lang,
    xLabel,
    summary
  }: {
    page: "survival" | "recurrence";
    lang: Lang;
    xLabel: string;
    summary: (meta: IndicatorMeta, level: string, period: string) => string;
  }
): HTMLElement {
  const root = document.createElement("div");
  const names = unitNames(data.units, lang);
  const ids = data.indicators.map((d) => d.meta.id);
  const indicatorParam = urlParams.indicator.spec(ids);
  const levelParam = urlParams.level.spec(page, ["region", "trust"]);
  const indicatorInput = bindParam(
    Inputs.select(ids, {
      label: words[lang].indicator,
      format: (id: string) => data.indicators.find((d) => d.meta.id === id)!.meta.title[lang],
      value: readParam(indicatorParam)
    }),
    indicatorParam
  );
  const levelInput = bindParam(
    Inputs.select(levelParam.values, {
      label: words[lang].unitLevel,
      format: (l: string) => unitLevelLabel(lang, l),
      value: readParam(levelParam)
    }),
    levelParam
  );
  const controls = document.createElement("div");
  controls.className = "qi-controls";
  const periodHolder = document.createElement("span");
  controls.append(indicatorInput, levelInput, periodHolder);
  const output = document.createElement("div");
  root.append(controls, output);

  let periodInput: HTMLElement & { value: string };
  const renderPeriodInput = () => {
    const entry = data.indicators.find((d) => d.meta.id === indicatorInput.value)!;
    const periodParam = urlParams.period.spec(entry.periods);
    periodInput = bindParam(
      Inputs.select(entry.periods.slice().reverse(), { label: words[lang].period, value: readParam(periodParam) }),
      periodParam
    ) as HTMLElement & { value: string };
    periodInput.addEventListener("input", render);
    periodHolder.replaceChildren(periodInput);
  };
  const render = () => {
    const entry = data.indicators.find((d) => d.meta.id === indicatorInput.value)!;
    const level = levelInput.value as string;
    const period = periodInput.value;
    const points = entry.curves.filter(
      (c) => c.period === period && (c.unit_level === level || c.unit_id === "nation")
    );
    const rows = entry.rows.filter((r) => r.period === period && (r.unit_level === level || r.unit_level === "nation"));
    // A fitted axis for rare events (recurrence): a 0–100 % axis would flatten them.
    const top = Math.max(0.05, ...points.map((p) => p.upper ?? p.estimate ?? 0)) * 1.1;
    const domain: [number, number] = entry.axis === "fitted" ? [0, Math.min(1, top)] : [0, 1];
    const figure = chartFigure(
      curveChart(points, { lang, names, width: Math.min(960, root.clientWidth || 960), xLabel, domain }),
      {
        title: `${entry.meta.title[lang]}, ${period}`,
        summary: summary(entry.meta, level, period),
        table: dataTable(rows, {
          caption: `${entry.meta.title[lang]}, ${period}`,
          columns: resultTableColumns(lang, entry.meta.format, { unit: true })
        }),
        tableLabel: words[lang].showData
      }
    );
    output.replaceChildren(
      figure,
      chartDownloads(figure, { filename: `${entry.meta.id}-${level}-${period}`, lang }),
      tableDownloads(rows, { filename: `${entry.meta.id}-${level}-${period}`, lang })
    );
  };
  indicatorInput.addEventListener("input", () => {
    renderPeriodInput();
    render();
  });
  levelInput.addEventListener("input", render);
  renderPeriodInput();
  render();
  return root;
}
