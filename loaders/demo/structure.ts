/**
 * The demo's health service: the four regional health authorities, their health trusts and hospitals
 * (real public names), and what each hospital does. Treatment is centralised as in Norway: lung
 * resection, oesophagectomy, pancreatectomy, ovarian cytoreduction, sarcoma, neurosurgery and childhood
 * cancer only at a few university hospitals; radiotherapy only where there is a radiotherapy unit; many
 * small hospitals diagnose and follow up but do not operate. The roles are a plausible simplification,
 * not a statement about any hospital's actual services.
 */

/** What a hospital can do; the router sends each treatment to a hospital that has the capability. */
export type Capability =
  | "colon"
  | "rectum"
  | "breast"
  | "prostatectomy"
  | "lung-resection"
  | "oesophagectomy"
  | "gastrectomy"
  | "pancreatectomy"
  | "ovary"
  | "gyn"
  | "melanoma"
  | "sarcoma"
  | "neuro"
  | "rt"
  | "oncology"
  | "childhood";

export interface Region {
  id: string;
  name: string;
  short: string;
}

export interface Trust {
  id: string;
  name: string;
  short: string;
  region: string;
  /** Hospitals of other trusts this trust refers to, nearest first, for what it cannot do itself. */
  referral: string[];
}

export interface Hospital {
  id: string;
  name: string;
  short: string;
  trust: string;
  /** Relative size: how work is shared between hospitals of one trust that offer the same thing. */
  weight: number;
  capabilities: ReadonlySet<Capability>;
  /** Per-capability weights overriding `weight` (e.g. OUS gives most radiotherapy at the Radium Hospital). */
  capabilityWeights?: Partial<Record<Capability, number>>;
}

export const regions: Region[] = [
  { id: "helse-nord", name: "Helse Nord RHF", short: "Helse Nord" },
  { id: "helse-midt", name: "Helse Midt-Norge RHF", short: "Helse Midt-Norge" },
  { id: "helse-vest", name: "Helse Vest RHF", short: "Helse Vest" },
  { id: "helse-sor-ost", name: "Helse Sør-Øst RHF", short: "Helse Sør-Øst" }
];

const hse = ["ous-rikshospitalet", "ous-radium", "ous-ulleval"];

export const trusts: Trust[] = [
  {
    id: "finnmarkssykehuset",
    name: "Finnmarkssykehuset HF",
    short: "Finnmarkssykehuset",
    region: "helse-nord",
    referral: ["unn-tromso"]
  },
  { id: "unn", name: "Universitetssykehuset Nord-Norge HF", short: "UNN", region: "helse-nord", referral: [] },
  {
    id: "nordlandssykehuset",
    name: "Nordlandssykehuset HF",
    short: "Nordlandssykehuset",
    region: "helse-nord",
    referral: ["unn-tromso"]
  },
  {
    id: "helgelandssykehuset",
    name: "Helgelandssykehuset HF",
    short: "Helgelandssykehuset",
    region: "helse-nord",
    referral: ["nlsh-bodo", "unn-tromso"]
  },
  {
    id: "hnt",
    name: "Helse Nord-Trøndelag HF",
    short: "Helse Nord-Trøndelag",
    region: "helse-midt",
    referral: ["stolav-trondheim"]
  },
  { id: "stolav", name: "St. Olavs hospital HF", short: "St. Olavs hospital", region: "helse-midt", referral: [] },
  {
    id: "hmr",
    name: "Helse Møre og Romsdal HF",
    short: "Helse Møre og Romsdal",
    region: "helse-midt",
    referral: ["stolav-trondheim"]
  },
  {
    id: "helse-forde",
    name: "Helse Førde HF",
    short: "Helse Førde",
    region: "helse-vest",
    referral: ["bergen-haukeland"]
  },
  { id: "helse-bergen", name: "Helse Bergen HF", short: "Helse Bergen", region: "helse-vest", referral: [] },
  {
    id: "helse-fonna",
    name: "Helse Fonna HF",
    short: "Helse Fonna",
    region: "helse-vest",
    referral: ["bergen-haukeland"]
  },
  {
    id: "helse-stavanger",
    name: "Helse Stavanger HF",
    short: "Helse Stavanger",
    region: "helse-vest",
    referral: ["bergen-haukeland"]
  },
  { id: "sshf", name: "Sørlandet sykehus HF", short: "Sørlandet sykehus", region: "helse-sor-ost", referral: hse },
  { id: "sthf", name: "Sykehuset Telemark HF", short: "Sykehuset Telemark", region: "helse-sor-ost", referral: hse },
  {
    id: "siv",
    name: "Sykehuset i Vestfold HF",
    short: "Sykehuset i Vestfold",
    region: "helse-sor-ost",
    referral: ["sthf-skien", ...hse]
  },
  { id: "vestre-viken", name: "Vestre Viken HF", short: "Vestre Viken", region: "helse-sor-ost", referral: hse },
  {
    id: "sykehuset-ostfold",
    name: "Sykehuset Østfold HF",
    short: "Sykehuset Østfold",
    region: "helse-sor-ost",
    referral: hse
  },
  {
    id: "ahus",
    name: "Akershus universitetssykehus HF",
    short: "Ahus",
    region: "helse-sor-ost",
    referral: ["ous-radium", "ous-rikshospitalet", "ous-ulleval"]
  },
  { id: "ous", name: "Oslo universitetssykehus HF", short: "OUS", region: "helse-sor-ost", referral: [] },
  {
    id: "sykehuset-innlandet",
    name: "Sykehuset Innlandet HF",
    short: "Sykehuset Innlandet",
    region: "helse-sor-ost",
    referral: ["ahus-nordbyhagen", ...hse]
  }
];

