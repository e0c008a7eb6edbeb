import type { SizeClass } from "./demo.countries.js";

// The fictional cast of the demo: one network, two member NGOs, their people, and the companies
// that tell the stories from the domain brief (the mobile operator funding the hotline, the bakery
// offering training places, the hotel partner lost when its contact left, the risky temp agency).
// Any likeness to real organisations or people is unintended.

export const DEMO_PASSWORD = "partnerwise-demo";

export type DemoRole = "owner" | "admin" | "member" | "viewer";

export interface DemoUser {
  email: string;
  name: string;
  role: DemoRole;
  /** Share of the register this person owns the relationship for (0 = never the owner). */
  ownsShare: number;
}

export interface DemoNgo {
  key: "ngo1" | "ngo2";
  name: string;
  slug: string;
  profile: { country: string; languages: string[]; size: string; scope: string; mission: string };
  users: DemoUser[];
  register: { companies: number; contactShare: number; orphans: number; moves: number; countries: Array<[string, number]> };
  heroes: Hero[];
}

export interface Hero {
  core: string;
  legalForm: string;
  country: string;
  city: string;
  sector: string;
  nace: string;
  size: SizeClass;
  description: string;
  tags: string[];
  otherNames?: string[];
  /** The contact person(s) left and nobody replaced them: the turnover warning. */
  orphan?: boolean;
}

export const DEMO_NETWORK = {
  name: "European NGO Alliance against Trafficking (demo)",
  description:
    "A fictional network of anti-trafficking NGOs from across Europe that shares screening criteria, good practice in business engagement and a yearly self-assessment.",
};

export const NGO_1: DemoNgo = {
  key: "ngo1",
  name: "Brückenhaus e.V.",
  slug: "brueckenhaus-demo",
  profile: {
    country: "DE",
    languages: ["de", "en", "pl", "ro", "bg"],
    size: "21-50",
    scope: "national",
    mission:
      "Brückenhaus runs a specialised counselling centre, a 24-hour hotline and a protected shelter for women and men affected by trafficking and labour exploitation in Germany, and works with businesses to prevent exploitation in their operations and supply chains.",
  },
  users: [
    { email: "demo@partnerwise.org", name: "Katrin Vogel", role: "owner", ownsShare: 35 },
    { email: "demo-admin@partnerwise.org", name: "Jonas Becker", role: "admin", ownsShare: 30 },
    { email: "demo-member@partnerwise.org", name: "Ayşe Demir", role: "member", ownsShare: 25 },
    { email: "demo-viewer@partnerwise.org", name: "Lena Hoffmann", role: "viewer", ownsShare: 0 },
  ],
  register: {
    companies: 200,
    contactShare: 0.75,
    orphans: 6,
    moves: 5,
    countries: [
      ["DE", 80],
      ["AT", 14],
      ["CH", 10],
      ["NL", 10],
      ["PL", 14],
      ["FR", 12],
      ["IT", 10],
      ["ES", 8],
      ["BE", 6],
      ["CZ", 8],
      ["RO", 8],
      ["SE", 4],
      ["NO", 3],
      ["DK", 3],
      ["FI", 3],
      ["IE", 4],
      ["GB", 6],
    ],
  },
  heroes: [
    {
      core: "Müller Gebäudereinigung",
      legalForm: "GmbH",
      country: "DE",
      city: "Berlin",
      sector: "cleaning",
      nace: "81.21",
      size: "sme",
      tags: ["prospect", "supply-chain risk"],
      otherNames: ["Müller Facility Services"],
      description: "Commercial cleaning contractor for offices and hotels in Berlin and Brandenburg, working with many subcontractors.",
    },
    {
      core: "TeleNova Mobilfunk",
      legalForm: "AG",
      country: "DE",
      city: "Düsseldorf",
      sector: "telecoms",
      nace: "61.20",
      size: "large",
      tags: ["partner", "donor", "hotline partner", "in-kind"],
      otherNames: ["TeleNova"],
      description:
        "Mobile operator that funds the counselling hotline, runs an SMS donation line and redirected its staff gift budget to the shelter.",
    },
    {
      core: "Société Hôtelière du Lac",
      legalForm: "SAS",
      country: "FR",
      city: "Annecy",
      sector: "hospitality",
      nace: "55.10",
      size: "large",
      tags: ["prospect", "code of conduct"],
      description: "Lakeside hotel group with eleven hotels in the Alps, considering the tourism child-protection code.",
    },
    {
      core: "Łódzkie Centrum Logistyczne",
      legalForm: "Sp. z o.o.",
      country: "PL",
      city: "Łódź",
      sector: "logistics",
      nace: "52.10",
      size: "sme",
      tags: ["prospect", "supply-chain risk"],
      description: "Warehouse operator in Łódź serving German online retailers; its staff is recruited through agencies.",
    },
    {
      core: "Großbäckerei Schönfeld",
      legalForm: "GmbH",
      country: "DE",
      city: "Leipzig",
      sector: "food",
      nace: "10.71",
      size: "sme",
      tags: ["partner", "donor", "in-kind", "reintegration jobs"],
      description: "Industrial bakery that delivers bread to the shelter every week and offers protected training places.",
    },
    {
      core: "Rheinblick Hotels",
      legalForm: "GmbH & Co. KG",
      country: "DE",
      city: "Köln",
      sector: "hospitality",
      nace: "55.10",
      size: "sme",
      tags: ["former partner", "staff training"],
      orphan: true,
      description:
        "Hotel group whose front-desk staff we trained on trafficking indicators; the partnership lapsed after the CSR manager left.",
    },
    {
      core: "Klinik St. Brigitta",
      legalForm: "gGmbH",
      country: "DE",
      city: "Hamburg",
      sector: "healthcare",
      nace: "86.10",
      size: "sme",
      tags: ["partner", "in-kind"],
      description: "Hospital giving free medical and gynaecological care to survivors referred by the shelter.",
    },
    {
      core: "Özdemir & Partner Zeitarbeit",
      legalForm: "GmbH",
      country: "DE",
      city: "Hannover",
      sector: "temp-work",
      nace: "78.20",
      size: "sme",
      tags: ["supply-chain risk"],
      description: "Temp-work agency placing workers in meat processing and parcel logistics; under review after press reports.",
    },
    {
      core: "Nordlicht Medien",
      legalForm: "GmbH",
      country: "DE",
      city: "Hamburg",
      sector: "media",
      nace: "73.11",
      size: "sme",
      tags: ["partner", "in-kind", "awareness campaign", "pro bono"],
      description: "Advertising agency that designed our awareness campaign pro bono and donated outdoor poster space.",
    },
    {
      core: "Bergmann Bau",
      legalForm: "AG",
      country: "DE",
      city: "München",
      sector: "construction",
      nace: "41.20",
      size: "large",
      tags: ["prospect", "supply-chain risk"],
      description: "Construction group with posted workers from six countries on its sites.",
    },
    {
      core: "Gemüsehof Kühne",
      legalForm: "GbR",
      country: "DE",
      city: "Dresden",
      sector: "agriculture",
      nace: "01.13",
      size: "local",
      tags: ["supply-chain risk"],
      description: "Asparagus and vegetable farm employing about eighty seasonal harvest workers each spring.",
    },
    {
      core: "Česká Textilní Dílna",
      legalForm: "s.r.o.",
      country: "CZ",
      city: "Brno",
      sector: "textiles",
      nace: "14.13",
      size: "sme",
      tags: ["prospect", "supply-chain risk"],
      description: "Garment workshop producing workwear for German retailers.",
    },
    {
      core: "Banca Solidale del Nord",
      legalForm: "S.p.A.",
      country: "IT",
      city: "Milano",
      sector: "banking",
      nace: "64.19",
      size: "large",
      tags: ["donor"],
      description: "Bank whose foundation funds projects against labour exploitation.",
    },
    {
      core: "Hôtel Beau-Séjour Genève",
      legalForm: "SA",
      country: "CH",
      city: "Genève",
      sector: "hospitality",
      nace: "55.10",
      size: "sme",
      tags: ["prospect"],
      description: "Business hotel near the international organisations' district.",
    },
    {
      core: "Cloudwerk IT",
      legalForm: "GmbH",
      country: "DE",
      city: "Berlin",
      sector: "it",
      nace: "62.02",
      size: "local",
      tags: ["partner", "in-kind"],
      description: "Hosts our website and the hotline's call system free of charge.",
    },
  ],
};

