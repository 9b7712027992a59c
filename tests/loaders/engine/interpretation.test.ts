import { describe, expect, it } from "vitest";
import { InterpretationError, parseInterpretation } from "../../../loaders/engine/interpretation.ts";

describe("parseInterpretation", () => {
  it("reads year and language sections, ignoring text before the first year", () => {
    const text = [
      "# lung-curative-treatment",
      "Notes for editors are ignored.",
      "",
      "## 2023",
      "### nb",
      "Fagrådet mener **andelen** er god.",
      "",
      "- punkt",
      "### en",
      "The council finds the share good.",
      "## 2022",
      "### en",
      "English only."
    ].join("\n");
    expect(parseInterpretation(text, "x.md")).toEqual({
      "2022": { nb: null, en: "English only." },
      "2023": { nb: "Fagrådet mener **andelen** er god.\n\n- punkt", en: "The council finds the share good." }
    });
  });

  it("names the file and line of a mistake", () => {
    expect(() => parseInterpretation("## 2023\n### de\nText", "f.md")).toThrow(
      /f\.md, line 2: "### de" must be "### nb" or "### en"/
    );
    expect(() => parseInterpretation("## Year 2023\n", "f.md")).toThrow(/line 1: "## Year 2023" must be a year/);
    expect(() => parseInterpretation("### nb\nText", "f.md")).toThrow(/must come under a year heading/);
    expect(() => parseInterpretation("## 2023\nText without language", "f.md")).toThrow(
      /inside a "### nb" or "### en" section/
    );
    expect(() => parseInterpretation("## 2023\n### nb\na\n### nb\nb", "f.md")).toThrow(InterpretationError);
    expect(() => parseInterpretation("## 2023\n## 2023\n", "f.md")).toThrow(/appears twice/);
  });
});
