/**
 * The council's interpretation of an indicator, per year and language, kept as markdown beside the
 * definition (`indicators/<registry>/<id>.interpretation.md`) so a council member edits text, not code:
 *
 *     ## 2023
 *     ### nb
 *     Fagrådet mener …
 *     ### en
 *     The council finds …
 *
 * Text before the first year heading (e.g. a "# title" line or a note to editors) is ignored. Inside a
 * language section any markdown is allowed except headings of level 1–3.
 */
export interface InterpretationText {
  nb: string | null;
  en: string | null;
}

/** Interpretations keyed by year ("2023"). */
export type Interpretations = Record<string, InterpretationText>;

export class InterpretationError extends Error {
  override name = "InterpretationError";
}

export function parseInterpretation(markdown: string, file: string): Interpretations {
  const result: Interpretations = {};
  let year: string | null = null;
  let language: "nb" | "en" | null = null;
  let buffer: string[] = [];
  const flush = () => {
    if (year !== null && language !== null) {
      const body = buffer.join("\n").trim();
      if (result[year][language] !== null)
        throw new InterpretationError(`${file}: year ${year} has two "${language}" sections`);
      result[year][language] = body === "" ? null : body;
    }
    buffer = [];
  };
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((line, index) => {
    const heading = /^(#{1,3})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) {
      if (language !== null) buffer.push(line);
      else if (year !== null && line.trim() !== "") {
        throw new InterpretationError(
          `${file}, line ${index + 1}: text under year ${year} must be inside a "### nb" or "### en" section`
        );
      }
      return;
    }
    const level = heading[1].length;
    const title = heading[2];
    if (level === 1) {
      if (year !== null)
        throw new InterpretationError(
          `${file}, line ${index + 1}: a level-1 heading is only allowed before the first year`
        );
      return;
    }
    if (level === 2) {
      flush();
      if (!/^\d{4}$/.test(title))
        throw new InterpretationError(`${file}, line ${index + 1}: "## ${title}" must be a year, e.g. "## 2023"`);
      if (result[title]) throw new InterpretationError(`${file}, line ${index + 1}: year ${title} appears twice`);
      year = title;
      language = null;
      result[year] = { nb: null, en: null };
      return;
    }
    flush();
    if (year === null)
      throw new InterpretationError(
        `${file}, line ${index + 1}: "### ${title}" must come under a year heading ("## 2023")`
      );
    if (title !== "nb" && title !== "en") {
      throw new InterpretationError(`${file}, line ${index + 1}: "### ${title}" must be "### nb" or "### en"`);
    }
    language = title;
  });
  flush();
  // Deterministic order: years ascending.
  return Object.fromEntries(
    Object.keys(result)
      .sort()
      .map((key) => [key, result[key]])
  );
}
