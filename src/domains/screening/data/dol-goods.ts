// A representative subset of the US Department of Labor's "List of Goods Produced by Child Labor or Forced
// Labor" (TVPRA list; a US Government work in the public domain). Rows are (good, producing country, child
// labour, forced labour) as the List states them. This is a subset, not the List: the 2024 edition has 204
// goods from 82 countries and areas. Check a row against the current edition before citing it outside the app.
//
// The `sectors` of each good are OUR mapping (not DOL's) of where the good enters a company's business, as
// NACE Rev. 2 codes or prefixes: a company in one of those sectors may source the good.

export const DOL_GOODS_PROVENANCE = {
  title: "List of Goods Produced by Child Labor or Forced Labor",
  publisher: "US Department of Labor, Bureau of International Labor Affairs (ILAB)",
  url: "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods",
  licence: "Public domain (work of the US Government)",
  editions: "Rows transcribed from the 2022 and 2024 editions (the 2024 edition is dated 5 September 2024)",
  note: "Representative subset for screening signals; the good-to-sector mapping is Partnerwise's own.",
} as const;

export interface DolGood {
  key: string;
  good: string;
  /** NACE codes or prefixes of businesses that may source this good (our mapping). */
  sectors: string[];
  /** Producing countries: ISO 3166-1 alpha-2 → [child labour, forced labour]. */
  countries: Record<string, [boolean, boolean]>;
}

const CL: [boolean, boolean] = [true, false];
const FL: [boolean, boolean] = [false, true];
const BOTH: [boolean, boolean] = [true, true];

export const DOL_GOODS: DolGood[] = [
  {
    key: "cocoa",
    good: "Cocoa",
    sectors: ["01.27", "10.82", "46.36", "47.24"],
    countries: { CI: BOTH, NG: BOTH, GH: CL, CM: CL, GN: CL, SL: CL },
  },
  {
    key: "cotton",
    good: "Cotton",
    sectors: ["01.16", "13", "14", "46.41", "46.42", "47.51", "47.71"],
    countries: { CN: BOTH, IN: BOTH, PK: BOTH, TM: BOTH, TJ: BOTH, BF: BOTH, BJ: BOTH, TR: CL },
  },
  {
    key: "garments",
    good: "Garments",
    sectors: ["14", "46.42", "47.71"],
    countries: { BD: CL, IN: BOTH, AR: BOTH, BR: FL, VN: BOTH, MY: FL },
  },
  { key: "textiles", good: "Textiles, thread and yarn", sectors: ["13", "14", "47.51"], countries: { CN: FL } },
  {
    key: "coffee",
    good: "Coffee",
    sectors: ["01.27", "10.83", "46.37", "47.29", "56"],
    countries: { CO: CL, GT: CL, HN: CL, KE: CL, MX: CL, VN: CL, UG: CL, TZ: CL },
  },
  { key: "tea", good: "Tea", sectors: ["01.27", "10.83", "46.37"], countries: { KE: CL, UG: CL, AR: CL } },
  {
    key: "sugarcane",
    good: "Sugarcane",
    sectors: ["01.14", "10.81", "10.82", "11", "46.36"],
    countries: { BO: BOTH, MM: BOTH, BR: CL, KH: CL, DO: CL, GT: CL, MX: CL, PH: CL, PY: CL },
  },
  {
    key: "tobacco",
    good: "Tobacco",
    sectors: ["01.15", "12", "46.35", "47.26"],
    countries: { MW: BOTH, KZ: BOTH, BR: CL, ID: CL, MX: CL, PH: CL, AR: CL },
  },
  {
    key: "palm_oil",
    good: "Palm fruit and palm oil",
    sectors: ["01.26", "10.4", "10.8", "20.41", "20.42"],
    countries: { ID: BOTH, MY: BOTH },
  },
  { key: "rubber", good: "Rubber", sectors: ["01.29", "22.1", "22.19"], countries: { MM: BOTH } },
  { key: "cattle", good: "Cattle", sectors: ["01.42", "10.1", "15.1", "46.32"], countries: { BR: FL, PY: BOTH } },
  { key: "rice", good: "Rice", sectors: ["01.12", "10.61", "46.3"], countries: { MM: BOTH, IN: FL } },
  { key: "shrimp", good: "Shrimp", sectors: ["03", "10.2", "46.38", "47.23"], countries: { TH: BOTH, MM: BOTH, BD: CL, KH: CL } },
  { key: "fish", good: "Fish", sectors: ["03", "10.2", "46.38", "47.23", "56"], countries: { TH: FL, ID: FL, GH: BOTH, TW: FL, CN: FL } },
  { key: "hazelnuts", good: "Hazelnuts", sectors: ["01.25", "10.39", "10.82"], countries: { TR: CL } },
  { key: "vanilla", good: "Vanilla", sectors: ["01.28", "10.84", "10.82"], countries: { MG: CL } },
  { key: "tomato_products", good: "Tomato products", sectors: ["01.13", "10.3", "10.84"], countries: { CN: FL } },
  { key: "bricks", good: "Bricks", sectors: ["23.32", "41", "42", "43", "46.73"], countries: { IN: BOTH, PK: BOTH, NP: BOTH, AF: BOTH } },
  { key: "carpets", good: "Carpets", sectors: ["13.93", "47.53"], countries: { IN: BOTH, NP: BOTH, PK: BOTH } },
  { key: "electronics", good: "Electronics", sectors: ["26", "27", "46.5", "47.4"], countries: { CN: FL, MY: FL } },
  { key: "gloves", good: "Gloves (rubber)", sectors: ["22.19", "32.5", "46.46", "86"], countries: { MY: FL, CN: FL } },
  { key: "polysilicon", good: "Polysilicon (solar panels)", sectors: ["20.13", "26.11", "27.9", "35.11", "43.21"], countries: { CN: FL } },
  { key: "hair_products", good: "Hair products", sectors: ["32.99", "46.45", "96.02"], countries: { CN: FL } },
  { key: "fireworks", good: "Fireworks", sectors: ["20.51", "93.29"], countries: { CN: CL, IN: CL } },
  {
    key: "gold",
    good: "Gold",
    sectors: ["07.29", "24.41", "32.12", "46.72", "47.77"],
    countries: { BF: CL, GH: CL, PE: BOTH, CO: CL, ML: CL, CD: BOTH, TZ: CL },
  },
  { key: "cobalt", good: "Cobalt ore (heterogenite)", sectors: ["07.29", "24.45", "26", "27.2", "29"], countries: { CD: CL } },
  { key: "coltan", good: "Coltan (tantalum ore)", sectors: ["07.29", "24.45", "26"], countries: { CD: BOTH } },
  { key: "cassiterite", good: "Cassiterite (tin ore)", sectors: ["07.29", "24.43", "26"], countries: { CD: BOTH } },
  { key: "mica", good: "Mica", sectors: ["08.99", "20.3", "20.42", "26", "29"], countries: { IN: CL, MG: CL } },
  { key: "timber", good: "Timber", sectors: ["02", "16", "31", "46.73"], countries: { BR: FL, PE: FL } },
];
