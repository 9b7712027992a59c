import { clinicalReportIndicator } from "../clinicalReport.ts";

/** Clinical-report coverage: the registry's coverage indicator, linked from its other indicators. */
export default clinicalReportIndicator({ registry: "cns", name: { nb: "hjernesvulst", en: "brain tumours" } });
