import { clinicalReportIndicator } from "../clinicalReport.ts";

/** Clinical-report coverage: the registry's coverage indicator, linked from its other indicators. */
export default clinicalReportIndicator({
  registry: "lymphoid",
  name: { nb: "lymfoide maligniteter", en: "lymphoid malignancies" },
  target: { direction: "higher", high: 0.98, moderate: 0.8 }
});
