import { clinicalReportIndicator } from "../clinicalReport.ts";

/** Clinical-report coverage: the registry's coverage indicator, linked from its other indicators. */
export default clinicalReportIndicator({
  registry: "gynaecological",
  name: { nb: "gynekologisk kreft", en: "gynaecological cancer" }
});
