/**
 * The indicator definition, declared once as a zod schema: the fields every indicator has
 * (indicatorFields.ts) with its type's own (measures/<type>.ts), and the checks across fields. An
 * `indicators/<registry>/<id>.ts` file may contain exactly this. `defineIndicator` checks a definition
 * against it; the catalogue loader adds the file name to any error. docs/authoring-indicators.md explains
 * every field for authors.
 */
import { z } from "zod";
import { measureList, measures } from "./measures/index.ts";

/** Each type's schema, in the registry's order, as the tuple the discriminated union needs. */
type SchemasOf<T extends readonly { schema: unknown }[]> = { -readonly [K in keyof T]: T[K]["schema"] };
const typeSchemas = measureList.map((measure) => measure.schema) as unknown as SchemasOf<typeof measureList>;

export const indicatorSchema = z.discriminatedUnion("type", typeSchemas).superRefine((definition, context) => {
  if (definition.defaultContext && !definition.contexts.includes(definition.defaultContext)) {
    context.addIssue({
      code: "custom",
      path: ["defaultContext"],
      message: `must be one of contexts (${definition.contexts.join(", ")})`
    });
  }
  const versions = definition.versions;
  const numbers = new Set<number>();
  versions.forEach((version, index) => {
    if (numbers.has(version.version))
      context.addIssue({
        code: "custom",
        path: ["versions", index, "version"],
        message: "version numbers must be unique"
      });
    numbers.add(version.version);
    if (version.validTo !== null && version.validTo < version.validFrom) {
      context.addIssue({
        code: "custom",
        path: ["versions", index, "validTo"],
        message: "must not be before validFrom"
      });
    }
    if (version.event !== undefined && !measures[definition.type].versionEvent) {
      const types = measureList.filter((m) => m.versionEvent).map((m) => m.type);
      context.addIssue({
        code: "custom",
        path: ["versions", index, "event"],
        message: `only ${types.join(" and ")} indicators have an event to replace`
      });
    }
    for (let other = 0; other < index; other++) {
      const a = versions[other];
      const overlap = version.validFrom <= (a.validTo ?? Infinity) && a.validFrom <= (version.validTo ?? Infinity);
      if (overlap) {
        context.addIssue({
          code: "custom",
          path: ["versions", index, "validFrom"],
          message: `years overlap version ${a.version}`
        });
      }
    }
  });
});

export type IndicatorInput = z.input<typeof indicatorSchema>;
/** A checked definition with defaults filled in. */
export type IndicatorDefinition = z.output<typeof indicatorSchema>;
