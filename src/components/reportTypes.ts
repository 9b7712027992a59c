/** The printable report's data (loaders/pages/slices/reportPage.ts → src/data/report.json.ts). */
import type { reportPage, ReportRow as SliceRow } from "../../loaders/pages/slices/reportPage.ts";

export type ReportData = ReturnType<typeof reportPage>;
export type ReportSection = ReportData["registries"][number];
export type ReportIndicator = ReportSection["indicators"][number];
export type ReportRow = SliceRow;
