/**
 * Cell parsers: one per column of tables.ts, turning the text of a field into a typed value or a
 * CellError that says what is wrong and what to write instead. These are the format's value rules; the
 * zod schemas (schemas.ts) and the streaming validator both use them, so the two can never disagree.
 *
 * Typed values: ids, unit ids, text, codes, municipality numbers and ICD-10 codes stay strings; dates become day
 * numbers (dates.ts); integers and numbers become numbers; flags 1 or 0. A missing value is null.
 */
import { earliestDate, isoDay, parseIsoDate, dayNumber, formatDay } from "./dates.ts";
import { fileIdProblem } from "./fileIds.ts";
import type { ProblemKind } from "./problems.ts";
import type { ColumnSpec } from "./tables.ts";

export type CellValue = string | number | null;

/** What is wrong with one field. Allocated only for bad values, so the hot path stays allocation-free. */
export class CellError {
  constructor(
    readonly kind: ProblemKind,
    readonly message: string
  ) {}
}

export type CellParser = (text: string) => CellValue | CellError;

const earliestDay = (parseIsoDate(earliestDate) as { day: number }).day;

/** Markers people use for "missing" in spreadsheets; the format uses an empty field. */
const missingMarkers = new Set([
  "na",
  "n/a",
  "#n/a",
  "null",
  "none",
  "nan",
  "-",
  ".",
  "?",
  "missing",
  "mangler",
  "ukjent"
]);

/** A value quoted for a message, shortened if long. */
export function quoteValue(text: string): string {
  return JSON.stringify(text.length > 40 ? text.slice(0, 37) + "…" : text);
}

function missingHint(text: string): string {
  return missingMarkers.has(text.toLowerCase()) ? "; write a missing value as an empty field" : "";
}

function isIdChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 45 ||
    code === 95 ||
    code === 46
  );
}

export function isValidId(text: string): boolean {
  if (text.length === 0 || text.length > 64) return false;
  for (let i = 0; i < text.length; i++) if (!isIdChar(text.charCodeAt(i))) return false;
  return true;
}

const integerPattern = /^-?\d+$/;
const numberPattern = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const municipalityPattern = /^\d{4}$/;
const icd10Pattern = /^[A-Z]\d\d(?:\.\d{1,2})?$/;

function rangeText(spec: ColumnSpec): string {
  return `${spec.min ?? "−∞"}–${spec.max ?? "∞"}`;
}

function checkRange(spec: ColumnSpec, value: number, text: string): number | CellError {
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
    return new CellError("out-of-range", `${text} is outside the allowed range ${rangeText(spec)}`);
  }
  return value;
}

/** Why a text is not an ISO date, with the ISO spelling when the intent is clear. */
function dateShapeMessage(text: string): string {
  let match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match) {
    const iso = `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`;
    return `${quoteValue(text)} is in the Norwegian format dd.mm.yyyy (as Excel shows dates); write ${iso}`;
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text))
    return `${quoteValue(text)} is not an ISO date; write dates as YYYY-MM-DD`;
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return `${quoteValue(text)} has no dashes; write ${match[1]}-${match[2]}-${match[3]}`;
  if (/^\d{5}$/.test(text)) {
    // Excel's serial day numbers count from 1899-12-30 (for serials after its fictitious 1900-02-29).
    const iso = formatDay(dayNumber(1899, 12, 30) + Number(text));
    return (
      `${quoteValue(text)} looks like an Excel date serial number (${text} = ` +
      `${iso}); format the column as yyyy-mm-dd before saving`
    );
  }
  match = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(text);
  if (match) return `${quoteValue(text)} has a time of day; write the date only, ${match[1]}`;
  return `${quoteValue(text)} is not a date in the form YYYY-MM-DD${missingHint(text)}`;
}

/**
 * A NUL byte or another control character (tab and line breaks allowed) in a value: text never holds them,
 * and XML (the Excel downloads) cannot. Null when there is none.
 */