type Caps = Capability[];
const local: Caps = ["colon", "oncology"];
const general: Caps = ["colon", "rectum", "gyn", "melanoma", "oncology"];
const university: Caps = [
  "colon",
  "rectum",
  "breast",
  "prostatectomy",
  "lung-resection",
  "oesophagectomy",
  "gastrectomy",
  "pancreatectomy",
  "ovary",
  "gyn",
  "melanoma",
  "sarcoma",
  "neuro",
  "rt",
  "oncology",
  "childhood"
];

function hospital(
  id: string,
  name: string,
  short: string,
  trust: string,
  weight: number,
  caps: Caps,
  capabilityWeights?: Partial<Record<Capability, number>>
): Hospital {
  return { id, name, short, trust, weight, capabilities: new Set(caps), capabilityWeights };
}

export const hospitals: Hospital[] = [
  // Helse Nord
  hospital("fin-hammerfest", "Finnmarkssykehuset Hammerfest", "Hammerfest", "finnmarkssykehuset", 2, [
    ...local,
    "melanoma",
    "gyn"
  ]),
  hospital("fin-kirkenes", "Finnmarkssykehuset Kirkenes", "Kirkenes", "finnmarkssykehuset", 1, local),
  hospital("unn-tromso", "Universitetssykehuset Nord-Norge Tromsø", "UNN Tromsø", "unn", 5, university),
  hospital("unn-harstad", "Universitetssykehuset Nord-Norge Harstad", "UNN Harstad", "unn", 2, [
    ...local,
    "melanoma",
    "gyn"
  ]),
  hospital("unn-narvik", "Universitetssykehuset Nord-Norge Narvik", "UNN Narvik", "unn", 1, local),
  hospital("nlsh-bodo", "Nordlandssykehuset Bodø", "Bodø", "nordlandssykehuset", 4, [
    ...general,
    "breast",
    "prostatectomy",
    "lung-resection",
    "gastrectomy",
    "rt"
  ]),
  hospital("nlsh-vesteralen", "Nordlandssykehuset Vesterålen", "Vesterålen", "nordlandssykehuset", 1, local),
  hospital("nlsh-lofoten", "Nordlandssykehuset Lofoten", "Lofoten", "nordlandssykehuset", 1, local),
  hospital("hsyk-mo-i-rana", "Helgelandssykehuset Mo i Rana", "Mo i Rana", "helgelandssykehuset", 2, [
    ...general,
    "breast"
  ]),
  hospital("hsyk-mosjoen", "Helgelandssykehuset Mosjøen", "Mosjøen", "helgelandssykehuset", 1, local),
  hospital("hsyk-sandnessjoen", "Helgelandssykehuset Sandnessjøen", "Sandnessjøen", "helgelandssykehuset", 1, [
    ...local,
    "rectum"
  ]),
  // Helse Midt-Norge
  hospital("hnt-levanger", "Sykehuset Levanger", "Levanger", "hnt", 3, [...general, "breast"]),
  hospital("hnt-namsos", "Sykehuset Namsos", "Namsos", "hnt", 1, [...local, "melanoma"]),
  hospital("stolav-trondheim", "St. Olavs hospital Trondheim", "St. Olav", "stolav", 6, university),
  hospital("stolav-orkdal", "St. Olavs hospital Orkdal sykehus", "Orkdal", "stolav", 1, local),
  hospital("stolav-roros", "St. Olavs hospital Røros sykehus", "Røros", "stolav", 0.3, ["oncology"]),
  hospital("hmr-alesund", "Ålesund sjukehus", "Ålesund", "hmr", 3, [
    ...general,
    "breast",
    "prostatectomy",
    "lung-resection",
    "gastrectomy",
    "rt"
  ]),
  hospital("hmr-molde", "Molde sjukehus", "Molde", "hmr", 2, [...general, "breast"]),
  hospital("hmr-kristiansund", "Kristiansund sykehus", "Kristiansund", "hmr", 1, local),
  hospital("hmr-volda", "Volda sjukehus", "Volda", "hmr", 1, local),
  // Helse Vest
  hospital("forde-forde", "Førde sentralsjukehus", "Førde", "helse-forde", 2, [...general, "breast", "prostatectomy"]),
  hospital("forde-laerdal", "Lærdal sjukehus", "Lærdal", "helse-forde", 0.4, ["oncology"]),
  hospital("forde-nordfjord", "Nordfjord sjukehus", "Nordfjord", "helse-forde", 0.5, ["oncology"]),
  hospital("bergen-haukeland", "Haukeland universitetssjukehus", "Haukeland", "helse-bergen", 7, university),
  hospital("bergen-voss", "Voss sjukehus", "Voss", "helse-bergen", 1, local),
  hospital("fonna-haugesund", "Haugesund sjukehus", "Haugesund", "helse-fonna", 3, [...general, "breast"]),
  hospital("fonna-stord", "Stord sjukehus", "Stord", "helse-fonna", 1, local),
  hospital("fonna-odda", "Odda sjukehus", "Odda", "helse-fonna", 0.4, ["oncology"]),
  hospital("sus", "Stavanger universitetssjukehus", "SUS", "helse-stavanger", 6, [
    ...general,
    "breast",
    "prostatectomy",
    "lung-resection",
    "gastrectomy",
    "ovary",
    "neuro",
    "rt"
  ]),
  // Helse Sør-Øst
  hospital("sshf-kristiansand", "Sørlandet sykehus Kristiansand", "Kristiansand", "sshf", 4, [
    ...general,
    "breast",
    "prostatectomy",
    "gastrectomy",
    "rt"
  ]),
  hospital("sshf-arendal", "Sørlandet sykehus Arendal", "Arendal", "sshf", 3, [...general, "breast"]),
  hospital("sshf-flekkefjord", "Sørlandet sykehus Flekkefjord", "Flekkefjord", "sshf", 1, local),
  hospital("sthf-skien", "Sykehuset Telemark Skien", "Skien", "sthf", 4, [...general, "breast", "prostatectomy", "rt"]),
  hospital("sthf-notodden", "Sykehuset Telemark Notodden", "Notodden", "sthf", 1, local),
  hospital("siv-tonsberg", "Sykehuset i Vestfold Tønsberg", "Tønsberg", "siv", 5, [
    ...general,
    "breast",
    "prostatectomy",
    "gastrectomy"
  ]),
  hospital("siv-larvik", "Sykehuset i Vestfold Larvik", "Larvik", "siv", 1, local),
  hospital("vv-drammen", "Vestre Viken Drammen sykehus", "Drammen", "vestre-viken", 4, [
    ...general,
    "breast",
    "prostatectomy",
    "gastrectomy",
    "rt"
  ]),
  hospital("vv-baerum", "Vestre Viken Bærum sykehus", "Bærum", "vestre-viken", 3, [...general]),
  hospital("vv-kongsberg", "Vestre Viken Kongsberg sykehus", "Kongsberg", "vestre-viken", 1, local),
  hospital("vv-ringerike", "Vestre Viken Ringerike sykehus", "Ringerike", "vestre-viken", 1, [...local, "rectum"]),
  hospital("so-kalnes", "Sykehuset Østfold Kalnes", "Kalnes", "sykehuset-ostfold", 6, [
    ...general,
    "breast",
    "prostatectomy",
    "gastrectomy",
    "rt"
  ]),
  hospital("so-moss", "Sykehuset Østfold Moss", "Moss", "sykehuset-ostfold", 0.5, ["oncology"]),
  hospital("ahus-nordbyhagen", "Akershus universitetssykehus Nordbyhagen", "Ahus", "ahus", 7, [
    ...general,
    "breast",
    "prostatectomy",
    "lung-resection",
    "gastrectomy"
  ]),
  hospital("ahus-kongsvinger", "Akershus universitetssykehus Kongsvinger", "Ahus Kongsvinger", "ahus", 1, local),
  hospital(
    "ous-ulleval",
    "Oslo universitetssykehus Ullevål",
    "Ullevål",
    "ous",
    6,
    [...general, "breast", "gastrectomy", "lung-resection", "neuro", "rt"],
    { rt: 1, "lung-resection": 1, neuro: 1 }
  ),
  hospital(
    "ous-radium",
    "Oslo universitetssykehus Radiumhospitalet",
    "Radiumhospitalet",
    "ous",
    3,
    ["prostatectomy", "ovary", "gyn", "melanoma", "sarcoma", "rt", "oncology"],
    { rt: 3, gyn: 4 }
  ),
  hospital(
    "ous-rikshospitalet",
    "Oslo universitetssykehus Rikshospitalet",
    "Rikshospitalet",
    "ous",
    2,
    ["lung-resection", "oesophagectomy", "pancreatectomy", "neuro", "childhood", "oncology"],
    { "lung-resection": 2, neuro: 3 }
  ),
  hospital("si-gjovik", "Sykehuset Innlandet Gjøvik", "Gjøvik", "sykehuset-innlandet", 3, [...general, "breast", "rt"]),
  hospital("si-hamar", "Sykehuset Innlandet Hamar", "Hamar", "sykehuset-innlandet", 3, [
    ...general,
    "prostatectomy",
    "gastrectomy"
  ]),
  hospital("si-lillehammer", "Sykehuset Innlandet Lillehammer", "Lillehammer", "sykehuset-innlandet", 3, [
    ...local,
    "rectum",
    "breast",
    "melanoma"
  ]),
  hospital("si-elverum", "Sykehuset Innlandet Elverum", "Elverum", "sykehuset-innlandet", 2, [...local, "rectum"]),
  hospital("si-tynset", "Sykehuset Innlandet Tynset", "Tynset", "sykehuset-innlandet", 0.5, ["oncology"]),
  // Kongsvinger hospital belonged to Sykehuset Innlandet until it moved to Ahus on 1 January 2019; the two
  // periods are two units, so hospital results roll up to the trust that ran the hospital at the time.
  hospital("si-kongsvinger", "Sykehuset Innlandet Kongsvinger", "SI Kongsvinger", "sykehuset-innlandet", 1, local)
];

