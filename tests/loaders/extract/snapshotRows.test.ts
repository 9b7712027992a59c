/**
 * The snapshot's rows: a row already in normal form is written as read (behind its line number), any other
 * is normalised; and the report tables validated in two threads give the same bytes as one at a time.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validateExtract } from "../../../loaders/extract/validateExtract.ts";
import { derive, replace, setField, tempDir } from "./extractFixture.ts";

async function snapshotOf(dir: string, lanes?: boolean): Promise<string> {
  const snapshotDir = join(await tempDir("qi-snapshot-"), "snapshot");
  await validateExtract(dir, { snapshotDir, lanes });
  return snapshotDir;
}

const lineOf = async (snapshot: string, table: string, sourceLine: number) =>
  (await readFile(join(snapshot, `${table}.csv`), "utf8")).split("\n").find((l) => l.startsWith(`${sourceLine},`));

describe("snapshot rows", () => {
  test("a normal row is kept as read; whole numbers, spaces, quotes and column order are normalised", async () => {
    const dir = await derive({
      "surgery.csv": (t) => setField("S002", "asa", "02")(setField("S001", "asa", "-0")(t)),
      "tumours.csv": setField("T002", "ecog", " 0"),
      "radiotherapy.csv": (t) => t.replace("RT002,T006,", '"RT002",T006,')
    });
    const snapshot = await snapshotOf(dir);
    expect(await lineOf(snapshot, "surgery", 3)).toBe(
      "3,S002,T002,ous-rh,2022-08-15,radical-prostatectomy,robotic,2,r0"
    );
    expect(await lineOf(snapshot, "tumours", 2)).toBe(
      "2,T001,P001,lung,C34.1,2023-03-02,5401,III,histology,unn-tro,1,2023-04-15,nsclc,,1"
    );
    expect(await lineOf(snapshot, "tumours", 3)).toBe(
      "3,T002,P002,prostate,C61,2022-05-17,0301,II,histology,ous-rh,1,2022-06-20,,,0"
    );
    expect(await lineOf(snapshot, "radiotherapy", 3)).toBe(
      "3,RT002,T006,ous-rad,2023-02-06,palliative,palliative,20,5"
    );
  });

  test("a file with its columns in another order is written in the declared order", async () => {
    const reorder = (text: string) =>
      text
        .trimEnd()
        .split("\n")
        .map((line) => {
          const [first, second, ...rest] = line.split(",");
          return [second, first, ...rest].join(",");
        })
        .join("\n") + "\n";
    const dir = await derive({ "surgery.csv": reorder });
    const snapshot = await snapshotOf(dir);
    expect(await lineOf(snapshot, "surgery", 2)).toBe("2,S001,T001,unn-tro,2023-04-05,lobectomy,laparoscopic,2,r0");
  });

  test("two lanes give the snapshot, data-quality.json and problems.csv of one table at a time", async () => {
    const dir = await derive({
      "workup.csv": setField("T001", "decision", "maybe"),
      "surgery.csv": (t) => setField("S002", "asa", "9")(setField("S001", "tumour_id", "T999")(t)),
      "proms.csv": replace("P002,T002,epic-26,baseline,sexual,70.8", "P002,T002,epic-26,baseline,sexual,170.8"),
      "radiotherapy.csv": setField("RT002", "intent", "Curative"),
      "systemic.csv": (t) => t + "garbage,line\n"
    });
    const one = await snapshotOf(dir, false);
    const two = await snapshotOf(dir, true);
    const files = (await readdir(one)).sort();
    expect(await readdir(two).then((f) => f.sort())).toEqual(files);
    for (const file of files)
      expect(await readFile(join(two, file), "utf8"), file).toBe(await readFile(join(one, file), "utf8"));
    const problems = await readFile(join(one, "problems.csv"), "utf8");
    // Problems of four lane tables, in declaration order, so the test cannot pass on an empty report.
    const tables = problems
      .split("\n")
      .slice(1, -1)
      .map((line) => line.split(",")[2]);
    expect([...new Set(tables)]).toEqual(["workup", "surgery", "radiotherapy", "systemic", "proms"]);
  });
});