function controlCharacter(text: string): CellError | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) {
      const what =
        code === 0 ? "a NUL byte" : `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
      return new CellError(
        "control-character",
        `${quoteValue(text)} holds ${what} at character ${i + 1} (a damaged file, or binary data?); ` +
          `values may hold no control characters but tabs and line breaks`
      );
    }
  }
  return null;
}

/**
 * The parser for one column. Empty text is a missing value: an error if the column is required. A value
 * with a control character is refused for that (text columns are checked always, others when the value is
 * invalid anyway, so the message names the real cause).
 */
export function cellParser(spec: ColumnSpec): CellParser {
  const parse = valueParser(spec);
  const missing = spec.required ? new CellError("missing-value", "missing (the column is required)") : null;
  const isText = spec.type === "text";
  return (text) => {
    if (text.length === 0) return missing;
    const value = parse(text);
    return isText || value instanceof CellError ? (controlCharacter(text) ?? value) : value;
  };
}

function valueParser(spec: ColumnSpec): (text: string) => CellValue | CellError {
  switch (spec.type) {
    case "id":
      return (text) => {
        if (isValidId(text)) return text;
        if (/^\d(?:[.,]\d+)?E\+\d+$/i.test(text)) {
          return new CellError(
            "invalid-id",
            `${quoteValue(text)} is a long number that Excel turned into ` +
              `scientific notation; format the column as text before saving`
          );
        }
        return new CellError(
          "invalid-id",
          `${quoteValue(text)} is not an identifier (letters, digits, '-', '_' ` +
            `and '.', at most 64 characters)${missingHint(text)}`
        );
      };
    case "unit-id": {
      // A few hundred units name millions of rows: each id is checked once.
      const valid = new Set<string>();
      return (text) => {
        if (valid.has(text)) return text;
        const problem = fileIdProblem(text);
        if (problem !== null) return new CellError("invalid-id", `${quoteValue(text)} ${problem}`);
        if (valid.size < 100_000) valid.add(text);
        return text;
      };
    }
    case "text": {
      const max = spec.maxLength ?? Infinity;
      const tooLong = (text: string) =>
        `${quoteValue(text)} is ${text.length.toLocaleString("en-GB")} characters long; at most ${max} are allowed`;
      return (text) => (text.length > max ? new CellError("too-long", tooLong(text)) : text);
    }
    case "code": {
      const codes = Object.keys(spec.codes ?? {});
      const allowed = new Set(codes);
      const list = codes.join(", ");
      return (text) => {
        if (allowed.has(text)) return text;
        const caseFix = codes.find((code) => code.toLowerCase() === text.toLowerCase());
        if (caseFix)
          return new CellError(
            "unknown-code",
            `unknown code ${quoteValue(text)}; codes are case-sensitive: write ${caseFix}`
          );
        return new CellError("unknown-code", `unknown code ${quoteValue(text)}; allowed: ${list}${missingHint(text)}`);
      };
    }
    case "date":
      return (text) => {
        const day = isoDay(text);
        if (day === day) {
          if (day < earliestDay)
            return new CellError("out-of-range", `${text} is before ${earliestDate}, the earliest date accepted`);
          return day;
        }
        const parsed = parseIsoDate(text);
        if (!parsed.ok && parsed.reason === "impossible") return new CellError("impossible-date", parsed.message);
        return new CellError("invalid-date", dateShapeMessage(text));
      };
    case "integer":
      return (text) => {
        if (!integerPattern.test(text)) {
          return new CellError("invalid-integer", `${quoteValue(text)} is not a whole number${missingHint(text)}`);
        }
        return checkRange(spec, Number(text), text);
      };
    case "number":
      return (text) => {
        if (!numberPattern.test(text)) {
          if (/^-?\d+,\d+$/.test(text)) {
            return new CellError(
              "invalid-number",
              `${quoteValue(text)} has a decimal comma; write ${text.replace(",", ".")} ('.' is the decimal mark)`
            );
          }
          return new CellError(
            "invalid-number",
            `${quoteValue(text)} is not a number (digits with '.' as decimal mark)${missingHint(text)}`
          );
        }
        return checkRange(spec, Number(text), text);
      };
    case "flag":
      return (text) => {
        if (text === "1") return 1;
        if (text === "0") return 0;
        return new CellError(
          "invalid-flag",
          `${quoteValue(text)} is not a flag; write 1 (yes) or 0 (no)${missingHint(text)}`
        );
      };
    case "municipality":
      return (text) => {
        if (municipalityPattern.test(text)) return text;
        if (/^\d{3}$/.test(text)) {
          return new CellError(
            "invalid-municipality",
            `${quoteValue(text)} has three digits; municipality numbers have four ` +
              `(was it 0${text}? Excel drops leading zeros: format the column as ` +
              `text)`
          );
        }
        return new CellError(
          "invalid-municipality",
          `${quoteValue(text)} is not a four-digit municipality number${missingHint(text)}`
        );
      };
    case "icd10":
      return (text) => {
        if (icd10Pattern.test(text)) return text;
        const upper = text.toUpperCase();
        if (icd10Pattern.test(upper))
          return new CellError("invalid-icd10", `${quoteValue(text)}: write ICD-10 codes in upper case, ${upper}`);
        const noDot = /^([A-Z]\d\d)(\d{1,2})$/.exec(upper);
        if (noDot)
          return new CellError(
            "invalid-icd10",
            `${quoteValue(text)}: write the subdivision after a dot, ${noDot[1]}.${noDot[2]}`
          );
        return new CellError(
          "invalid-icd10",
          `${quoteValue(text)} is not an ICD-10 code (a letter, two digits, ` +
            `optionally '.' and one or two digits)${missingHint(text)}`
        );
      };
  }
}
