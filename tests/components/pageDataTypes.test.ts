// The pages' data types are the slices' return types (src/components/types.ts): renaming or dropping a field
// in a slice must fail the type check where a component reads it. The slices are edited in memory and the
// components that read each field are type-checked against them.
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** A slice file, a field as written there, the same field renamed, and the component that reads it. */
const renames = [
  [
    "loaders/pages/slices/indicatorPage.ts",
    "defaultPeriod: latestFirmPeriod",
    "firstPeriod: latestFirmPeriod",
    "src/components/indicatorInputs.ts",
    "defaultPeriod"
  ],
  [
    "loaders/pages/slices/registryPage.ts",
    "defaultYear: firm.length",
    "firstYear: firm.length",
    "src/components/registryInputs.ts",
    "defaultYear"
  ],
  [
    "loaders/pages/slices/unitPage.ts",
    "period: latest.period,",
    "shownPeriod: latest.period,",
    "src/components/unitSummary.ts",
    "period"
  ],
  [
    "loaders/pages/slices/reportPage.ts",
    "trusts: trusts.map(reportRow)",
    "healthTrusts: trusts.map(reportRow)",
    "src/components/reportIndicator.ts",
    "trusts"
  ],
  [
    "loaders/pages/pageRows.ts",
    '  "suppression_reason",\n',
    "",
    "src/components/indicatorText.ts",
    "suppression_reason"
  ]
] as const;

describe("page-data types", () => {
  it("break the type check where a component reads a field its slice no longer has", () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      resolve("tsconfig.json"),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        }
      }
    );
    if (!config) throw new Error("no tsconfig.json");
    const edits = new Map<string, string>();
    for (const [file, field, renamed] of renames) {
      const path = resolve(file);
      const text = edits.get(path) ?? ts.sys.readFile(path) ?? "";
      expect(text, `${file} still has ${field}`).toContain(field);
      edits.set(path, text.replace(field, renamed));
    }
    const host = ts.createCompilerHost(config.options);
    const readFile = host.readFile;
    host.readFile = (file) => edits.get(resolve(file)) ?? readFile(file);
    const components = [...new Set(renames.map(([, , , component]) => resolve(component)))];
    const program = ts.createProgram(components, config.options, host);
    for (const [file, , , component, name] of renames) {
      const errors = program
        .getSemanticDiagnostics(program.getSourceFile(resolve(component)))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
      expect(
        errors.some((e) => e.includes(`'${name}'`)),
        `${file}: ${name} → ${component}`
      ).toBe(true);
    }
  });
});