export const NGO_2: DemoNgo = {
  key: "ngo2",
  name: "Fundacja Wspólny Horyzont",
  slug: "wspolny-horyzont-demo",
  profile: {
    country: "PL",
    languages: ["pl", "en", "uk", "ro"],
    size: "6-20",
    scope: "international",
    mission:
      "Wspólny Horyzont prevents trafficking for labour exploitation among young people in Poland and Romania through school programmes and safe-recruitment advice, and helps returning survivors back into work with training and employer partnerships.",
  },
  users: [{ email: "demo-pl@partnerwise.org", name: "Agnieszka Wróbel", role: "owner", ownsShare: 90 }],
  register: {
    companies: 40,
    contactShare: 0.75,
    orphans: 2,
    moves: 1,
    countries: [
      ["PL", 22],
      ["RO", 7],
      ["DE", 5],
      ["CZ", 3],
      ["GB", 2],
      ["NL", 1],
    ],
  },
  heroes: [
    {
      core: "Piekarnia Złoty Kłos",
      legalForm: "Sp. z o.o.",
      country: "PL",
      city: "Kraków",
      sector: "food",
      nace: "10.71",
      size: "sme",
      tags: ["partner", "reintegration jobs"],
      description: "Bakery offering apprenticeships to young women returning from exploitation abroad.",
    },
    {
      core: "Agencja Pracy Horyzont",
      legalForm: "Sp. z o.o.",
      country: "PL",
      city: "Katowice",
      sector: "temp-work",
      nace: "78.10",
      size: "sme",
      tags: ["supply-chain risk"],
      description: "Recruits workers for farms and factories in Germany and the Netherlands; we check its job advertisements.",
    },
    {
      core: "Wiśniewski Transport",
      legalForm: "Sp. z o.o.",
      country: "PL",
      city: "Poznań",
      sector: "logistics",
      nace: "49.41",
      size: "sme",
      tags: ["prospect"],
      description: "Trucking company whose drivers could spot and report trafficking on routes to the west.",
    },
    {
      core: "Bank Jantar",
      legalForm: "S.A.",
      country: "PL",
      city: "Warszawa",
      sector: "banking",
      nace: "64.19",
      size: "large",
      tags: ["donor"],
      description: "Funds our school prevention programme.",
    },
    {
      core: "Hoteluri Carpați Brașov",
      legalForm: "S.A.",
      country: "RO",
      city: "Brașov",
      sector: "hospitality",
      nace: "55.10",
      size: "large",
      tags: ["prospect", "code of conduct"],
      description: "Mountain resort hotels recruiting seasonal staff from Moldova and Ukraine.",
    },
  ],
};

export const DEMO_NGOS = [NGO_1, NGO_2];
export const DEMO_EMAILS = DEMO_NGOS.flatMap((n) => n.users.map((u) => u.email));
