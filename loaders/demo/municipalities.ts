/**
 * A representative set of real Norwegian municipalities (numbers as from 1 January 2024, used for the
 * whole period as registries recode residence to the current structure), with rounded populations as
 * weights, the health trust whose catchment they belong to, and their local hospital. Every trust's
 * catchment is covered; small municipalities are partly left out, so weights are relative.
 *
 * One catchment change is modelled: the Kongsvinger area moved from Sykehuset Innlandet to Akershus
 * universitetssykehus on 1 January 2019, so residence must be attributed by the diagnosis date.
 * Oslo is one municipality mapped to OUS; the city districts served by Ahus, Lovisenberg and
 * Diakonhjemmet cannot be told apart at municipality level.
 */
import { day } from "./days.ts";

export interface CatchmentPeriod {
  trust: string;
  /** Local hospital(s) with weights: where residents are diagnosed. */
  hospitals: [string, number][];
  from: number;
  /** Last valid day, or null while it holds. */
  to: number | null;
}

export interface Municipality {
  number: string;
  name: string;
  population: number;
  periods: CatchmentPeriod[];
}

/** Catchment mappings start with the hospital trust reform (1 January 2002). */
export const CATCHMENT_START = day(2002, 1, 1);
export const KONGSVINGER_MOVE = day(2019, 1, 1);

type Entry = [number: string, name: string, population: number];

const list: Municipality[] = [];

function add(trust: string, hospital: string | [string, number][], entries: Entry[]): void {
  const hospitals: [string, number][] = typeof hospital === "string" ? [[hospital, 1]] : hospital;
  for (const [number, name, population] of entries) {
    list.push({ number, name, population, periods: [{ trust, hospitals, from: CATCHMENT_START, to: null }] });
  }
}

