/**
 * Page data, one module per page: each function cuts what its page needs from the site's results (already
 * disclosure-controlled for the public build) and returns a JSON-ready object, whose type the
 * components derive from the function (src/components/types.ts). Markdown texts (descriptions,
 * interpretations) become HTML here, at build time.
 */
export { aboutPage } from "./aboutPage.ts";
export { curvePage, promPage } from "./curvePages.ts";
export { dataQualityPage } from "./dataQualityPage.ts";
export { explorerCatalogue } from "./explorerCatalogue.ts";
export { frontPage } from "./frontPage.ts";
export { indicatorMeta, indicatorSummary } from "./indicatorMeta.ts";
export { indicatorPage } from "./indicatorPage.ts";
export { deckLevels, presentDeck, presentPeers } from "./presentDeck.ts";
export { registryPage } from "./registryPage.ts";
export { reportPage } from "./reportPage.ts";
export { siteIndex } from "./siteIndex.ts";
export { unitPage } from "./unitPage.ts";
