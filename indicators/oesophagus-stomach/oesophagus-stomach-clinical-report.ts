import { clinicalReportIndicator } from "../clinicalReport.ts";

/** Clinical-report coverage: the registry's coverage indicator, linked from its other indicators. */
export default clinicalReportIndicator({
  registry: "oesophagus-stomach",
  name: { nb: "kreft i spiserør og magesekk", en: "oesophageal and gastric cancer" }
});
