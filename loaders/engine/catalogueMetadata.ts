/**
 * indicators.json: the catalogue as the pages need it — texts, type, contexts, periods, targets per
 * version, minimum denominator, coverage link, format, unit of measure, the council's interpretations and
 * the final SQL of each version (what the explorer runs). Keys are indicator ids, sorted.
 */
import type { Catalogue, CatalogueEntry } from "./catalogue.ts";
import type { Target } from "./indicatorFields.ts";
import { exampleQuery, unitColumns, type VersionSql } from "./indicatorSql.ts";
import { measureOf, type IndicatorType } from "./measures/index.ts";
import { period as makePeriod } from "./periods.ts";
import type { Interpretations } from "./interpretation.ts";

export interface VersionMetadata {
  version: string;
  validFrom: number;
  validTo: number | null;
  target: Target | null;
  note: { nb: string; en: string } | null;
  sql: VersionSql & { example: string };
}

export interface IndicatorMetadata {
  id: string;
  registry: string;
  type: IndicatorType;
  title: { nb: string; en: string };
  shortDescription: { nb: string; en: string };
  longDescription: { nb: string; en: string };
  contexts: string[];
  defaultContext: string;
  /** Per context, the cohort column holding the unit at each level (null: the context has no such level). */
  unitColumns: Record<string, { hospital: string | null; trust: string; region: string }>;
  period: string;
  periodColumn: string;
  minDenominator: number;
  coverage: { indicator: string; threshold: number } | null;
  format: string;
  measureUnit: { nb: string; en: string };
  horizonYears: number | null;
  method: string | null;
  groups: { id: string; label: { nb: string; en: string } }[] | null;
  caseMix: { covariates: Record<string, string> } | null;
  versions: VersionMetadata[];
  /** The SQL of the latest version (the one the explorer starts with). */
  sql: VersionSql & { example: string };
  interpretations: Interpretations;
  file: string;
}

export function indicatorMetadata(entry: CatalogueEntry, lastYear: number): IndicatorMetadata {
  const d = entry.definition;
  const measure = measureOf(d);
  const defaultContext = d.defaultContext ?? d.contexts[0];
  const versions = [...d.versions]
    .sort((a, b) => a.validFrom - b.validFrom)
    .map((v): VersionMetadata => {
      const sql = measure.sql(d, v);
      const end = Math.min(v.validTo ?? lastYear, lastYear);
      const span = d.period === "year" ? 0 : 2;
      return {
        version: String(v.version),
        validFrom: v.validFrom,
        validTo: v.validTo,
        target: v.target,
        note: v.note ?? null,
        sql: {
          ...sql,
          example: exampleQuery(sql, measure.exampleSelect(sql), defaultContext, makePeriod(end - span, end))
        }
      };
    });
  return {
    id: d.id,
    registry: d.registry,
    type: d.type,
    title: d.title,
    shortDescription: d.shortDescription,
    longDescription: d.longDescription,
    contexts: [...d.contexts],
    defaultContext,
    unitColumns: Object.fromEntries(d.contexts.map((c) => [c, unitColumns(c)])),
    period: d.period,
    periodColumn: d.periodColumn,
    minDenominator: d.minDenominator,
    coverage: entry.coverage,
    format: d.format,
    measureUnit: d.measureUnit ?? measure.measureUnit,
    // The fields some types have, published where the definition has them.
    horizonYears: "horizonYears" in d ? d.horizonYears : null,
    method: "method" in d ? d.method : null,
    groups: "group" in d && d.group ? d.group.values : null,
    caseMix: "caseMix" in d && d.caseMix ? d.caseMix : null,
    versions,
    sql: versions[versions.length - 1].sql,
    interpretations: entry.interpretations,
    file: entry.file
  };
}

export function catalogueMetadata(catalogue: Catalogue, lastYear: number): Record<string, IndicatorMetadata> {
  const sorted = [...catalogue].sort((a, b) => (a.definition.id < b.definition.id ? -1 : 1));
  return Object.fromEntries(sorted.map((entry) => [entry.definition.id, indicatorMetadata(entry, lastYear)]));
}
