/**
 * The twelve clinical quality registries of the Cancer Registry of Norway (Dørum 2022), with the ICD-10
 * ranges that define their tumours. Childhood cancer is defined by age (< 18 at diagnosis), not by site.
 */
export interface Registry {
  id: string;
  name: { nb: string; en: string };
  /** ICD-10 codes (3-character prefixes) that belong to the registry; empty for the age-defined childhood registry. */
  icd10: string[];
}

export const registries = [
  { id: "prostate", name: { nb: "Prostatakreft", en: "Prostate cancer" }, icd10: ["C61"] },
  { id: "colorectal", name: { nb: "Tykk- og endetarmskreft", en: "Colorectal cancer" }, icd10: ["C18", "C19", "C20"] },
  { id: "childhood", name: { nb: "Kreft hos barn", en: "Childhood cancer" }, icd10: [] },
  { id: "breast", name: { nb: "Brystkreft", en: "Breast cancer" }, icd10: ["C50", "D05"] },
  {
    id: "gynaecological",
    name: { nb: "Gynekologisk kreft", en: "Gynaecological cancer" },
    icd10: ["C51", "C52", "C53", "C54", "C55", "C56", "C57"]
  },
  { id: "lung", name: { nb: "Lungekreft", en: "Lung cancer" }, icd10: ["C33", "C34"] },
  {
    id: "lymphoid",
    name: { nb: "Lymfoide maligniteter", en: "Lymphoid malignancies" },
    icd10: ["C81", "C82", "C83", "C84", "C85", "C86", "C88", "C90", "C91"]
  },
  { id: "melanoma", name: { nb: "Melanom", en: "Melanoma" }, icd10: ["C43", "D03"] },
  {
    id: "oesophagus-stomach",
    name: { nb: "Kreft i spiserør og magesekk", en: "Oesophageal and gastric cancer" },
    icd10: ["C15", "C16"]
  },
  { id: "sarcoma", name: { nb: "Sarkom", en: "Sarcoma" }, icd10: ["C40", "C41", "C45", "C46", "C47", "C48", "C49"] },
  { id: "pancreas", name: { nb: "Kreft i bukspyttkjertelen", en: "Pancreatic cancer" }, icd10: ["C25"] },
  {
    id: "cns",
    name: { nb: "Hjernesvulst", en: "Brain tumours" },
    icd10: ["C70", "C71", "C72", "D32", "D33", "D42", "D43"]
  }
] as const satisfies readonly Registry[];

export type RegistryId = (typeof registries)[number]["id"];

export const registryIds = registries.map((r) => r.id) as RegistryId[];
