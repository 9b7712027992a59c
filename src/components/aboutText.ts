/** The methods and privacy paragraphs of the about page and of the printed report, written once. */
export const methodsText = {
  en:
    "Proportions are shown with Wilson 95 % confidence intervals. Funnel " +
    "plots use exact binomial control limits (Spiegelhalter 2005) at 95 % " +
    "and 99.8 % around the national value, widened for overdispersion when " +
    "the units vary more than chance allows. Relative survival is net " +
    "survival by the Pohar Perme estimator against Norwegian population " +
    "life tables; the cumulative incidence of local recurrence treats " +
    "death as a competing risk (Aalen–Johansen). Mortality after surgery " +
    "is also shown adjusted for case mix (logistic regression on age, sex, " +
    "stage and ASA class) as observed/expected ratios. Every method is " +
    "tested against R (survival, relsurv) and published reference " +
    "implementations.",
  nb:
    "Andeler vises med Wilson 95 % konfidensintervall. Traktplott bruker " +
    "eksakte binomiske kontrollgrenser (Spiegelhalter 2005) på 95 % og " +
    "99,8 % rundt nasjonalt resultat, utvidet for overspredning når " +
    "enhetene varierer mer enn tilfeldighetene tilsier. Relativ " +
    "overlevelse er netto overlevelse med Pohar Perme-estimatoren mot " +
    "norske dødelighetstabeller; kumulativ insidens av lokalt tilbakefall " +
    "behandler død som konkurrerende risiko (Aalen–Johansen). Dødelighet " +
    "etter kirurgi vises også justert for pasientsammensetning (logistisk " +
    "regresjon på alder, kjønn, stadium og ASA-klasse) som forholdet " +
    "mellom observert og forventet. Alle metodene er testet mot R " +
    "(survival, relsurv) og publiserte referanseimplementasjoner."
} as const;

export const privacyText = {
  en:
    `Only aggregated results are published. A unit with fewer patients ` +
    `than the indicator's minimum (usually 5) shows "too few to show"; ` +
    `counts from 1 to 4 are never published, and further cells are hidden ` +
    `where a hidden number could otherwise be worked out from the ` +
    `published totals.`,
  nb:
    `Bare sammenstilte resultater publiseres. En enhet med færre pasienter ` +
    `enn indikatorens minstekrav (vanligvis 5) vises som «for få til å ` +
    `vises»; antall fra 1 til 4 publiseres aldri, og flere celler skjules ` +
    `der et skjult tall ellers kunne regnes ut fra publiserte summer.`
} as const;
