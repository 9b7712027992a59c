import { parseArgs } from "node:util";
import type { Command } from "./command.ts";
import { auditSite, formatAudit } from "../disclosure/audit.ts";

export const audit: Command = {
  name: "audit",
  summary: "prove a built public site keeps every protected count protected (exit 1 if not)",
  usage: `Usage: qi audit <site folder> [--results <dir>] [--policy <indicators folder>]

The exact audit of a built public site (docs/disclosure.md). It reads what the site publishes (every page's
data, data/published.csv, provenance.json) and the private relations of the results it was built from, and
for every protected cell (a unit under the minimum denominator, a protected small count) works out how far
someone holding every published number can narrow it: whole-number reasoning over the hierarchy,
attribution contexts, periods and windows, shared and nested populations, medians and their intervals,
coverage flags and the labels of hidden cells. It also checks that hidden cells carry no number and that the
national value, changes, funnels (φ) and curves come from published cells only.

Prints every cell whose range is narrower than the policy requires and every other problem, and exits 1;
prints the number of protected cells and exits 0 when there is none.

  --results <dir>   the results folder the site was built from (default: found in .qi/results by the
                    extract checksum in the site's provenance.json)
  --policy <dir>    judge against the disclosure policy in <dir>/disclosure-policy.ts instead of the one
                    the site applied (provenance.json)
  --no-attacker     only the publication checks (no numbers on hidden cells, derived values from published
                    cells, protected counts not printed as they are), without the whole-number attacker`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { results: { type: "string" }, policy: { type: "string" }, attacker: { type: "boolean" } },
      allowNegative: true
    });
    if (positionals.length !== 1) {
      process.stderr.write(`qi audit: give one site folder\n\n${this.usage}\n`);
      return 1;
    }
    const report = await auditSite(positionals[0], {
      resultsDir: values.results,
      policyDir: values.policy,
      attacker: values.attacker,
      onProgress: (message) => process.stderr.write(`qi: ${message}\n`)
    });
    process.stdout.write(formatAudit(report));
    return report.ok ? 0 : 1;
  }
};
