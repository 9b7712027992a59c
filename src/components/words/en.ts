/** Every word of the interface in English: the same entries as the bokmål table (nb.ts), which sets the type. */
import type { Words } from "./nb.js";

export const en: Words = {
  title: "Quality indicators for cancer care",
  extract: "Extract",

  nation: "Norway",
  region: "Region",
  trust: "Health trust",
  hospital: "Hospital",
  levelRegion: "regional health authorities",
  levelTrust: "health trusts",
  levelHospital: "hospitals",
  contextTreating: "Treating hospital",
  contextOperating: "Operating hospital",
  contextDiagnosing: "Diagnosing hospital",
  contextResidence: "Patients' residence (catchment area)",

  levelHigh: "High goal attainment",
  levelModerate: "Moderate goal attainment",
  levelLow: "Low goal attainment",
  levelKey: "The symbols show goal attainment",
  levelNone: "No target",
  fewerThan: (minimum) => `Fewer than ${minimum} patients`,
  hidden: "Not shown (privacy)",
  band: (lo, hi, n) => `${lo}–${hi} of ${n}`,
  banded: "Band: a small number of events is shown as a band to protect privacy",
  preliminary: "Preliminary",
  lowCoverage: "Low coverage",
  notInChart: "Not shown in the chart",
  alarmHigh: "Above the 99.8 % limit",
  alarmLow: "Below the 99.8 % limit",
  alertHigh: "Above the 95 % limit",
  alertLow: "Below the 95 % limit",
  withinLimits: "Within the control limits",

  indicator: "Indicator",
  indicators: "Indicators",
  registry: "Registry",
  value: "Result",
  interval: "95 % confidence interval",
  numerator: "Numerator",
  denominator: "Number (N)",
  unit: "Unit",
  period: "Period",
  year: "Year",
  context: "Results by",
  unitLevel: "Level",
  target: "Target",
  targetHigh: "High goal attainment",
  targetModerate: "Moderate goal attainment",
  targetNone: "none set",
  national: "National",
  change: "Change since previous period",
  notes: "Notes",
  treatment: "Treatment",
  and: "and",
  interpretation: "The council's interpretation",
  interpretationOf: (period) => `The council's interpretation of ${period}`,
  interpretationEarlier: (period, shown) =>
    `The council has written no interpretation of ${shown}; this is its interpretation of ${period}.`,

  trendUp: "increase",
  trendDown: "decrease",
  trendFlat: "no change",
  better: "better",
  worse: "worse",
  percentagePoints: "percentage points",

  showData: "Show the numbers",
  downloadCsv: "Download CSV",
  downloadXlsx: "Download Excel",
  downloadSvg: "Download figure (SVG)",
  downloadPng: "Download figure (PNG)",
  rowsShown: (shown, total) => `showing ${shown} of ${total}`,

  header: {
    skip: "Skip to content",
    site: "Cancer quality indicators",
    navLabel: "Main menu",
    switchTo: "Norsk",
    switchLabel: "Les denne siden på norsk",
    synthetic: "Synthetic demonstration data: the numbers describe no real patients.",
    council: "Council edition: every unit is shown, without disclosure control. Not for publication.",
    footer: "QI Workbench · Quality indicators from clinical cancer registries",
    nav: {
      "/": "Front page",
      "/survival": "Survival",
      "/recurrence": "Recurrence",
      "/proms": "Patient-reported outcomes",
      "/about": "About",
      "/explorer": "Explorer",
      "/data-quality": "Data quality"
    }
  },

  head: {
    site: "Cancer quality indicators",
    pages: {
      "/index": {
        title: "Front page",
        description:
          "How hospitals and health trusts perform on the quality indicators for cancer care, with targets, " +
          "trends and the professional councils' interpretation."
      },
      "/survival": {
        title: "Relative survival",
        description: "How many patients survive their cancer, year by year after diagnosis, by region and health trust."
      },
      "/recurrence": {
        title: "Local recurrence",
        description: "How many patients' cancer comes back in the same place after surgery, by operating hospital."
      },
      "/proms": {
        title: "Patient-reported outcomes",
        description: "What patients themselves report about function and quality of life before and after treatment."
      },
      "/about": {
        title: "About this report",
        description: "The data and the version of the code this report was made from, its methods and privacy."
      },
      "/report": {
        title: "Annual report",
        description: "The whole annual report on the quality indicators on one page, laid out for printing."
      },
      "/explorer": {
        title: "Explorer",
        description: "The council's explorer: compute an indicator for a chosen subgroup. Not for publication."
      },
      "/data-quality": {
        title: "Data quality",
        description: "Every row of the extract is used or left out with its reason. Not for publication."
      }
    },
    registry: (name) => ({
      title: name,
      description: `Every quality indicator for ${name.toLowerCase()}, for each hospital and health trust.`
    }),
    indicator: (title, registry, short) => ({ title: `${title} – ${registry}`, description: `${registry}: ${short}` }),
    present: (name) => ({
      title: `Presentation: ${name}`,
      description: `Slides with the quality indicators for ${name}, for clinical and management meetings.`
    }),
    unit: (name, level) => ({
      title: name,
      description: `Every quality indicator for ${name} (${level}) against the national result and the target.`
    })
  },

  search: {
    label: "Find a hospital or health trust",
    placeholder: "Part of the name, for example Tromsø",
    found: (n) => (n === 0 ? "No match" : n === 1 ? "1 match" : `${n} matches`)
  },

  frontPage: {
    lead: (year) =>
      "How Norwegian hospitals and health trusts perform on the quality indicators set by the clinical quality " +
      "registries' professional councils, with targets, trends and the councils' interpretation. " +
      `Latest year: ${year}.`,
    synthetic: "These are synthetic demonstration data.",
    syntheticMeaning: "No number on these pages describes a real patient, hospital result or trend.",
    changes: "What changed since last year",
    newAttainment: ", new goal attainment",
    registries: "The registries"
  },

  registryPage: {
    lead:
      "Every quality indicator of the registry for each unit: the result, the goal attainment (symbol and " +
      "colour), the change since the previous period and the number of patients. Select a column header to sort.",
    notPublished: "Not published at this level",
    note:
      "Results by residence are shown for the health trust whose catchment area the patients live in; a dash " +
      "means the indicator is not published at this level. Greyed cells are preliminary, from units with low " +
      "coverage, or hidden (too few patients)."
  },

  indicatorPage: {
    compareWith: "Compare with",
    nationOnly: "(nation only)",
    trend: "Trend",
    trendSummary: (first, last, compared) =>
      `Result per period from ${first} to ${last}${compared ? `, nationally and for ${compared}` : ", nationally"}, ` +
      "with the target shaded; hollow points are preliminary.",
    resultsBy: (level) => `Results by ${level}`,
    rankingSummary: (level) =>
      `Each ${level.toLowerCase()}'s result with its 95 % confidence interval, ranked, against the target ` +
      "(shaded) and the national value (dashed line).",
    funnelTitle: (levels, period) => `Funnel plot: ${levels}, ${period}`,
    funnelSummary: (widened) =>
      "Each unit's result against its number of patients; dashed lines are 95 % and solid lines 99.8 % control " +
      `limits around the national value${widened ? ", widened for overdispersion" : ""}. ` +
      "Units outside the limits are named.",
    noFunnel: "No funnel plot for this selection.",
    caseMix: "Adjusted for case mix",
    caseMixText: (covariates) =>
      `Observed deaths (O) against the number expected (E) from each unit's patients — their ${covariates} — ` +
      "by a logistic model fitted on all patients nationally. O/E above 1 means more deaths " +
      "than expected; the adjusted rate is O/E times the national rate. Intervals: exact Poisson under 10 " +
      "deaths, Byar's from 10.",
    expectedDeaths: "Expected deaths (E)",
    oeTitle: (levels, period) => `Observed/expected: ${levels}, ${period}`,
    oeSummary:
      "Each unit's O/E against its expected deaths; dashed lines are 95 % and solid lines 99.8 % exact Poisson " +
      "limits around 1. Units outside are named.",
    adjustedRate: "Adjusted rate",
    numbers: "The numbers",
    definition: "Definition",
    minDenominator: "Minimum number of patients shown",
    periods: "Periods",
    rolling3: "rolling three-year periods",
    calendarYears: "calendar years",
    targetHistory: "Target history",
    methods: "Methods",
    separation: (period) => ({
      before: `In ${period} the model leaves out `,
      after:
        ": every patient in that group had the same outcome, so its effect cannot be estimated (separation), " +
        "and their expected risk comes from the other covariates (",
      link: "methods"
    }),
    sql: "SQL definition (for statisticians)",
    population: "population (denominator)",
    event: "event (numerator)"
  },

  unitPage: {
    lead: (unit) =>
      `All quality indicators for ${unit} against the national result and the target, for the latest period. ` +
      "What the registries once sent to each hospital in a letter, now open for everyone.",
    caption: (unit) => `${unit}: indicators, latest period`,
    funnel: "Funnel position",
    trends: "Trends, registry by registry",
    trendSummary: (unit) => `${unit} and Norway per period`,
    within: "Units within",
    presentation: "Presentation"
  },

  comparison: {
    title: "Every unit over time",
    filter: "Show",
    filters: {
      "": "every unit",
      "below-target": "only units below target",
      "outside-95": "only units outside the 95 % limits",
      "outside-998": "only units outside the 99.8 % limits",
      changed: "only units whose result changed significantly since the previous period"
    },
    order: "Order",
    orders: { value: "by result", name: "by name" },
    shown: (shown, total, level) => `Showing ${shown} of ${total} ${level}.`,
    multiplesTitle: (level) => `The trend of each of the ${level}`,
    multiplesSummary: (level) =>
      `One small chart per unit among the ${level}, on the same scale: the unit's result per period (blue) against ` +
      "Norway (black), with the target shaded.",
    tableCaption: (level) => `Result per period, ${level}, with goal attainment`
  },

  deck: {
    title: (unit) => `Presentation: ${unit}`,
    kicker: "Quality indicators for cancer care",
    periods: (periods) => `Results for ${periods}`,
    indicators: (n, registries) => `${n} indicators from ${registries}`,
    keys: "Arrow keys, PageUp/PageDown, Space, Home and End move between slides; F for full screen.",
    summary: "Summary",
    summaryPart: (part, parts) => `Summary (${part} of ${parts})`,
    spineSummary: (unit) =>
      `Each row is one indicator: ${unit}'s result (symbol) against Norway (black line), the range of the ` +
      "units of the same level (grey bar) and the target (green line).",
    spineRange: "Range of the units",
    spineNation: "Norway",
    spineTarget: "Target",
    trend: (unit) => `${unit} and Norway over time`,
    trendSummary: (unit) => `${unit}'s result per period against Norway, with the target shaded.`,
    ranking: (level, period) => `All ${level}, ${period}`,
    rankingSummary: (unit, level) =>
      `The result of every one of the ${level} with its 95 % confidence interval, ranked; ${unit} is ` +
      "highlighted, Norway dashed.",
    notRanked: "No ranking: too few units with a result.",
    noResult: "No result for this period.",
    hiddenNote: "The result is not shown, as on the unit's page:",
    ofN: (n) => `N = ${n}`,
    interval: (interval) => `95 % CI ${interval}`,
    notes: "The registry's notes",
    noInterpretation: "The council has written no interpretation for this period.",
    interpretationFor: (year) => `The council's interpretation (${year})`,
    slideOf: (n, total) => `${n} / ${total}`,
    slideLabel: (n, total) => `Slide ${n} of ${total}`,
    fullscreenRefused: "The browser refused full screen: press F11.",
    back: "Back to the unit's page",
    previous: "Previous slide",
    next: "Next slide"
  },

  survivalPage: {
    title: "Relative survival",
    lead:
      "Net (relative) survival compares the patients' survival with that of people of the same age and sex in " +
      "the general population, so it measures the survival from the cancer itself. Curves by the patients' " +
      "region or health trust of residence, with 95 % confidence bands; the table gives each unit's result at " +
      "the indicator's horizon.",
    xLabel: "Years since diagnosis",
    summary: (horizon, period, levels, estimator) =>
      `Net survival up to ${horizon} years after diagnosis for patients diagnosed ${period}, nationally and by ` +
      `${levels} of residence${estimator ? ` (${estimator})` : ""}.`
  },

  recurrencePage: {
    title: "Local recurrence",
    lead:
      "The cumulative incidence of local recurrence after surgery with curative intent: the share of patients " +
      "who have had a local recurrence by each time, with death before a recurrence counted as a competing " +
      "event (Aalen–Johansen), so patients who die are not treated as if they could still recur.",
    xLabel: "Years since the operation",
    summary: (horizon, period, levels) =>
      `Cumulative incidence of local recurrence up to ${horizon} years after surgery for patients operated ` +
      `${period}, nationally and by ${levels} of the operating hospital.`
  },

  promsPage: {
    title: "Patient-reported outcomes",
    lead:
      "What patients themselves report about their function and quality of life before and after treatment, " +
      "by the treatment they chose. Scores run from 0 to 100; higher means better function.",
    summary: (period) =>
      `Mean score before treatment and at each follow-up for patients treated in ${period}, one line per ` +
      "treatment, with 95 % confidence intervals.",
    daysAfter: "Days after treatment",
    oneYearByRegion: "One year after treatment, by region",
    yearsAfter: "Years after treatment",
    before: "before",
    meanScore: "Mean score (0–100)"
  },

  methodSections: {
    proportions: "proportions and the Wilson interval",
    medians: "medians and their interval",
    "mean-scores": "mean scores",
    "funnel-limits": "funnel limits",
    overdispersion: "overdispersion",
    "net-survival": "net survival",
    "cumulative-incidence": "cumulative incidence",
    "case-mix": "case-mix adjustment",
    coverage: "coverage",
    periods: "periods",
    "target-levels": "target levels"
  },

  aboutPage: {
    title: "About this report",
    lead:
      "Every number in this report was computed from one registry extract by one version of the code. This " +
      "page records which, so the report can be reproduced and checked.",
    printable: "Printable report",
    printableText: "the whole annual report on one page, laid out for printing.",
    pdf: "The annual report as PDF",
    pdfText: "to print or to file (A4)",
    synthetic: " (synthetic)",
    extractDate: "Extract date",
    diagnoses: "Diagnoses",
    confirmedUpTo: "Confirmed up to",
    checksum: "Extract checksum (SHA-256)",
    codeVersion: "Code version",
    build: "Build",
    public: "public",
    council: "council (not for publication)",
    versions: "Indicators and versions",
    version: "version",
    methods: "Methods",
    methodsText:
      "Proportions are shown with Wilson 95 % confidence intervals. Funnel plots use exact binomial control " +
      "limits (Spiegelhalter 2005) at 95 % and 99.8 % around the national value, widened for overdispersion " +
      "when the units vary more than chance allows. Relative survival is net survival by the Pohar Perme " +
      "estimator against Norwegian population life tables; the cumulative incidence of local recurrence " +
      "treats death as a competing risk (Aalen–Johansen). Mortality after surgery is also shown adjusted for " +
      "case mix (logistic regression on age, sex, stage and ASA class) as observed/expected ratios. Every " +
      "method is tested against R (survival, relsurv) and published reference implementations.",
    methodsFollow: "Every method in full, with the R call that reproduces it, follows.",
    privacy: "Privacy",
    privacyText:
      "Only aggregated results are published, under each registry's disclosure policy (below). A unit with " +
      'fewer patients than the minimum (usually 5) shows "fewer than 5 patients"; where a registry protects ' +
      "small numbers of patients with or without the event, results with 1–4 of them are not shown, and " +
      "further results are hidden where a hidden number could otherwise be worked out from the published " +
      'totals. Every hidden result says "not shown (privacy)", whatever the reason. National values, ' +
      "overdispersion, funnel limits and changes are computed from published results only.",
    disclosureCaption: "Disclosure policy by registry",
    registry: "Registry",
    rules: "Rules",
    publishedTable: "Every published result in one table:",
    publishedTableNote: "CSV; hidden results are marked, with no number"
  },

  dataQualityPage: {
    title: "Data quality",
    lead:
      "Every row of the extract is accounted for: used in the analysis, or excluded with its reason and row " +
      "references. Warnings mark rows that are used but deserve a look.",
    councilNote: "Council build: refers to rows of the extract. Not for publication.",
    checksum: "Checksum (SHA-256)",
    rows: "Rows read / used / excluded",
    problems: "Errors / warnings",
    perTable: "Rows per table",
    perTableCaption: "Every row read is used or excluded",
    table: "Table",
    file: "File",
    read: "Read",
    used: "Used",
    excluded: "Excluded",
    flagged: "With warnings",
    reasons: "Exclusions and warnings",
    excludedKind: "excluded",
    warningKind: "warning",
    none: "No row was excluded and no warning was raised.",
    reasonsCaption: "Reasons, with the first row references (file:line)",
    kind: "Kind",
    reason: "Reason",
    rowCount: "Rows",
    references: "Row references"
  },

  explorerPage: {
    title: "Explorer",
    lead:
      "For the professional council and statisticians: every indicator recomputed live in your browser from " +
      "the pseudonymised analysis tables, with the same SQL the published report uses. Narrow the patients by " +
      "period, sex, age group and stage, or choose a unit to look inside. Nothing leaves this computer.",
    councilNote: "Council build: patient-level data. Not for publication.",
    from: "From",
    to: "To",
    sex: "Sex",
    male: "men",
    female: "women",
    ageGroup: "Age group",
    stage: "Stage",
    unknownStage: "unknown",
    within: "Within",
    allOfNorway: "all of Norway",
    noLevel: (context, asked, shown) => `${context} has no ${asked}: showing ${shown}.`,
    summary: (level, area, value, n) =>
      `Live result per ${level.toLowerCase()} for the selected patients; the dashed line is ` +
      `${area ? `the total for ${area}` : "the national value"} (${value}, N = ${n}).`,
    computedIn: (ms) => `Computed in ${ms} ms`,
    query: "The query",
    sql: "SQL for statisticians",
    sqlText:
      "Tables: cohort (one row per tumour) and cohort_proms (one row per PROM score, with its tumour's " +
      "columns). Results are shown as a table and, when the second column is a number, as a chart.",
    columnsOf: (table) => `Columns of ${table}`,
    column: "Column",
    type: "Type",
    meaning: "Meaning",
    run: "Run",
    rows: (n) => `${n} rows`
  },

  report: {
    screenNote: "This page is the whole annual report laid out for printing on A4.",
    kicker: (year) => `Annual report ${year}`,
    lead: (year) =>
      "Results of the clinical quality registries for cancer: each indicator nationally and by health trust, " +
      `against the targets set by the professional councils. Latest confirmed year: ${year}.`,
    synthetic: "Synthetic demonstration data.",
    syntheticMeaning: " No number in this report describes a real patient, hospital result or trend.",
    registries: "Registries in this report",
    contents: "Contents",
    about:
      "Every number in this report was computed from one registry extract by one version of the code, recorded " +
      "here so the report can be reproduced and checked.",
    noResult: "no result to show.",
    noConfirmed: "No confirmed results yet.",
    nationalTrend: "national trend",
    trendSummary: (first, last, withTarget) =>
      `National result per period from ${first} to ${last}${withTarget ? ", with the target shaded" : ""}; ` +
      "hollow points are preliminary.",
    rankingSummary: (withTarget) =>
      "Each health trust's result with its 95 % confidence interval, " +
      `${withTarget ? "best first, against the target (shaded)" : "highest first"} ` +
      "and the national value (dashed line).",
    noTrustResult: (heading) => `${heading}: no health trust has a result that can be shown.`,
    page: "page",
    of: "of",
    syntheticFooter: "synthetic demonstration data"
  }
};
