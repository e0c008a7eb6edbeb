// Realistic, reproducible company rows for the benchmark, and a fast bulk insert that works on both
// PGlite and PostgreSQL (one INSERT … SELECT FROM unnest() per batch: one parameter per column).
import type { Database } from "../../src/platform/db.js";
import { NACE_DIVISIONS, naceLabel } from "../../src/domains/companies/nace.js";
import { searchKey } from "../../src/shared/text-fold.js";

/** Mulberry32: a small seeded PRNG so every run seeds the same rows. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

interface CountryStyle {
  weight: number;
  surnames: string[];
  /** Surname syllables: prefix × suffix gives the long tail of rarer names real registers have. */
  syllables: [string[], string[]];
  trades: string[];
  forms: string[];
  /** Name patterns: S = surname, T = trade word, F = legal form, P = place. */
  patterns: string[];
  places: string[];
  regId: (rnd: () => number) => string;
  tld: string;
}

const digits = (rnd: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join("");

export const COUNTRIES: Record<string, CountryStyle> = {
  DE: {
    weight: 18,
    surnames: [
      "Müller",
      "Schmidt",
      "Schneider",
      "Fischer",
      "Weber",
      "Meyer",
      "Wagner",
      "Becker",
      "Schulz",
      "Hoffmann",
      "Schäfer",
      "Koch",
      "Bauer",
      "Richter",
      "Klein",
      "Wolf",
      "Schröder",
      "Neumann",
      "Schwarz",
      "Zimmermann",
      "Braun",
      "Krüger",
      "Hofmann",
      "Hartmann",
      "Lange",
      "Werner",
      "Krause",
      "Köhler",
      "Weiß",
      "Jäger",
    ],
    syllables: [
      [
        "Berg",
        "Hoch",
        "Lind",
        "Stein",
        "Wald",
        "Kirch",
        "Brand",
        "Eichen",
        "Hart",
        "Linden",
        "Rosen",
        "Sonnen",
        "Feld",
        "Schön",
        "Gold",
        "Roth",
        "Grün",
        "Hohen",
        "Falken",
        "Stolz",
      ],
      ["mann", "er", "hofer", "berger", "meier", "huber", "bauer", "feld", "egger", "hagen", "ert", "inger"],
    ],
    trades: [
      "Logistik",
      "Bau",
      "Transporte",
      "Reinigung",
      "Gebäudeservice",
      "Fleischwaren",
      "Gemüsebau",
      "Hotelbetriebe",
      "Textil",
      "Spedition",
      "Personaldienste",
      "Gastronomie",
      "Landwirtschaft",
      "Pflegedienst",
      "Maschinenbau",
      "Autohaus",
    ],
    forms: ["GmbH", "GmbH", "GmbH", "AG", "GmbH & Co. KG", "KG", "UG (haftungsbeschränkt)", "e.K."],
    patterns: ["S T F", "S & S T F", "T S F", "P T F", "S F"],
    places: ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Bremen", "Nürnberg", "Rhein-Main", "Ostfriesland"],
    regId: (r) => `HRB ${digits(r, 6)}`,
    tld: "de",
  },
  FR: {
    weight: 12,
    surnames: [
      "Martin",
      "Bernard",
      "Dubois",
      "Thomas",
      "Robert",
      "Richard",
      "Petit",
      "Durand",
      "Leroy",
      "Moreau",
      "Simon",
      "Laurent",
      "Lefèvre",
      "Michel",
      "Garcia",
      "David",
      "Bertrand",
      "Roux",
      "Vincent",
      "Fournier",
      "Girard",
      "Bonnet",
      "Dupont",
      "Lambert",
      "Fontaine",
      "Rousseau",
      "Chevalier",
      "Faure",
      "Gauthier",
      "Mercier",
    ],
    syllables: [
      ["Beau", "Belle", "Mont", "Ville", "Du", "La", "Le", "Mar", "Ro", "Ber", "Char", "Font", "Gri", "Pel"],
      ["champ", "lieu", "mont", "court", "val", "ville", "bois", "rain", "tier", "chard", "nier", "ot", "eau"],
    ],
    trades: [
      "Transports",
      "Bâtiment",
      "Nettoyage",
      "Hôtellerie",
      "Restauration",
      "Textiles",
      "Agriculture",
      "Logistique",
      "Services",
      "Intérim",
      "Viandes",
      "Vignobles",
      "Construction",
      "Sécurité",
    ],
    forms: ["SARL", "SAS", "SA", "SASU", "EURL", "SNC"],
    patterns: ["T S F", "T S et Fils F", "S T F", "T de P F", "Groupe S F"],
    places: ["Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Provence", "Bretagne", "Normandie", "Alsace"],
    regId: (r) => `${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)} RCS`,
    tld: "fr",
  },
  IT: {
    weight: 10,
    surnames: [
      "Rossi",
      "Russo",
      "Ferrari",
      "Esposito",
      "Bianchi",
      "Romano",
      "Colombo",
      "Ricci",
      "Marino",
      "Greco",
      "Bruno",
      "Gallo",
      "Conti",
      "De Luca",
      "Mancini",
      "Costa",
      "Giordano",
      "Rizzo",
      "Lombardi",
      "Moretti",
      "Barbieri",
      "Fontana",
      "Santoro",
      "Mariani",
      "Rinaldi",
      "Caruso",
      "Ferrara",
      "Galli",
      "Martini",
      "Leone",
    ],
    syllables: [
      ["Bel", "Mar", "Ros", "Fer", "Bon", "Cas", "Ter", "Val", "Mon", "San", "Col", "Pa", "Ber", "Lu"],
      ["tini", "etti", "ucci", "ello", "ani", "ardi", "ozzi", "oni", "ini", "esi", "aldi", "otti"],
    ],
    trades: [
      "Costruzioni",
      "Trasporti",
      "Pulizie",
      "Alberghi",
      "Ristorazione",
      "Tessile",
      "Agricola",
      "Logistica",
      "Servizi",
      "Calzature",
      "Conserve",
      "Marmi",
      "Vini",
      "Moda",
    ],
    forms: ["S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "Soc. Coop."],
    patterns: ["S T F", "T S F", "F.lli S F", "T P F", "S & C. F"],
    places: ["Milano", "Torino", "Napoli", "Bologna", "Firenze", "Veneto", "Puglia", "Sicilia", "Toscana", "Emilia"],
    regId: (r) => `IT${digits(r, 11)}`,
    tld: "it",
  },
  ES: {
    weight: 9,
    surnames: [
      "García",
      "Rodríguez",
      "González",
      "Fernández",
      "López",
      "Martínez",
      "Sánchez",
      "Pérez",
      "Gómez",
      "Martín",
      "Jiménez",
      "Ruiz",
      "Hernández",
      "Díaz",
      "Moreno",
      "Muñoz",
      "Álvarez",
      "Romero",
      "Alonso",
      "Gutiérrez",
      "Navarro",
      "Torres",
      "Domínguez",
      "Vázquez",
      "Ramos",
      "Gil",
      "Ramírez",
      "Serrano",
      "Blanco",
      "Molina",
    ],
    syllables: [
      ["Fer", "Her", "Al", "Gal", "Cas", "Mon", "Val", "Bel", "Gar", "Ro", "Sal", "Mar", "Ca", "Or"],
      ["nández", "rero", "varez", "lego", "tillo", "tero", "dés", "trán", "cía", "mero", "azar", "ín"],
    ],
    trades: [
      "Construcciones",
      "Transportes",
      "Limpiezas",
      "Hoteles",
      "Restauración",
      "Textil",
      "Agrícola",
      "Logística",
      "Servicios",
      "Frutas",
      "Conservas",
      "Hostelería",
      "Invernaderos",
      "Cárnicas",
    ],
    forms: ["S.L.", "S.L.", "S.A.", "S.L.U.", "S. Coop."],
    patterns: ["T S F", "S T F", "T P F", "S e Hijos F", "Grupo S F"],
    places: ["Madrid", "Barcelona", "Valencia", "Sevilla", "Almería", "Murcia", "Galicia", "Andalucía", "Huelva", "Zaragoza"],
    regId: (r) => `B${digits(r, 8)}`,
    tld: "es",
  },
  NL: {
    weight: 7,
    surnames: [
      "de Jong",
      "Jansen",
      "de Vries",
      "van den Berg",
      "van Dijk",
      "Bakker",
      "Janssen",
      "Visser",
      "Smit",
      "Meijer",
      "de Boer",
      "Mulder",
      "de Groot",
      "Bos",
      "Vos",
      "Peters",
      "Hendriks",
      "van Leeuwen",
      "Dekker",
      "Brouwer",
    ],
    syllables: [
      ["van der ", "van ", "de ", "ter ", "ten ", "van den ", "Ver", "Ooster"],
      ["Berg", "Veen", "Wal", "Heuvel", "Linden", "Meer", "Broek", "Kamp", "Horst", "Beek", "Hoek", "Dam", "Laan", "Bosch", "Velde"],
    ],
    trades: [
      "Transport",
      "Bouw",
      "Schoonmaak",
      "Horeca",
      "Tuinbouw",
      "Logistiek",
      "Uitzendbureau",
      "Vleeswaren",
      "Kwekerij",
      "Distributie",
      "Installatie",
      "Beveiliging",
    ],
    forms: ["B.V.", "B.V.", "B.V.", "N.V.", "V.O.F."],
    patterns: ["S T F", "T S F", "P T F", "S & Zonen F"],
    places: ["Rotterdam", "Amsterdam", "Utrecht", "Westland", "Venlo", "Eindhoven", "Groningen", "Zeeland", "Brabant", "Twente"],
    regId: (r) => `KvK ${digits(r, 8)}`,
    tld: "nl",
  },
  PL: {
    weight: 8,
    surnames: [
      "Nowak",
      "Kowalski",
      "Wiśniewski",
      "Wójcik",
      "Kowalczyk",
      "Kamiński",
      "Lewandowski",
      "Zieliński",
      "Szymański",
      "Woźniak",
      "Dąbrowski",
      "Kozłowski",
      "Jankowski",
      "Mazur",
      "Kwiatkowski",
      "Krawczyk",
      "Piotrowski",
      "Grabowski",
      "Nowakowski",
      "Pawłowski",
    ],
    syllables: [
      ["Kowal", "Nowa", "Wiś", "Zaj", "Krup", "Sobo", "Mich", "Paw", "Grab", "Wol", "Kacz", "Bor", "Maj", "Cie"],
      ["ski", "czyk", "ak", "ewicz", "owski", "iński", "ek", "czak", "owicz", "arski", "ała"],
    ],
    trades: [
      "Budownictwo",
      "Transport",
      "Usługi",
      "Spedycja",
      "Sprzątanie",
      "Rolnictwo",
      "Drób",
      "Meble",
      "Odzież",
      "Logistyka",
      "Catering",
      "Ochrona",
    ],
    forms: ["Sp. z o.o.", "Sp. z o.o.", "S.A.", "Sp.k.", "Sp. j."],
    patterns: ["S T F", "T S F", "P T F", "S i Synowie F"],
    places: ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Śląsk", "Mazowsze", "Lublin", "Szczecin"],
    regId: (r) => `KRS ${digits(r, 10)}`,
    tld: "pl",
  },
  RO: {
    weight: 5,
    surnames: [
      "Popescu",
      "Ionescu",
      "Popa",
      "Pop",
      "Radu",
      "Dumitru",
      "Stan",
      "Stoica",
      "Gheorghe",
      "Matei",
      "Ciobanu",
      "Rusu",
      "Munteanu",
      "Constantin",
      "Marin",
      "Ștefan",
      "Lungu",
      "Moldovan",
      "Dinu",
      "Tudor",
    ],
    syllables: [
      ["Pop", "Ion", "Rad", "Stan", "Dum", "Mar", "Con", "Gheor", "Nic", "Vas", "Bă", "Olt"],
      ["escu", "eanu", "ovici", "ache", "oiu", "ariu", "ică", "ean", "uț"],
    ],
    trades: ["Construct", "Trans", "Servicii", "Agro", "Confecții", "Logistic", "Impex", "Prod", "Com", "Curățenie"],
    forms: ["SRL", "SRL", "SA", "SNC"],
    patterns: ["S T F", "T S F", "P T F"],
    places: ["București", "Cluj", "Timișoara", "Iași", "Constanța", "Brașov", "Oltenia", "Banat", "Moldova", "Dobrogea"],
    regId: (r) => `J${digits(r, 2)}/${digits(r, 4)}/20${digits(r, 2)}`,
    tld: "ro",
  },
  SE: {
    weight: 4,
    surnames: [
      "Andersson",
      "Johansson",
      "Karlsson",
      "Nilsson",
      "Eriksson",
      "Larsson",
      "Olsson",
      "Persson",
      "Svensson",
      "Gustafsson",
      "Pettersson",
      "Jonsson",
      "Jansson",
      "Hansson",
      "Bengtsson",
      "Lindström",
      "Åberg",
      "Öberg",
      "Ström",
      "Sjöberg",
    ],
    syllables: [
      ["Berg", "Lind", "Ek", "Sjö", "Ny", "Sand", "Strand", "Dahl", "Holm", "Lund", "Björk", "Ås"],
      ["ström", "berg", "gren", "qvist", "lund", "man", "din", "blad", "ell", "vall"],
    ],
    trades: ["Bygg", "Transport", "Städ", "Hotell", "Restaurang", "Skog", "Åkeri", "Logistik", "Bemanning", "Lantbruk"],
    forms: ["AB", "AB", "HB", "Ekonomisk förening"],
    patterns: ["S T F", "T S F", "P T F", "S & Söner F"],
    places: ["Stockholm", "Göteborg", "Malmö", "Norrland", "Skåne", "Uppsala", "Västerås", "Örebro", "Dalarna", "Småland"],
    regId: (r) => `${digits(r, 6)}-${digits(r, 4)}`,
    tld: "se",
  },
  AT: {
    weight: 4,
    surnames: [
      "Gruber",
      "Huber",
      "Bauer",
      "Wagner",
      "Müller",
      "Pichler",
      "Steiner",
      "Moser",
      "Mayer",
      "Hofer",
      "Leitner",
      "Berger",
      "Fuchs",
      "Eder",
      "Fischer",
      "Schmid",
      "Winkler",
      "Weber",
      "Schwarz",
      "Maier",
    ],
    syllables: [
      ["Aigner", "Hinter", "Ober", "Unter", "Bichl", "Pfeif", "Reit", "Stadl", "Wies", "Zeil", "Lack", "Gsch"],
      ["bauer", "mayr", "huber", "egger", "leitner", "hofer", "er", "wendtner", "maier", "berger"],
    ],
    trades: [
      "Bau",
      "Transporte",
      "Tourismus",
      "Hotellerie",
      "Reinigung",
      "Holz",
      "Landwirtschaft",
      "Logistik",
      "Gastro",
      "Personalleasing",
    ],
    forms: ["GmbH", "GmbH", "AG", "KG", "OG", "e.U."],
    patterns: ["S T F", "T S F", "P T F", "S & S F"],
    places: ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Tirol", "Kärnten", "Vorarlberg", "Steiermark", "Burgenland"],
    regId: (r) => `FN ${digits(r, 6)}${"abcdefghikmpstvwxyz"[Math.floor(r() * 19)]}`,
    tld: "at",
  },
  CZ: {
    weight: 3,
    surnames: [
      "Novák",
      "Svoboda",
      "Novotný",
      "Dvořák",
      "Černý",
      "Procházka",
      "Kučera",
      "Veselý",
      "Horák",
      "Němec",
      "Marek",
      "Pospíšil",
      "Hájek",
      "Jelínek",
      "Král",
      "Růžička",
      "Beneš",
      "Fiala",
      "Sedláček",
      "Doležal",
    ],
    syllables: [
      ["Nov", "Svob", "Dvoř", "Kuč", "Hor", "Proch", "Vesel", "Krej", "Marš", "Pok", "Sva", "Hol"],
      ["ák", "ek", "ný", "ka", "íček", "ánek", "ový", "ec", "ík"],
    ],
    trades: ["Stavby", "Doprava", "Služby", "Úklid", "Zemědělství", "Logistika", "Textil", "Hotely", "Strojírny", "Potraviny"],
    forms: ["s.r.o.", "s.r.o.", "a.s.", "v.o.s."],
    patterns: ["S T F", "T S F", "P T F"],
    places: ["Praha", "Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "Morava", "Čechy", "Zlín", "Pardubice"],
    regId: (r) => `IČO ${digits(r, 8)}`,
    tld: "cz",
  },
  GR: {
    weight: 2,
    surnames: [
      "Papadopoulos",
      "Georgiou",
      "Dimitriou",
      "Nikolaou",
      "Konstantinou",
      "Ioannou",
      "Vasileiou",
      "Christodoulou",
      "Antoniou",
      "Pappas",
      "Παπαδόπουλος",
      "Γεωργίου",
      "Νικολάου",
      "Οικονόμου",
      "Μακρής",
    ],
    syllables: [
      ["Papa", "Geor", "Kon", "Nik", "Dim", "Ant", "Chris", "Vas", "Ioan", "Stav", "Kar"],
      ["dopoulos", "giou", "stantinou", "olaou", "itriou", "oniou", "takis", "idis", "akos", "elis"],
    ],
    trades: [
      "Ktiriaki",
      "Metafores",
      "Touristiki",
      "Xenodocheia",
      "Agrotiki",
      "Logistics",
      "Trofima",
      "Ναυτιλιακή",
      "Κατασκευές",
      "Μεταφορές",
    ],
    forms: ["A.E.", "E.P.E.", "I.K.E.", "O.E."],
    patterns: ["S T F", "T S F", "T P F"],
    places: ["Athina", "Thessaloniki", "Patra", "Kriti", "Rodos", "Αθήνα", "Πειραιάς", "Λάρισα", "Ηράκλειο", "Βόλος"],
    regId: (r) => `GEMI ${digits(r, 12)}`,
    tld: "gr",
  },
  BG: {
    weight: 2,
    surnames: [
      "Ivanov",
      "Georgiev",
      "Dimitrov",
      "Petrov",
      "Nikolov",
      "Иванов",
      "Георгиев",
      "Димитров",
      "Петров",
      "Стоянов",
      "Тодоров",
      "Илиев",
      "Христов",
      "Ангелов",
      "Колев",
    ],
    syllables: [
      ["Iv", "Petr", "Stoy", "Tod", "Dim", "Ang", "Kol", "Hris", "Nik", "Georg", "Бор", "Зах"],
      ["anov", "ov", "ev", "ova", "chev", "ski", "iev", "ов", "ев"],
    ],
    trades: ["Строй", "Транс", "Агро", "Логистик", "Текстил", "Хотели", "Stroy", "Trans", "Agro", "Tekstil"],
    forms: ["ЕООД", "ООД", "АД", "EOOD", "OOD"],
    patterns: ["S T F", "T S F", "T P F"],
    places: ["София", "Пловдив", "Варна", "Бургас", "Русе", "Sofia", "Plovdiv", "Varna", "Burgas", "Ruse"],
    regId: (r) => `${digits(r, 9)}`,
    tld: "bg",
  },
  GB: {
    weight: 6,
    surnames: [
      "Smith",
      "Jones",
      "Taylor",
      "Brown",
      "Williams",
      "Wilson",
      "Johnson",
      "Davies",
      "Robinson",
      "Wright",
      "Thompson",
      "Evans",
      "Walker",
      "White",
      "Roberts",
      "Green",
      "Hall",
      "Wood",
      "Jackson",
      "Clarke",
    ],
    syllables: [
      ["Ash", "Black", "Brad", "Craw", "Fair", "Hart", "Mid", "North", "Rad", "Wood", "Well", "Whit"],
      ["ford", "ley", "ton", "field", "worth", "wood", "by", "bury", "combe", "ham", "more", "dale"],
    ],
    trades: [
      "Logistics",
      "Construction",
      "Cleaning Services",
      "Hospitality",
      "Foods",
      "Recruitment",
      "Haulage",
      "Farms",
      "Care Services",
      "Car Wash",
      "Nail Bar",
      "Security",
    ],
    forms: ["Ltd", "Ltd", "Limited", "PLC", "LLP"],
    patterns: ["S T F", "S & S T F", "P T F", "S and Sons F"],
    places: ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Yorkshire", "Kent", "Midlands", "Norfolk"],
    regId: (r) => `${digits(r, 8)}`,
    tld: "co.uk",
  },
};

const BRAND = [
  [
    "Nova",
    "Euro",
    "Agri",
    "Tex",
    "Logi",
    "Mega",
    "Inter",
    "Trans",
    "Bio",
    "Eco",
    "Pro",
    "Vita",
    "Sol",
    "Terra",
    "Flex",
    "Prima",
    "Alpha",
    "Omni",
    "Uni",
    "Vero",
    "Atlas",
    "Nord",
    "Sud",
    "Medi",
  ],
  [
    "tec",
    "net",
    "max",
    "lux",
    "con",
    "tra",
    "med",
    "star",
    "line",
    "port",
    "gen",
    "form",
    "sys",
    "wave",
    "point",
    "field",
    "mark",
    "vis",
    "land",
    "trade",
  ],
];

const COUNTRY_CODES = Object.keys(COUNTRIES);
const COUNTRY_WEIGHTS = COUNTRY_CODES.map((c) => COUNTRIES[c].weight);
const WEIGHT_SUM = COUNTRY_WEIGHTS.reduce((a, b) => a + b, 0);

function pickCountry(rnd: () => number): string {
  let x = rnd() * WEIGHT_SUM;
  for (let i = 0; i < COUNTRY_CODES.length; i++) {
    x -= COUNTRY_WEIGHTS[i];
    if (x < 0) return COUNTRY_CODES[i];
  }
  return COUNTRY_CODES[0];
}

/** Sectors where trafficking risk concentrates, weighted up, then every other division. */
const HOT_DIVISIONS = ["01", "10", "13", "14", "41", "43", "49", "52", "55", "56", "78", "81", "96", "97"];
const ALL_DIVISIONS = Object.keys(NACE_DIVISIONS);

const DESCRIPTION_WORDS = {
  what: [
    "vineyard work",
    "slaughterhouse services",
    "nail salons",
    "beauty services",
    "domestic work placement",
    "cocoa trading",
    "mining supplies",
    "fishing vessels",
    "call centres",
    "festival catering",
    "data labelling",
    "parcel delivery",
    "security guarding",
    "laundry services",
    "greenhouse farming",
    "warehousing",
    "freight forwarding",
    "seasonal harvesting",
    "meat processing",
    "garment manufacturing",
    "commercial cleaning",
    "hotel operations",
    "catering",
    "road haulage",
    "construction subcontracting",
    "temporary staffing",
    "car washing",
    "textile dyeing",
    "fruit packing",
    "shipbuilding",
    "waste sorting",
    "home care",
    "fishing",
    "furniture assembly",
    "electronics assembly",
  ],
  how: [
    "with a seasonal workforce",
    "through subcontractors",
    "with agency workers",
    "across several sites",
    "for major retailers",
    "for international brands",
    "with its own fleet",
    "under long-term contracts",
    "with migrant workers",
    "in rural areas",
  ],
  extra: [
    "Certified under ISO 9001.",
    "Publishes a modern slavery statement.",
    "Member of the regional chamber of commerce.",
    "Recently expanded its operations.",
    "Family owned since 1978.",
    "Part of an international group.",
    "Supplier audit planned for next year.",
    "Signed the sector's fair recruitment pledge.",
    "No public CSR policy found.",
    "Works with recruitment agencies abroad.",
  ],
};

export const TAGS = [
  "logistics",
  "hospitality",
  "agriculture",
  "construction",
  "textiles",
  "food",
  "cleaning",
  "recruitment",
  "prospect",
  "partner",
  "csr-active",
  "high-risk",
  "audit-due",
  "supply-chain",
  "donor",
  "training",
  "hotline",
  "survivor-jobs",
];

export interface SeedCompany {
  name: string;
  legalForm: string;
  country: string;
  registrationId: string;
  website: string | null;
  naceCode: string;
  naceLabel: string | null;
  sizeClass: "local" | "sme" | "large" | null;
  description: string | null;
  tags: string[];
  searchName: string;
  createdAt: Date;
  updatedAt: Date;
  owned: boolean;
}

const SLUG = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** One realistic company. */
export function makeCompany(rnd: () => number, now: number): SeedCompany {
  const country = pickCountry(rnd);
  const style = COUNTRIES[country];
  const form = pick(rnd, style.forms);
  // One name in five is a brand ("Novatec Logistik GmbH"); surnames are half common, half long tail.
  const pattern = rnd() < 0.2 ? pick(rnd, ["B T F", "B F", "B P F"]) : pick(rnd, style.patterns);
  const surname = () => {
    if (rnd() < 0.5) return pick(rnd, style.surnames);
    const [head, tail] = [pick(rnd, style.syllables[0]), pick(rnd, style.syllables[1])];
    return head + (head.endsWith(" ") ? tail : tail.toLowerCase());
  };
  const brand = () => pick(rnd, BRAND[0]) + pick(rnd, BRAND[1]);
  const name = pattern
    .split(" ")
    .map(
      (tok) =>
        (
          ({ S: surname, T: () => pick(rnd, style.trades), F: () => form, P: () => pick(rnd, style.places), B: brand }) as Record<
            string,
            () => string
          >
        )[tok]?.() ?? tok,
    )
    .join(" ");
  const division = rnd() < 0.6 ? pick(rnd, HOT_DIVISIONS) : pick(rnd, ALL_DIVISIONS);
  const depth = rnd();
  const naceCode =
    depth < 0.2
      ? division
      : depth < 0.5
        ? `${division}.${1 + Math.floor(rnd() * 9)}`
        : `${division}.${1 + Math.floor(rnd() * 9)}${1 + Math.floor(rnd() * 9)}`;
  const s = rnd();
  const sizeClass = s < 0.45 ? "sme" : s < 0.8 ? "local" : s < 0.95 ? "large" : null;
  const tagCount = Math.floor(rnd() * 4);
  const tags = [...new Set(Array.from({ length: tagCount }, () => pick(rnd, TAGS)))];
  const description =
    rnd() < 0.85
      ? `${pick(rnd, ["Company active in", "Specialised in", "Provides", "Family business offering", "Regional leader in"])} ${pick(rnd, DESCRIPTION_WORDS.what)} ${pick(rnd, DESCRIPTION_WORDS.how)}. ${pick(rnd, DESCRIPTION_WORDS.extra)}`
      : null;
  const createdAt = new Date(now - Math.floor(rnd() * 3 * 365 * 86400_000));
  const updatedAt = new Date(createdAt.getTime() + Math.floor(rnd() * (now - createdAt.getTime())));
  const website = rnd() < 0.7 ? `https://www.${SLUG(name).slice(0, 40)}.${style.tld}` : null;
  return {
    name,
    legalForm: form,
    country,
    registrationId: style.regId(rnd),
    website,
    naceCode,
    naceLabel: naceLabel(naceCode),
    sizeClass,
    description,
    tags,
    searchName: searchKey([name]),
    createdAt,
    updatedAt,
    owned: rnd() < 0.3,
  };
}

const COLUMNS = [
  ["organization_id", "text"],
  ["name", "text"],
  ["legal_form", "text"],
  ["country", "text"],
  ["registration_id", "text"],
  ["website", "text"],
  ["nace_code", "text"],
  ["nace_label", "text"],
  ["size_class", "text"],
  ["description", "text"],
  ["tags", "text"],
  ["search_name", "text"],
  ["owner_id", "text"],
  ["created_by", "text"],
  ["updated_by", "text"],
  ["created_at", "timestamptz"],
  ["updated_at", "timestamptz"],
] as const;

// Tags travel as one tab-joined string per row (unnest() of a 2-D array would flatten it).
const INSERT_SQL = `INSERT INTO company (${COLUMNS.map(([c]) => c).join(", ")})
SELECT ${COLUMNS.map(([c]) => (c === "tags" ? `coalesce(string_to_array(nullif(t.tags, ''), E'\\t'), '{}')` : `t.${c}`)).join(", ")}
FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")}) AS t(${COLUMNS.map(([c]) => c).join(", ")})`;

/**
 * Inserts `count` generated companies into an organisation in batches; `userId` is the creator
 * and, for ~30 % of rows, the relationship owner. Returns the generated rows (for picking queries).
 */
export async function seedCompanies(
  database: Database,
  opts: { orgId: string; userId: string; count: number; seed: number; batch?: number; onProgress?: (done: number) => void },
): Promise<SeedCompany[]> {
  const rnd = prng(opts.seed);
  const now = Date.UTC(2026, 0, 15);
  const batch = opts.batch ?? 5000;
  const all: SeedCompany[] = [];
  for (let done = 0; done < opts.count; done += batch) {
    const rows = Array.from({ length: Math.min(batch, opts.count - done) }, () => makeCompany(rnd, now));
    all.push(...rows);
    const cols: unknown[][] = COLUMNS.map(() => []);
    for (const r of rows) {
      const values = [
        opts.orgId,
        r.name,
        r.legalForm,
        r.country,
        r.registrationId,
        r.website,
        r.naceCode,
        r.naceLabel,
        r.sizeClass,
        r.description,
        r.tags.join("\t"),
        r.searchName,
        r.owned ? opts.userId : null,
        opts.userId,
        opts.userId,
        r.createdAt.toISOString(),
        r.updatedAt.toISOString(),
      ];
      for (const [i, v] of values.entries()) cols[i].push(v);
    }
    await database.query(INSERT_SQL, cols);
    opts.onProgress?.(done + rows.length);
  }
  return all;
}