export const hospitalById: ReadonlyMap<string, Hospital> = new Map(hospitals.map((h) => [h.id, h]));
export const trustById: ReadonlyMap<string, Trust> = new Map(trusts.map((t) => [t.id, t]));

export function getHospital(id: string): Hospital {
  const h = hospitalById.get(id);
  if (!h) throw new Error(`demo structure: unknown hospital ${id}`);
  return h;
}

export function getTrust(id: string): Trust {
  const t = trustById.get(id);
  if (!t) throw new Error(`demo structure: unknown trust ${id}`);
  return t;
}

/** Where a capability is found when neither the trust nor its referral list has it: the national centres. */
export const nationalCentre: Record<Capability, string> = {
  colon: "ous-ulleval",
  rectum: "ous-ulleval",
  breast: "ous-ulleval",
  prostatectomy: "ous-radium",
  "lung-resection": "ous-rikshospitalet",
  oesophagectomy: "ous-rikshospitalet",
  gastrectomy: "ous-ulleval",
  pancreatectomy: "ous-rikshospitalet",
  ovary: "ous-radium",
  gyn: "ous-radium",
  melanoma: "ous-radium",
  sarcoma: "ous-radium",
  neuro: "ous-rikshospitalet",
  rt: "ous-radium",
  oncology: "ous-radium",
  childhood: "ous-rikshospitalet"
};

/** The units table: regions, trusts, hospitals, in that order. */
export function unitRows(): {
  unit_id: string;
  name: string;
  short_name: string;
  level: string;
  parent_id: string | null;
}[] {
  return [
    ...regions.map((r) => ({ unit_id: r.id, name: r.name, short_name: r.short, level: "region", parent_id: null })),
    ...trusts.map((t) => ({ unit_id: t.id, name: t.name, short_name: t.short, level: "trust", parent_id: t.region })),
    ...hospitals.map((h) => ({
      unit_id: h.id,
      name: h.name,
      short_name: h.short,
      level: "hospital",
      parent_id: h.trust
    }))
  ];
}
