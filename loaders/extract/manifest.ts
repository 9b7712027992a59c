/**
 * extract.json: what an extract is (title, registries, extract date, period, affirm date, whether it is
 * synthetic) and, optionally, which file holds each table. The zod schema below is the declaration;
 * readManifest reports problems as `extract.json: field: problem`.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { parseIsoDate } from "./dates.ts";
import { registryIds } from "./registries.ts";
import { tableNames } from "./tables.ts";
import type { Problem } from "./problems.ts";

export const manifestFile = "extract.json";
export const schemaVersion = "1.0";

const isoDate = z.string().superRefine((text, ctx) => {
  const parsed = parseIsoDate(text);
  if (!parsed.ok)
    ctx.addIssue({
      code: "custom",
      message:
        parsed.reason === "impossible" ? parsed.message : `${JSON.stringify(text)} is not a date in the form YYYY-MM-DD`
    });
});

const fileName = z
  .string()
  .regex(
    /^[^/\\]+\.(csv|parquet)$/,
    "must be a file name in the extract folder ending in .csv or .parquet (no folders)"
  );

export const manifestSchema = z
  .strictObject({
    schema_version: z
      .string()
      .refine((v) => v === schemaVersion, { message: `must be "${schemaVersion}", the version this workbench reads` }),
    title: z.string().trim().min(1, "must not be empty"),
    synthetic: z.boolean({ error: "must be true or false (without quotes)" }),
    registries: z
      .array(
        z.enum(registryIds as [string, ...string[]], {
          error: `unknown registry; the registries are ${registryIds.join(", ")}`
        })
      )
      .min(1, "must list at least one registry")
      .refine((ids) => new Set(ids).size === ids.length, { message: "lists a registry twice" }),
    extract_date: isoDate,
    period: z.strictObject({ from: isoDate, to: isoDate }),
    affirm_date: isoDate,
    source: z.string().optional(),
    generator: z
      .strictObject({
        name: z.string().min(1),
        version: z.string().min(1),
        seed: z.number().int(),
        scale: z.number().positive()
      })
      .optional(),
    tables: z.partialRecord(z.enum(tableNames), fileName).optional()
  })
  .superRefine((m, ctx) => {
    // Order of the dates; each is checked only when the dates themselves parsed.
    const day = (text: string) => {
      const parsed = parseIsoDate(text);
      return parsed.ok ? parsed.day : null;
    };
    const from = day(m.period.from);
    const to = day(m.period.to);
    const extract = day(m.extract_date);
    const affirm = day(m.affirm_date);
    // Indicators are computed per calendar year: a part year would be published as if it were whole.
    if (from !== null && !m.period.from.endsWith("-01-01"))
      ctx.addIssue({
        code: "custom",
        path: ["period", "from"],
        message: `${m.period.from} is not a 1 January: the period must cover whole calendar years`
      });
    if (to !== null && !m.period.to.endsWith("-12-31"))
      ctx.addIssue({
        code: "custom",
        path: ["period", "to"],
        message:
          `${m.period.to} is not a 31 December: the period must cover whole ` +
          `calendar years (a part year would be published as a whole one)`
      });
    if (from !== null && to !== null && to < from)
      ctx.addIssue({
        code: "custom",
        path: ["period", "to"],
        message: `${m.period.to} is before period.from ${m.period.from}`
      });
    if (to !== null && extract !== null && to > extract)
      ctx.addIssue({
        code: "custom",
        path: ["period", "to"],
        message: `${m.period.to} is after extract_date ${m.extract_date}`
      });
    if (affirm !== null && extract !== null && affirm > extract)
      ctx.addIssue({
        code: "custom",
        path: ["affirm_date"],
        message: `${m.affirm_date} is after extract_date ${m.extract_date}`
      });
    const files = Object.values(m.tables ?? {});
    if (new Set(files).size !== files.length)
      ctx.addIssue({ code: "custom", path: ["tables"], message: "names one file for two tables" });
  });

/** A checked extract.json (the results' own manifest.json is ResultsManifest, loaders/output/resultFiles.ts). */
export type ExtractManifest = z.infer<typeof manifestSchema>;

/**
 * An invalid extract.json still names the files of the tables where it can: its valid `tables` entries
 * are used to find them, so one bad entry does not make every renamed table "missing".
 */
export type ManifestRead = ({ manifest: ExtractManifest; problems: [] } | { manifest: null; problems: Problem[] }) & {
  tables?: ExtractManifest["tables"];
};

function validTables(json: Record<string, unknown>): ExtractManifest["tables"] {
  const raw = json.tables;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  return Object.fromEntries(
    Object.entries(raw).filter(
      ([table, file]) => (tableNames as readonly string[]).includes(table) && fileName.safeParse(file).success
    )
  ) as ExtractManifest["tables"];
}

function problem(column: string | null, message: string, line: number | null = null): Problem {
  return { kind: "manifest", severity: "error", table: null, file: manifestFile, line, column, message };
}

/** Parses the text of extract.json. */
export function parseManifest(text: string): ManifestRead {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // V8 quotes the whole input in its message; keep the reason, and the line when it gives a position.
    const message = (error as Error).message.replace(/, ".*" is not valid JSON$/s, "");
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : null;
    return {
      manifest: null,
      problems: [problem(null, `not valid JSON (${message.replace(/ in JSON at position \d+.*$/s, "")})`, line)]
    };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { manifest: null, problems: [problem(null, "must be a JSON object { … }")] };
  }
  const result = manifestSchema.safeParse(json, {
    error: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "missing (required)" : undefined)
  });
  if (result.success) return { manifest: result.data, problems: [], tables: result.data.tables };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      const message =
        path === "tables"
          ? `unknown table; the tables are ${tableNames.join(", ")}`
          : "unknown field (see docs/extract-format.md for the fields)";
      for (const key of issue.keys) problems.push(problem(path ? `${path}.${key}` : key, message));
    } else {
      problems.push(problem(path || null, issue.message));
    }
  }
  return { manifest: null, problems, tables: validTables(json as Record<string, unknown>) };
}

/** Reads and checks `<dir>/extract.json`. */
export async function readManifest(dir: string): Promise<ManifestRead> {
  let text: string;
  try {
    text = await readFile(join(dir, manifestFile), "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return {
      manifest: null,
      problems: [
        problem(
          null,
          missing
            ? "missing; every extract needs one (see docs/extract-format.md)"
            : `cannot be read (${(error as Error).message})`
        )
      ]
    };
  }
  return parseManifest(text);
}
