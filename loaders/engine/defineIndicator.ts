/**
 * `defineIndicator(definition)`: checks an indicator definition against the schema and returns it with
 * defaults filled in. A bad definition throws an IndicatorDefinitionError naming every bad field; the
 * catalogue loader adds the file, so the build fails with "indicators/lung/x.ts: versions[0].target.high: …".
 */
import type { z } from "zod";
import { indicatorSchema, type IndicatorDefinition, type IndicatorInput } from "./indicatorSchema.ts";

export interface DefinitionProblem {
  /** The field, as a path: "versions[1].target.high". Empty for the whole definition. */
  field: string;
  message: string;
}

export class IndicatorDefinitionError extends Error {
  override name = "IndicatorDefinitionError";
  constructor(
    readonly problems: DefinitionProblem[],
    /** The definition's file, when known (the catalogue loader sets it). */
    readonly file?: string,
    readonly indicatorId?: string
  ) {
    super(IndicatorDefinitionError.describe(problems, file, indicatorId));
  }

  static describe(problems: DefinitionProblem[], file?: string, indicatorId?: string): string {
    const where = file ?? (indicatorId ? `indicator "${indicatorId}"` : "indicator definition");
    return problems.map((p) => `${where}: ${p.field ? `field "${p.field}"` : "definition"}: ${p.message}`).join("\n");
  }

  /** The same error with the file named. */
  inFile(file: string): IndicatorDefinitionError {
    return new IndicatorDefinitionError(this.problems, file, this.indicatorId);
  }
}

/** "versions[1].target.high" from ["versions", 1, "target", "high"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

type Issue = z.core.$ZodIssue;

/**
 * The issues to report for one zod issue: a union (a target is a direction or a range) reports the branch that came
 * closest.
 */
function flatten(issue: Issue, prefix: PropertyKey[]): { path: PropertyKey[]; issue: Issue }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const branches = issue.errors.map((branch) => branch.flatMap((inner) => flatten(inner, path)));
    // Fewest problems wins; on a tie, the branch whose first problem lies deepest (it matched further).
    branches.sort((a, b) => a.length - b.length || b[0].path.length - a[0].path.length);
    return branches[0];
  }
  return [{ path, issue }];
}

function problemsOf(error: z.ZodError): DefinitionProblem[] {
  return error.issues.flatMap((top) =>
    flatten(top, []).map(({ path, issue }) => {
      let message = issue.message;
      // Unknown keys are usually typos: name them.
      if (issue.code === "unrecognized_keys")
        message = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
      return { field: fieldPath(path), message };
    })
  );
}

/** Checks a definition; throws IndicatorDefinitionError naming each bad field. Never mutates its input. */
export function defineIndicator(definition: IndicatorInput): IndicatorDefinition {
  const result = indicatorSchema.safeParse(definition);
  if (!result.success) {
    const id = typeof (definition as { id?: unknown })?.id === "string" ? (definition as { id: string }).id : undefined;
    throw new IndicatorDefinitionError(problemsOf(result.error), undefined, id);
  }
  return Object.freeze(result.data) as IndicatorDefinition;
}
