import { clinicalReportIndicator } from "../clinicalReport.ts";

/** Clinical-report coverage: the registry's coverage indicator, linked from its other indicators. */
export default clinicalReportIndicator({
  registry: "colorectal",
  name: { nb: "tykk- og endetarmskreft", en: "colorectal cancer" }
});
