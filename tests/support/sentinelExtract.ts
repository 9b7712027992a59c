/**
 * A test extract: the scale-0.1 demo plus planted sentinel rows — pseudonyms, birth and event dates and a
 * rare registry value that occur nowhere else. The public build must contain none of them, in any file
 * (the sentinel test scans every byte); the extract itself does (the scanner's positive control).
 */
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { resolveExtract } from "../../loaders/build/extractSource.ts";

export const sentinels = {
  patientIds: ["QISENTINELPAT7731", "QISENTINELPAT7732"],
  tumourIds: ["QISENTINELTUM7731", "QISENTINELTUM7732"],
  dates: ["1911-11-11", "1912-12-12", "2019-02-26", "2019-03-31", "2021-07-19"],
  /** A breast tumour size (mm) no demo tumour has. */
  rareValue: "287.3"
};

const patientRows = [
  `${sentinels.patientIds[0]},female,1911-11-11,2021-07-19,`,
  `${sentinels.patientIds[1]},female,1912-12-12,,`
];
const tumourRows = [
  `${sentinels.tumourIds[0]},${sentinels.patientIds[0]},` +
    "lung,C34.1,2019-02-26,0301,III,histology,ous-ulleval,1,2019-03-31,nsclc,,2",
  `${sentinels.tumourIds[1]},${sentinels.patientIds[1]},` +
    `breast,C50.4,2019-02-26,0301,II,histology,ous-ulleval,0,,,${sentinels.rareValue},`
];

/** Copies the scale-0.1 demo to .qi/test-extract/ and plants the sentinels (once per demo). */
export async function sentinelExtract(root = process.cwd()): Promise<string> {
  const demo = await resolveExtract({ env: { ...process.env, QI_EXTRACT: "", QI_DEMO_SCALE: "0.1" } });
  const dir = resolve(root, ".qi", "test-extract");
  const stamp = join(dir, ".sentinels");
  const source = readFileSync(join(demo, "extract.json"), "utf8");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === source) return dir;
  rmSync(dir, { recursive: true, force: true });
  cpSync(demo, dir, { recursive: true });
  appendFileSync(join(dir, "patients.csv"), patientRows.join("\n") + "\n");
  appendFileSync(join(dir, "tumours.csv"), tumourRows.join("\n") + "\n");
  writeFileSync(stamp, source);
  return dir;
}