// Helse Nord
add("finnmarkssykehuset", "fin-hammerfest", [
  ["5601", "Alta", 21000],
  ["5603", "Hammerfest", 11500],
  ["5622", "Porsanger", 3800],
  ["5610", "Karasjok", 2600],
  ["5612", "Kautokeino", 2900],
  ["5620", "Nordkapp", 3100],
  ["5624", "Lebesby", 1300],
  ["5618", "Måsøy", 1200],
  ["5614", "Loppa", 900],
  ["5616", "Hasvik", 1000],
  ["5626", "Gamvik", 1100]
]);
add("finnmarkssykehuset", "fin-kirkenes", [
  ["5605", "Sør-Varanger", 10000],
  ["5607", "Vadsø", 5800],
  ["5628", "Tana", 2800],
  ["5634", "Vardø", 2000],
  ["5632", "Båtsfjord", 2200],
  ["5630", "Berlevåg", 950],
  ["5636", "Nesseby", 900]
]);
add("unn", "unn-tromso", [
  ["5501", "Tromsø", 77000],
  ["5530", "Senja", 14800],
  ["5524", "Målselv", 6700],
  ["5532", "Balsfjord", 5600],
  ["5544", "Nordreisa", 4800],
  ["5520", "Bardu", 4000],
  ["5526", "Sørreisa", 3500],
  ["5536", "Lyngen", 2800],
  ["5542", "Skjervøy", 2850],
  ["5534", "Karlsøy", 2200],
  ["5540", "Kåfjord", 2000],
  ["5538", "Storfjord", 1850],
  ["5546", "Kvænangen", 1150]
]);
add("unn", "unn-harstad", [
  ["5503", "Harstad", 24800],
  ["5512", "Tjeldsund", 4200],
  ["5510", "Kvæfjord", 2800],
  ["5522", "Salangen", 2200],
  ["5514", "Ibestad", 1350],
  ["5528", "Dyrøy", 1100],
  ["5516", "Gratangen", 1100],
  ["5518", "Lavangen", 1000]
]);
add("unn", "unn-narvik", [
  ["1806", "Narvik", 21500],
  ["1853", "Evenes", 1400]
]);
add("nordlandssykehuset", "nlsh-bodo", [
  ["1804", "Bodø", 53000],
  ["1841", "Fauske", 9700],
  ["1837", "Meløy", 6200],
  ["1840", "Saltdal", 4600],
  ["1875", "Hamarøy", 2700],
  ["1848", "Steigen", 2500],
  ["1845", "Sørfold", 1900],
  ["1838", "Gildeskål", 1900],
  ["1839", "Beiarn", 1000],
  ["1857", "Værøy", 700],
  ["1856", "Røst", 450]
]);
add("nordlandssykehuset", "nlsh-lofoten", [
  ["1860", "Vestvågøy", 11500],
  ["1865", "Vågan", 9700],
  ["1859", "Flakstad", 1250],
  ["1874", "Moskenes", 950]
]);
add("nordlandssykehuset", "nlsh-vesteralen", [
  ["1870", "Sortland", 10600],
  ["1866", "Hadsel", 8100],
  ["1871", "Andøy", 4600],
  ["1868", "Øksnes", 4400],
  ["1867", "Bø", 2500],
  ["1851", "Lødingen", 2000]
]);
add("helgelandssykehuset", "hsyk-mo-i-rana", [
  ["1833", "Rana", 26200],
  ["1832", "Hemnes", 4500],
  ["1834", "Lurøy", 1850],
  ["1828", "Nesna", 1800],
  ["1836", "Rødøy", 1200],
  ["1835", "Træna", 450]
]);
add("helgelandssykehuset", "hsyk-mosjoen", [
  ["1824", "Vefsn", 13300],
  ["1825", "Grane", 1450],
  ["1826", "Hattfjelldal", 1300]
]);
add("helgelandssykehuset", "hsyk-sandnessjoen", [
  ["1820", "Alstahaug", 7400],
  ["1813", "Brønnøy", 7900],
  ["1822", "Leirfjord", 2300],
  ["1812", "Sømna", 2000],
  ["1818", "Herøy (Nordland)", 1750],
  ["1811", "Bindal", 1400],
  ["1827", "Dønna", 1350],
  ["1815", "Vega", 1200],
  ["1816", "Vevelstad", 480]
]);
// Helse Midt-Norge
add("hnt", "hnt-levanger", [
  ["5035", "Stjørdal", 24800],
  ["5006", "Steinkjer", 24500],
  ["5037", "Levanger", 20300],
  ["5038", "Verdal", 15100],
  ["5053", "Inderøy", 6800],
  ["5036", "Frosta", 2650],
  ["5034", "Meråker", 2450],
  ["5041", "Snåsa", 2050]
]);
add("hnt", "hnt-namsos", [
  ["5007", "Namsos", 15200],
  ["5060", "Nærøysund", 9800],
  ["5047", "Overhalla", 3900],
  ["5045", "Grong", 2400],
  ["5042", "Lierne", 1300],
  ["5046", "Høylandet", 1250],
  ["5049", "Flatanger", 1100],
  ["5044", "Namsskogan", 830],
  ["5052", "Leka", 560],
  ["5043", "Røyrvik", 450]
]);
add("stolav", "stolav-trondheim", [
  ["5001", "Trondheim", 212000],
  ["5028", "Melhus", 17000],
  ["5031", "Malvik", 14400],
  ["5057", "Ørland", 10500],
  ["5054", "Indre Fosen", 10200],
  ["5029", "Skaun", 8500],
  ["5027", "Midtre Gauldal", 6300],
  ["5058", "Åfjord", 4300],
  ["5032", "Selbu", 4200],
  ["5020", "Osen", 950],
  ["5033", "Tydal", 780]
]);
add("stolav", "stolav-orkdal", [
  ["5059", "Orkland", 18500],
  ["5021", "Oppdal", 7000],
  ["5055", "Heim", 5900],
  ["5056", "Hitra", 5200],
  ["5014", "Frøya", 5200],
  ["5022", "Rennebu", 2450]
]);
add("stolav", "stolav-roros", [
  ["5025", "Røros", 5600],
  ["5026", "Holtålen", 2000]
]);
add("hmr", "hmr-alesund", [
  ["1508", "Ålesund", 58000],
  ["1531", "Sula", 9800],
  ["1580", "Haram", 9500],
  ["1532", "Giske", 8500],
  ["1528", "Sykkylven", 7600],
  ["1525", "Stranda", 4500],
  ["1578", "Fjord", 2500]
]);
add("hmr", "hmr-molde", [
  ["1506", "Molde", 32500],
  ["1579", "Hustadvika", 13300],
  ["1539", "Rauma", 7400],
  ["1535", "Vestnes", 6600],
  ["1547", "Aukra", 3600],
  ["1557", "Gjemnes", 2600]
]);
add("hmr", "hmr-kristiansund", [
  ["1505", "Kristiansund", 24000],
  ["1563", "Sunndal", 7000],
  ["1554", "Averøy", 5800],
  ["1566", "Surnadal", 5800],
  ["1560", "Tingvoll", 3000],
  ["1573", "Smøla", 2100]
]);
add("hmr", "hmr-volda", [
  ["1577", "Volda", 11000],
  ["1520", "Ørsta", 10800],
  ["1515", "Herøy (Møre og Romsdal)", 8900],
  ["1516", "Ulstein", 8700],
  ["1517", "Hareid", 5200],
  ["1511", "Vanylven", 3100],
  ["1514", "Sande", 2500]
]);
// Helse Vest
add("helse-forde", "forde-forde", [
  ["4647", "Sunnfjord", 22000],
  ["4602", "Kinn", 17000],
  ["4638", "Høyanger", 4100],
  ["4648", "Bremanger", 3500],
  ["4645", "Askvoll", 3000],
  ["4646", "Fjaler", 2800],
  ["4637", "Hyllestad", 1300],
  ["4636", "Solund", 800]
]);
add(
  "helse-forde",
  [
    ["forde-laerdal", 1],
    ["forde-forde", 1]
  ],
  [
    ["4640", "Sogndal", 12000],
    ["4644", "Luster", 5300],
    ["4643", "Årdal", 5200],
    ["4639", "Vik", 2600],
    ["4642", "Lærdal", 2150],
    ["4641", "Aurland", 1800]
  ]
);
add(
  "helse-forde",
  [
    ["forde-nordfjord", 1],
    ["forde-forde", 1]
  ],
  [
    ["4649", "Stad", 9500],
    ["4651", "Stryn", 7200],
    ["4650", "Gloppen", 5800]
  ]
);
add("helse-bergen", "bergen-haukeland", [
  ["4601", "Bergen", 286000],
  ["4626", "Øygarden", 39000],
  ["4627", "Askøy", 30000],
  ["4631", "Alver", 29500],
  ["4624", "Bjørnafjorden", 25500],
  ["4630", "Osterøy", 8100],
  ["4625", "Austevoll", 5300],
  ["4628", "Vaksdal", 3900],
  ["4632", "Austrheim", 2900],
  ["4623", "Samnanger", 2500],
  ["4634", "Masfjorden", 1700],
  ["4633", "Fedje", 520]
]);
add("helse-bergen", "bergen-voss", [
  ["4621", "Voss", 15800],
  ["4620", "Ulvik", 1100],
  ["4619", "Eidfjord", 900]
]);
add("helse-fonna", "fonna-haugesund", [
  ["1149", "Karmøy", 42500],
  ["1106", "Haugesund", 37800],
  ["1146", "Tysvær", 11300],
  ["1160", "Vindafjord", 8800],
  ["4612", "Sveio", 5800],
  ["4611", "Etne", 4100],
  ["1134", "Suldal", 3800],
  ["1135", "Sauda", 4600],
  ["1145", "Bokn", 850],
  ["1151", "Utsira", 200]
]);
add("helse-fonna", "fonna-stord", [
  ["4614", "Stord", 19000],
  ["4617", "Kvinnherad", 13000],
  ["4613", "Bømlo", 12000],
  ["4615", "Fitjar", 3200]
]);
add(
  "helse-fonna",
  [
    ["fonna-odda", 1],
    ["fonna-haugesund", 1]
  ],
  [["4618", "Ullensvang", 11000]]
);
add("helse-stavanger", "sus", [
  ["1103", "Stavanger", 146000],
  ["1108", "Sandnes", 82000],
  ["1124", "Sola", 27500],
  ["1120", "Klepp", 19900],
  ["1119", "Hå", 19200],
  ["1121", "Time", 19000],
  ["1101", "Eigersund", 15000],
  ["1130", "Strand", 13000],
  ["1122", "Gjesdal", 12000],
  ["1127", "Randaberg", 11400],
  ["1111", "Sokndal", 3300],
  ["1112", "Lund", 3200],
  ["1114", "Bjerkreim", 2800],
  ["1133", "Hjelmeland", 2600],
  ["1144", "Kvitsøy", 520]
]);
// Helse Sør-Øst
add("sshf", "sshf-kristiansand", [
  ["4204", "Kristiansand", 116000],
  ["4205", "Lindesnes", 23500],
  ["4223", "Vennesla", 15000],
  ["4215", "Lillesand", 11300],
  ["4216", "Birkenes", 5300],
  ["4219", "Evje og Hornnes", 3600],
  ["4218", "Iveland", 1350],
  ["4220", "Bygland", 1200],
  ["4221", "Valle", 1150],
  ["4222", "Bykle", 950]
]);
add("sshf", "sshf-arendal", [
  ["4203", "Arendal", 45000],
  ["4202", "Grimstad", 24000],
  ["4201", "Risør", 6800],
  ["4213", "Tvedestrand", 6100],
  ["4214", "Froland", 6000],
  ["4211", "Gjerstad", 2400],
  ["4212", "Vegårshei", 2100],
  ["4217", "Åmli", 1800]
]);
add("sshf", "sshf-flekkefjord", [
  ["4225", "Lyngdal", 10600],
  ["4206", "Farsund", 9700],
  ["4207", "Flekkefjord", 9100],
  ["4227", "Kvinesdal", 6000],
  ["4228", "Sirdal", 1850],
  ["4226", "Hægebostad", 1700],
  ["4224", "Åseral", 950]
]);
add("sthf", "sthf-skien", [
  ["4003", "Skien", 55500],
  ["4001", "Porsgrunn", 37000],
  ["4012", "Bamble", 14000],
  ["4014", "Kragerø", 10400],
  ["4018", "Nome", 6500],
  ["4016", "Drangedal", 4100],
  ["4010", "Siljan", 2300]
]);
add("sthf", "sthf-notodden", [
  ["4005", "Notodden", 13000],
  ["4020", "Midt-Telemark", 10800],
  ["4026", "Tinn", 5700],
  ["4036", "Vinje", 3800],
  ["4022", "Seljord", 2900],
  ["4028", "Kviteseid", 2400],
  ["4034", "Tokke", 2200],
  ["4024", "Hjartdal", 1600],
  ["4030", "Nissedal", 1450],
  ["4032", "Fyresdal", 1300]
]);
add("siv", "siv-tonsberg", [
  ["3907", "Sandefjord", 65000],
  ["3905", "Tønsberg", 58000],
  ["3901", "Horten", 27500],
  ["3911", "Færder", 27000],
  ["3903", "Holmestrand", 25500]
]);
add("siv", "siv-larvik", [["3909", "Larvik", 48000]]);
add("vestre-viken", "vv-drammen", [
  ["3301", "Drammen", 103000],
  ["3312", "Lier", 27000],
  ["3314", "Øvre Eiker", 20000],
  ["3316", "Modum", 14300],
  ["3332", "Sigdal", 3500],
  ["3318", "Krødsherad", 2200]
]);
add("vestre-viken", "vv-baerum", [
  ["3201", "Bærum", 128000],
  ["3203", "Asker", 96000]
]);
add("vestre-viken", "vv-kongsberg", [
  ["3303", "Kongsberg", 28000],
  ["3334", "Flesberg", 2700],
  ["3338", "Nore og Uvdal", 2500],
  ["3336", "Rollag", 1400]
]);
add("vestre-viken", "vv-ringerike", [
  ["3305", "Ringerike", 31000],
  ["3310", "Hole", 6900],
  ["3328", "Ål", 4700],
  ["3324", "Gol", 4600],
  ["3330", "Hol", 4400],
  ["3322", "Nesbyen", 3300],
  ["3326", "Hemsedal", 2500],
  ["3320", "Flå", 1050]
]);
add("sykehuset-ostfold", "so-kalnes", [
  ["3107", "Fredrikstad", 84000],
  ["3105", "Sarpsborg", 58000],
  ["3118", "Indre Østfold", 46000],
  ["3101", "Halden", 31500],
  ["3120", "Rakkestad", 8300],
  ["3110", "Hvaler", 4700],
  ["3116", "Skiptvet", 3900],
  ["3122", "Marker", 3600],
  ["3124", "Aremark", 1300]
]);
add(
  "sykehuset-ostfold",
  [
    ["so-moss", 1],
    ["so-kalnes", 2]
  ],
  [
    ["3103", "Moss", 50000],
    ["3112", "Råde", 7700],
    ["3114", "Våler (Østfold)", 6000]
  ]
);
add("ahus", "ahus-nordbyhagen", [
  ["3205", "Lillestrøm", 89000],
  ["3207", "Nordre Follo", 61000],
  ["3222", "Lørenskog", 47000],
  ["3209", "Ullensaker", 41000],
  ["3240", "Eidsvoll", 26500],
  ["3232", "Nittedal", 24700],
  ["3228", "Nes", 24000],
  ["3218", "Ås", 21000],
  ["3212", "Nesodden", 20000],
  ["3224", "Rælingen", 18700],
  ["3226", "Aurskog-Høland", 17500],
  ["3214", "Frogn", 16000],
  ["3238", "Nannestad", 15000],
  ["3220", "Enebakk", 11300],
  ["3230", "Gjerdrum", 7000],
  ["3242", "Hurdal", 2900]
]);
add(
  "ous",
  [
    ["ous-ulleval", 7],
    ["ous-radium", 2],
    ["ous-rikshospitalet", 1]
  ],
  [["0301", "Oslo", 700000]]
);
add("sykehuset-innlandet", "si-gjovik", [
  ["3407", "Gjøvik", 30600],
  ["3442", "Østre Toten", 15000],
  ["3446", "Gran", 13600],
  ["3443", "Vestre Toten", 13500],
  ["3234", "Lunner", 9300],
  ["3448", "Nordre Land", 6600],
  ["3451", "Nord-Aurdal", 6400],
  ["3447", "Søndre Land", 5600],
  ["3453", "Øystre Slidre", 3200],
  ["3449", "Sør-Aurdal", 2900],
  ["3452", "Vestre Slidre", 2100],
  ["3454", "Vang", 1600],
  ["3450", "Etnedal", 1300]
]);
add("sykehuset-innlandet", "si-hamar", [
  ["3411", "Ringsaker", 34800],
  ["3403", "Hamar", 32000],
  ["3413", "Stange", 21000],
  ["3412", "Løten", 7700]
]);
add("sykehuset-innlandet", "si-lillehammer", [
  ["3405", "Lillehammer", 28500],
  ["3441", "Gausdal", 6100],
  ["3436", "Nord-Fron", 5700],
  ["3437", "Sel", 5600],
  ["3440", "Øyer", 5100],
  ["3439", "Ringebu", 4400],
  ["3435", "Vågå", 3500],
  ["3438", "Sør-Fron", 3100],
  ["3431", "Dovre", 2500],
  ["3434", "Lom", 2300],
  ["3433", "Skjåk", 2200],
  ["3432", "Lesja", 2000]
]);
add("sykehuset-innlandet", "si-elverum", [
  ["3420", "Elverum", 21500],
  ["3421", "Trysil", 6500],
  ["3422", "Åmot", 4300],
  ["3419", "Våler (Innlandet)", 3600],
  ["3423", "Stor-Elvdal", 2400],
  ["3425", "Engerdal", 1250]
]);
add("sykehuset-innlandet", "si-tynset", [
  ["3427", "Tynset", 5600],
  ["3428", "Alvdal", 2400],
  ["3430", "Os", 1900],
  ["3424", "Rendalen", 1800],
  ["3426", "Tolga", 1550],
  ["3429", "Folldal", 1550]
]);
// The Kongsvinger area: Sykehuset Innlandet until 31 December 2018, Ahus from 1 January 2019.
for (const [number, name, population] of [
  ["3401", "Kongsvinger", 18000],
  ["3415", "Sør-Odal", 7900],
  ["3418", "Åsnes", 7200],
  ["3416", "Eidskog", 6100],
  ["3414", "Nord-Odal", 5000],
  ["3417", "Grue", 4600]
] as Entry[]) {
  list.push({
    number,
    name,
    population,
    periods: [
      {
        trust: "sykehuset-innlandet",
        hospitals: [["si-kongsvinger", 1]],
        from: CATCHMENT_START,
        to: KONGSVINGER_MOVE - 1
      },
      { trust: "ahus", hospitals: [["ahus-kongsvinger", 1]], from: KONGSVINGER_MOVE, to: null }
    ]
  });
}

/** Sorted by municipality number, so the catchment table is in a stable, readable order. */
export const municipalities: readonly Municipality[] = list.slice().sort((a, b) => a.number.localeCompare(b.number));

/** The catchment period of a municipality on a day. */
export function periodOn(municipality: Municipality, onDay: number): CatchmentPeriod {
  for (const p of municipality.periods) if (onDay >= p.from && (p.to === null || onDay <= p.to)) return p;
  throw new Error(`demo catchment: ${municipality.number} has no period on day ${onDay}`);
}
