/**
 * Every word of the interface in Norwegian bokmål: the pages, the components, the header and the printed
 * report (src/components/words/en.ts has the same entries in English; its type is this table's, so a
 * missing or extra entry fails tsc). Texts with values are functions of them. Indicator texts (titles,
 * definitions, interpretations) come from the catalogue; this holds only the words around them.
 */
export const nb = {
  /** The annual report's title: the front page's heading and the printed report's. */
  title: "Kvalitetsindikatorer for kreftbehandling",
  extract: "Uttrekk",

  // Units, levels and attributions.
  nation: "Norge",
  region: "Region",
  trust: "Helseforetak",
  hospital: "Sykehus",
  levelRegion: "regionale helseforetak",
  levelTrust: "helseforetak",
  levelHospital: "sykehus",
  contextTreating: "Behandlende sykehus",
  contextOperating: "Opererende sykehus",
  contextDiagnosing: "Diagnostiserende sykehus",
  contextResidence: "Pasientenes bosted (opptaksområde)",

  // Goal attainment, hidden results and flags.
  levelHigh: "Høy måloppnåelse",
  levelModerate: "Moderat måloppnåelse",
  levelLow: "Lav måloppnåelse",
  levelKey: "Symbolene viser måloppnåelse",
  levelNone: "Ingen målnivå",
  /** "Fewer than N patients": the one hiding reason a page names (the minimum denominator). */
  fewerThan: (minimum: number) => `Færre enn ${minimum} pasienter`,
  /** Every other hidden cell, whatever hid it, so a page does not tell which cell protects which. */
  hidden: "Vises ikke (personvern)",
  /** A protected count published as its band. */
  band: (lo: number, hi: number, n: number) => `${lo}–${hi} av ${n}`,
  banded: "Intervall: et lite antall hendelser vises som et intervall av hensyn til personvernet",
  preliminary: "Foreløpige tall",
  lowCoverage: "Lav dekningsgrad",
  notInChart: "Ikke vist i figuren",
  alarmHigh: "Over 99,8 %-grensen",
  alarmLow: "Under 99,8 %-grensen",
  alertHigh: "Over 95 %-grensen",
  alertLow: "Under 95 %-grensen",
  withinLimits: "Innenfor kontrollgrensene",

  // Result tables and selections.
  indicator: "Indikator",
  indicators: "Indikatorer",
  registry: "Register",
  value: "Resultat",
  interval: "95 % konfidensintervall",
  numerator: "Teller",
  denominator: "Antall (N)",
  unit: "Enhet",
  period: "Periode",
  year: "År",
  context: "Resultater etter",
  unitLevel: "Nivå",
  target: "Målnivå",
  targetHigh: "Høy måloppnåelse",
  targetModerate: "Moderat måloppnåelse",
  targetNone: "ikke fastsatt",
  national: "Nasjonalt",
  change: "Endring fra forrige periode",
  notes: "Merknader",
  treatment: "Behandling",
  and: "og",
  interpretation: "Fagrådets tolkning",
  interpretationOf: (period: string) => `Fagrådets tolkning av ${period}`,
  interpretationEarlier: (period: string, shown: string) =>
    `Fagrådet har ikke skrevet en tolkning av ${shown}; dette er tolkningen av ${period}.`,

  // Changes between periods.
  trendUp: "økning",
  trendDown: "nedgang",
  trendFlat: "uendret",
  better: "bedre",
  worse: "dårligere",
  percentagePoints: "prosentpoeng",

  // Downloads and tables.
  showData: "Vis tallene",
  downloadCsv: "Last ned CSV",
  downloadXlsx: "Last ned Excel",
  downloadSvg: "Last ned figur (SVG)",
  downloadPng: "Last ned figur (PNG)",
  rowsShown: (shown: number, total: number) => `viser ${shown} av ${total}`,

  /** The header, menu and footer of every page (loaders/framework/chrome.ts, given these by the config). */
  header: {
    skip: "Hopp til innholdet",
    site: "Kvalitetsindikatorer for kreft",
    navLabel: "Hovedmeny",
    switchTo: "English",
    switchLabel: "Read this page in English",
    synthetic: "Syntetiske demonstrasjonsdata: tallene gjelder ingen virkelige pasienter.",
    council: "Fagrådets utgave: alle enheter vises uten personvernskjerming. Ikke for publisering.",
    footer: "QI Workbench · Kvalitetsindikatorer fra kliniske kreftregistre",
    /** Menu entries by path. */
    nav: {
      "/": "Forside",
      "/survival": "Overlevelse",
      "/recurrence": "Tilbakefall",
      "/proms": "Pasientrapporterte resultater",
      "/about": "Om rapporten",
      "/explorer": "Utforsker",
      "/data-quality": "Datakvalitet"
    }
  },

  /** Each page's <title> and meta description (loaders/framework/head.ts): what a search result or a tab shows. */
  head: {
    site: "Kvalitetsindikatorer for kreft",
    pages: {
      "/index": {
        title: "Forside",
        description:
          "Sykehusenes og helseforetakenes resultater på kvalitetsindikatorene for kreftbehandling, med målnivå, " +
          "utvikling over tid og fagrådenes tolkning."
      },
      "/survival": {
        title: "Relativ overlevelse",
        description: "Hvor mange som lever med kreften år for år etter diagnosen, etter region og helseforetak."
      },
      "/recurrence": {
        title: "Lokalt tilbakefall",
        description: "Hvor mange som får kreften tilbake på samme sted etter operasjon, etter opererende sykehus."
      },
      "/proms": {
        title: "Pasientrapporterte resultater",
        description: "Hva pasientene selv forteller om funksjon og livskvalitet før og etter behandling."
      },
      "/about": {
        title: "Om rapporten",
        description: "Hvilke data og hvilken versjon av koden rapporten bygger på, metodene og personvernet."
      },
      "/report": {
        title: "Årsrapport",
        description: "Hele årsrapporten for kvalitetsindikatorene på én side, satt opp for utskrift."
      },
      "/explorer": {
        title: "Utforsker",
        description: "Fagrådets utforsker: beregn en indikator for en valgt undergruppe. Ikke for publisering."
      },
      "/data-quality": {
        title: "Datakvalitet",
        description: "Hver rad i uttrekket er brukt eller utelatt med begrunnelse. Ikke for publisering."
      }
    },
    registry: (name: string) => ({
      title: name,
      description: `Alle kvalitetsindikatorene for ${name.toLowerCase()}, for hvert sykehus og helseforetak.`
    }),
    indicator: (title: string, registry: string, short: string) => ({
      title: `${title} – ${registry}`,
      // The registry first: indicators such as clinical reporting have the same short text in every registry.
      description: `${registry}: ${short}`
    }),
    present: (name: string) => ({
      title: `Presentasjon: ${name}`,
      description: `Lysbilder med kvalitetsindikatorene for ${name}, til fagmøter og ledermøter.`
    }),
    unit: (name: string, level: string) => ({
      title: name,
      description: `Alle kvalitetsindikatorene for ${name} (${level}) mot landsresultatet og målnivået.`
    })
  },

  search: {
    label: "Finn sykehus eller helseforetak",
    placeholder: "Del av navnet, for eksempel Tromsø",
    found: (n: number) => (n === 0 ? "Ingen treff" : n === 1 ? "1 treff" : `${n} treff`)
  },

  frontPage: {
    lead: (year: number) =>
      "Hvordan norske sykehus og helseforetak gjør det på kvalitetsindikatorene som fagrådene i de kliniske " +
      "kvalitetsregistrene har satt, med målnivå, utvikling over tid og fagrådenes tolkning. " +
      `Siste år: ${year}.`,
    synthetic: "Dette er syntetiske demonstrasjonsdata.",
    syntheticMeaning:
      "Ingen tall på disse sidene beskriver virkelige pasienter, sykehusresultater eller utviklingstrekk.",
    changes: "Hva har endret seg siden i fjor",
    newAttainment: ", ny måloppnåelse",
    registries: "Registrene"
  },

  registryPage: {
    lead:
      "Alle kvalitetsindikatorene i registeret for hver enhet: resultatet, måloppnåelsen (symbol og farge), " +
      "endringen fra forrige periode og antall pasienter. Velg en kolonneoverskrift for å sortere.",
    notPublished: "Publiseres ikke på dette nivået",
    note:
      "Resultater etter bosted vises for helseforetaket som har pasientene i sitt opptaksområde; strek betyr at " +
      "indikatoren ikke publiseres på dette nivået. Grå celler er foreløpige, fra enheter med lav dekningsgrad, " +
      "eller skjult (for få pasienter)."
  },

  indicatorPage: {
    compareWith: "Sammenlign med",
    nationOnly: "(bare nasjonalt)",
    trend: "Utvikling over tid",
    trendSummary: (first: string, last: string, compared: string | null) =>
      `Resultat per periode fra ${first} til ${last}${compared ? `, nasjonalt og for ${compared}` : ", nasjonalt"}, ` +
      "med målnivået skyggelagt; åpne punkter er foreløpige.",
    resultsBy: (level: string) => `Resultater per ${level.toLowerCase()}`,
    rankingSummary: (level: string) =>
      `Resultatet for hvert ${level.toLowerCase()} med 95 % konfidensintervall, rangert, mot målnivået ` +
      "(skyggelagt) og nasjonalt resultat (stiplet linje).",
    funnelTitle: (levels: string, period: string) => `Traktplott: ${levels}, ${period}`,
    funnelSummary: (widened: boolean) =>
      "Resultatet for hver enhet mot antall pasienter; stiplede linjer er 95 %- og heltrukne " +
      `99,8 %-kontrollgrenser rundt nasjonalt resultat${widened ? ", utvidet for overspredning" : ""}. ` +
      "Enheter utenfor grensene er navngitt.",
    noFunnel: "Ikke noe traktplott for dette utvalget.",
    caseMix: "Justert for pasientsammensetning",
    caseMixText: (covariates: string) =>
      `Observerte dødsfall (O) mot forventet antall (E) ut fra enhetens pasienter — ${covariates} — ` +
      "etter en logistisk modell tilpasset alle pasienter nasjonalt. O/E over 1 betyr flere dødsfall " +
      "enn forventet; justert andel er O/E ganger nasjonal andel. Intervaller: eksakt Poisson under 10 dødsfall, " +
      "Byar fra 10.",
    expectedDeaths: "Forventede dødsfall (E)",
    oeTitle: (levels: string, period: string) => `Observert/forventet: ${levels}, ${period}`,
    oeSummary:
      "O/E for hver enhet mot forventede dødsfall; stiplede linjer er 95 %- og heltrukne 99,8 %-grenser " +
      "(eksakt Poisson) rundt 1. Enheter utenfor er navngitt.",
    adjustedRate: "Justert andel",
    numbers: "Tallene",
    definition: "Definisjon",
    minDenominator: "Minste antall pasienter som vises",
    periods: "Perioder",
    rolling3: "rullerende treårsperioder",
    calendarYears: "kalenderår",
    targetHistory: "Målnivå over tid",
    methods: "Metoder",
    // The case-mix model of a period left out covariates that separated the outcomes.
    separation: (period: string) => ({
      before: `I ${period} er `,
      after:
        " utelatt fra modellen: alle pasientene i den gruppen hadde samme utfall, så effekten kan ikke anslås " +
        "(separasjon), og deres forventede risiko beregnes fra de øvrige variablene (",
      link: "metoder"
    }),
    sql: "SQL-definisjon (for statistikere)",
    population: "populasjon (nevner)",
    event: "hendelse (teller)"
  },

  unitPage: {
    lead: (unit: string) =>
      `Alle kvalitetsindikatorene for ${unit} mot nasjonalt resultat og målnivå, for siste periode. ` +
      "Det registrene tidligere sendte hvert sykehus i brev, nå åpent for alle.",
    caption: (unit: string) => `${unit}: indikatorer, siste periode`,
    funnel: "Plassering i traktplott",
    trends: "Utvikling over tid, register for register",
    trendSummary: (unit: string) => `${unit} og Norge per periode`,
    within: "Enheter under",
    presentation: "Presentasjon"
  },

  comparison: {
    title: "Alle enheter over tid",
    filter: "Vis",
    filters: {
      "": "alle enheter",
      "below-target": "bare enheter under målnivå",
      "outside-95": "bare enheter utenfor 95 %-grensene",
      "outside-998": "bare enheter utenfor 99,8 %-grensene",
      changed: "bare enheter med signifikant endring siden forrige periode"
    },
    order: "Rekkefølge",
    orders: { value: "etter resultat", name: "etter navn" },
    shown: (shown: number, total: number, level: string) => `Viser ${shown} av ${total} ${level}.`,
    multiplesTitle: (level: string) => `Utvikling for hver av ${level}`,
    multiplesSummary: (level: string) =>
      `Ett lite diagram per enhet blant ${level}, med samme skala: enhetens resultat per periode (blå) mot ` +
      "Norge (svart), med målnivået skyggelagt.",
    tableCaption: (level: string) => `Resultat per periode, ${level}, med måloppnåelse`
  },

  deck: {
    title: (unit: string) => `Presentasjon: ${unit}`,
    kicker: "Kvalitetsindikatorer for kreftbehandling",
    periods: (periods: string) => `Resultater for ${periods}`,
    indicators: (n: number, registries: string) => `${n} indikatorer fra ${registries}`,
    keys: "Bla med piltastene, PageUp/PageDown, mellomrom, Home og End; F gir fullskjerm.",
    summary: "Oversikt",
    summaryPart: (part: number, parts: number) => `Oversikt (${part} av ${parts})`,
    spineSummary: (unit: string) =>
      `Hver rad er én indikator: ${unit}s resultat (symbol) mot Norge (svart strek), spennet mellom ` +
      "enhetene på samme nivå (grå stolpe) og målnivået (grønn strek).",
    spineRange: "Spenn mellom enhetene",
    spineNation: "Norge",
    spineTarget: "Målnivå",
    trend: (unit: string) => `${unit} og Norge over tid`,
    trendSummary: (unit: string) => `${unit}s resultat per periode mot Norge, med målnivået skyggelagt.`,
    ranking: (level: string, period: string) => `Alle ${level}, ${period}`,
    rankingSummary: (unit: string, level: string) =>
      `Resultatet til alle ${level} med 95 % konfidensintervall, rangert; ${unit} er uthevet, Norge er stiplet.`,
    notRanked: "Ingen rangering: for få enheter med resultat.",
    noResult: "Ingen resultat for denne perioden.",
    hiddenNote: "Resultatet vises ikke, som på enhetens side:",
    ofN: (n: string) => `N = ${n}`,
    interval: (interval: string) => `95 % KI ${interval}`,
    notes: "Registerets merknader",
    noInterpretation: "Fagrådet har ikke skrevet noen tolkning for denne perioden.",
    interpretationFor: (year: number) => `Fagrådets tolkning (${year})`,
    slideOf: (n: number, total: number) => `${n} / ${total}`,
    slideLabel: (n: number, total: number) => `Lysbilde ${n} av ${total}`,
    fullscreenRefused: "Nettleseren tillot ikke fullskjerm: bruk F11.",
    back: "Tilbake til enhetens side",
    previous: "Forrige lysbilde",
    next: "Neste lysbilde"
  },

  survivalPage: {
    title: "Relativ overlevelse",
    lead:
      "Netto (relativ) overlevelse sammenligner pasientenes overlevelse med overlevelsen til personer med samme " +
      "alder og kjønn i befolkningen, og måler dermed overlevelsen fra selve kreftsykdommen. Kurver etter " +
      "pasientenes bostedsregion eller -helseforetak, med 95 % konfidensbånd; tabellen viser hver enhets " +
      "resultat ved indikatorens tidshorisont.",
    xLabel: "År etter diagnose",
    summary: (horizon: number | null, period: string, levels: string, estimator: string | null) =>
      `Netto overlevelse inntil ${horizon} år etter diagnose for pasienter diagnostisert ${period}, nasjonalt og ` +
      `etter ${levels} pasientene bor i${estimator ? ` (${estimator})` : ""}.`
  },

  recurrencePage: {
    title: "Lokalt tilbakefall",
    lead:
      "Kumulativ insidens av lokalt tilbakefall etter kurativ kirurgi: andelen pasienter som har fått lokalt " +
      "tilbakefall ved hvert tidspunkt, der død før tilbakefall regnes som konkurrerende hendelse " +
      "(Aalen–Johansen), slik at pasienter som dør ikke behandles som om de fortsatt kunne få tilbakefall.",
    xLabel: "År etter operasjonen",
    summary: (horizon: number | null, period: string, levels: string) =>
      `Kumulativ insidens av lokalt tilbakefall inntil ${horizon} år etter operasjon for pasienter operert ` +
      `${period}, nasjonalt og etter ${levels} som opererte.`
  },

  promsPage: {
    title: "Pasientrapporterte resultater",
    lead:
      "Det pasientene selv rapporterer om funksjon og livskvalitet før og etter behandlingen, etter behandlingen " +
      "de valgte. Skårene går fra 0 til 100; høyere betyr bedre funksjon.",
    summary: (period: string) =>
      `Gjennomsnittsskår før behandling og ved hver oppfølging for pasienter behandlet i ${period}, én linje per ` +
      "behandling, med 95 % konfidensintervall.",
    daysAfter: "Dager etter behandling",
    oneYearByRegion: "Ett år etter behandling, etter region",
    yearsAfter: "År etter behandling",
    before: "før",
    meanScore: "Gjennomsnittsskår (0–100)"
  },

  // The sections of the methods document an indicator page links to (docs/methods.md, on the about page).
  methodSections: {
    proportions: "andeler og Wilson-intervall",
    medians: "median og intervall",
    "mean-scores": "gjennomsnitt",
    "funnel-limits": "traktplott",
    overdispersion: "overspredning",
    "net-survival": "netto overlevelse",
    "cumulative-incidence": "kumulativ insidens",
    "case-mix": "justering for pasientsammensetning",
    coverage: "dekningsgrad",
    periods: "perioder",
    "target-levels": "måloppnåelse"
  },

  aboutPage: {
    title: "Om rapporten",
    lead:
      "Hvert tall i rapporten er beregnet fra ett uttrekk fra registrene med én versjon av koden. Denne siden " +
      "viser hvilke, slik at rapporten kan gjenskapes og etterprøves.",
    printable: "Utskriftsversjon",
    printableText: "hele årsrapporten på én side, satt opp for utskrift.",
    pdf: "Årsrapporten som PDF",
    pdfText: "for utskrift eller arkiv (A4)",
    synthetic: " (syntetisk)",
    extractDate: "Uttrekksdato",
    diagnoses: "Diagnoser",
    confirmedUpTo: "Bekreftede data til",
    checksum: "Sjekksum for uttrekket (SHA-256)",
    codeVersion: "Kodeversjon",
    build: "Bygg",
    public: "offentlig",
    council: "fagråd (ikke for publisering)",
    versions: "Indikatorer og versjoner",
    version: "versjon",
    methods: "Metoder",
    methodsText:
      "Andeler vises med Wilson 95 % konfidensintervall. Traktplott bruker eksakte binomiske kontrollgrenser " +
      "(Spiegelhalter 2005) på 95 % og 99,8 % rundt nasjonalt resultat, utvidet for overspredning når enhetene " +
      "varierer mer enn tilfeldighetene tilsier. Relativ overlevelse er netto overlevelse med " +
      "Pohar Perme-estimatoren mot norske dødelighetstabeller; kumulativ insidens av lokalt tilbakefall " +
      "behandler død som konkurrerende risiko (Aalen–Johansen). Dødelighet etter kirurgi vises også justert for " +
      "pasientsammensetning (logistisk regresjon på alder, kjønn, stadium og ASA-klasse) som forholdet mellom " +
      "observert og forventet. Alle metodene er testet mot R (survival, relsurv) og publiserte " +
      "referanseimplementasjoner.",
    methodsFollow: "Alle metodene i sin helhet, med R-kallet som gjenskaper dem, følger (på engelsk).",
    privacy: "Personvern",
    privacyText:
      "Bare sammenstilte resultater publiseres, etter hvert registers regler for personvern (under). En " +
      "enhet med færre pasienter enn minstekravet (vanligvis 5) vises som «færre enn 5 pasienter»; der et " +
      "register beskytter små antall pasienter med eller uten hendelsen, vises ikke resultater med 1–4 av " +
      "dem, og flere resultater skjules der et skjult tall ellers kunne regnes ut fra publiserte summer. " +
      "Alle skjulte resultater vises som «vises ikke (personvern)», uansett grunn. Nasjonale verdier, " +
      "overspredning, traktgrenser og endringer beregnes bare fra publiserte resultater.",
    disclosureCaption: "Regler for personvern etter register",
    registry: "Register",
    rules: "Regler",
    publishedTable: "Alle publiserte resultater i én tabell:",
    publishedTableNote: "CSV; skjulte resultater er merket, uten tall"
  },

  dataQualityPage: {
    title: "Datakvalitet",
    lead:
      "Hver rad i uttrekket er gjort rede for: brukt i analysen, eller utelatt med årsak og radhenvisninger. " +
      "Advarsler merker rader som brukes, men som bør sees på.",
    councilNote: "Fagrådsversjon: viser til rader i uttrekket. Ikke for publisering.",
    checksum: "Sjekksum (SHA-256)",
    rows: "Rader lest / brukt / utelatt",
    problems: "Feil / advarsler",
    perTable: "Rader per tabell",
    perTableCaption: "Hver rad som er lest, er brukt eller utelatt",
    table: "Tabell",
    file: "Fil",
    read: "Lest",
    used: "Brukt",
    excluded: "Utelatt",
    flagged: "Med advarsler",
    reasons: "Utelatelser og advarsler",
    excludedKind: "utelatt",
    warningKind: "advarsel",
    none: "Ingen rader ble utelatt, og det er ingen advarsler.",
    reasonsCaption: "Årsaker, med de første radhenvisningene (fil:linje)",
    kind: "Type",
    reason: "Årsak",
    rowCount: "Rader",
    references: "Radhenvisninger"
  },

  explorerPage: {
    title: "Utforsker",
    lead:
      "For fagrådet og statistikere: hver indikator beregnes på nytt i nettleseren fra de pseudonymiserte " +
      "analysetabellene, med den samme SQL-en som den publiserte rapporten bruker. Avgrens pasientene etter " +
      "periode, kjønn, aldersgruppe og stadium, eller velg en enhet å se nærmere på. Ingenting forlater denne " +
      "datamaskinen.",
    councilNote: "Fagrådsversjon: data på pasientnivå. Ikke for publisering.",
    from: "Fra",
    to: "Til",
    sex: "Kjønn",
    male: "menn",
    female: "kvinner",
    ageGroup: "Aldersgruppe",
    stage: "Stadium",
    unknownStage: "ukjent",
    within: "Innenfor",
    allOfNorway: "hele Norge",
    noLevel: (context: string, asked: string, shown: string) => `${context} har ikke nivået ${asked}: viser ${shown}.`,
    summary: (level: string, area: string | null, value: string, n: string) =>
      `Resultat per ${level.toLowerCase()} for de valgte pasientene, beregnet nå; stiplet linje er ` +
      `${area ? `samlet resultat for ${area}` : "nasjonalt resultat"} (${value}, N = ${n}).`,
    computedIn: (ms: number) => `Beregnet på ${ms} ms`,
    query: "Spørringen",
    sql: "SQL for statistikere",
    sqlText:
      "Tabeller: cohort (én rad per svulst) og cohort_proms (én rad per PROM-skår, med svulstens kolonner). " +
      "Resultatet vises som tabell og, når andre kolonne er et tall, som figur.",
    columnsOf: (table: string) => `Kolonnene i ${table}`,
    column: "Kolonne",
    type: "Type",
    meaning: "Betydning",
    run: "Kjør",
    rows: (n: number) => `${n} rader`
  },

  report: {
    screenNote: "Denne siden er hele årsrapporten satt opp for utskrift på A4.",
    kicker: (year: string) => `Årsrapport ${year}`,
    lead: (year: string) =>
      "Resultater fra de kliniske kvalitetsregistrene for kreft: hver indikator nasjonalt og per helseforetak, " +
      `mot målnivåene fagrådene har satt. Siste år med bekreftede data: ${year}.`,
    synthetic: "Syntetiske demonstrasjonsdata.",
    syntheticMeaning:
      " Ingen tall i denne rapporten beskriver virkelige pasienter, sykehusresultater eller utviklingstrekk.",
    registries: "Registrene i rapporten",
    contents: "Innhold",
    about:
      "Hvert tall i rapporten er beregnet fra ett uttrekk fra registrene med én versjon av koden, som står her " +
      "slik at rapporten kan gjenskapes og etterprøves.",
    noResult: "ikke noe resultat å vise.",
    noConfirmed: "Ingen bekreftede resultater ennå.",
    nationalTrend: "nasjonal utvikling",
    trendSummary: (first: string, last: string, withTarget: boolean) =>
      `Nasjonalt resultat per periode fra ${first} til ${last}${withTarget ? ", med målnivået skyggelagt" : ""}; ` +
      "åpne punkter er foreløpige.",
    rankingSummary: (withTarget: boolean) =>
      "Resultatet for hvert helseforetak med 95 % konfidensintervall, " +
      `${withTarget ? "best først, mot målnivået (skyggelagt)" : "høyest først"} ` +
      "og nasjonalt resultat (stiplet linje).",
    noTrustResult: (heading: string) => `${heading}: ingen helseforetak har resultater som kan vises.`,
    /** The footer Chromium prints on every page of the PDF (loaders/publish/printReport.ts reads these). */
    page: "side",
    of: "av",
    syntheticFooter: "syntetiske demonstrasjonsdata"
  }
};

export type Words = typeof nb;
