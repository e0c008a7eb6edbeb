import type { Lang, SizeClass } from "./demo.countries.js";

// The sectors an anti-trafficking NGO deals with: where labour exploitation risk sits (cleaning,
// construction, agriculture, food processing, logistics, textiles, temp work, hospitality) and where
// donors and in-kind partners come from (telecoms, banks, IT, media, retail, healthcare, travel).
//
// Company-name templates: {b} a brand word, {s} a surname, {c} a city; "|" separates alternatives.
// Descriptions: {adj} a size adjective, {city}, {country}, {n} a count that grows with size.

export interface Sector {
  key: string;
  /** Relative share in a register. */
  weight: number;
  nace: string[];
  sizes?: SizeClass[];
  names: Partial<Record<Lang, string>> & { en: string };
  descriptions: string[];
  /** Sector-typical tags and the chance each is set. */
  tags: Array<[string, number]>;
  roles: string[];
}

export const SECTORS: Sector[] = [
  {
    key: "hospitality",
    weight: 24,
    nace: ["55.10", "55.10", "55.20", "56.10", "56.29"],
    names: {
      de: "Hotel {b}|{b} Hotels|Hotel {s}|Gasthof {s}|Hotel {b} {c}|Hotelgruppe {b}|{s} Catering",
      fr: "Hôtel {b}|Hôtellerie {b}|Société Hôtelière {b}|Résidences {b}|Restaurant {s}",
      it: "Hotel {b}|Albergo {b}|Gruppo Alberghiero {b}|Ristorazione {b}|Hotel {s}",
      es: "Hotel {b}|Hoteles {b}|Hostal {b}|Restauración {s}|Grupo Hotelero {b}",
      pl: "Hotel {b}|Hotele {b}|Gastronomia {b}|Pensjonat {b}",
      nl: "Hotel {b}|{b} Hotels|Horeca {b}|Hotelgroep {b}",
      sv: "Hotell {b}|{b} Hotell|{b} Restaurang",
      cs: "Hotel {b}|Hotely {b}|Penzion {b}",
      ro: "Hotel {b}|Hoteluri {b}|Complex Turistic {b}|Pensiunea {b}",
      en: "{b} Hotels|The {b} Hotel|{b} Hospitality|{s} Catering|{c} Hotel Group",
    },
    descriptions: [
      "{adj} hotel operator with {n} hotels, headquartered in {city}.",
      "{adj} hotel and restaurant business in {city}; relies on seasonal kitchen and housekeeping staff.",
      "Runs conference and leisure hotels across {country}, with outsourced housekeeping.",
    ],
    tags: [
      ["code of conduct", 0.2],
      ["staff training", 0.15],
      ["reintegration jobs", 0.1],
    ],
    roles: ["General Manager", "Head of Housekeeping", "Director of Human Resources"],
  },
  {
    key: "cleaning",
    weight: 20,
    nace: ["81.21", "81.21", "81.22", "81.10"],
    names: {
      de: "{s} Gebäudereinigung|{b} Gebäudedienste|{b} Facility Services|Reinigungsservice {s}|{c} Gebäudeservice",
      fr: "{b} Nettoyage|Propreté {b}|Services {s} Propreté|{b} Multiservices",
      it: "{b} Pulizie|Servizi di Pulizia {b}|{b} Facility|Multiservizi {s}",
      es: "Limpiezas {b}|Limpiezas {s}|{b} Servicios Integrales",
      pl: "{b} Serwis Sprzątający|Usługi Porządkowe {b}|{b} Facility",
      nl: "Schoonmaakbedrijf {s}|{b} Schoonmaak|{b} Facilitair",
      sv: "{b} Städ|Städservice {b}|{s} Lokalvård",
      cs: "Úklidové služby {b}|{b} Facility|{b} Úklid",
      ro: "{b} Curățenie|Servicii Curățenie {b}|{b} Facility Services",
      en: "{b} Cleaning Services|{b} Facilities|{s} Cleaning|{c} Facility Management",
    },
    descriptions: [
      "{adj} commercial cleaning contractor for offices, hotels and hospitals in {city}.",
      "Facility services provider in {country}: cleaning, security and catering, much of it subcontracted.",
      "Building cleaning and maintenance company serving public clients around {city}.",
    ],
    tags: [
      ["supply-chain risk", 0.45],
      ["reintegration jobs", 0.1],
    ],
    roles: ["Operations Director", "Key Account Manager"],
  },
  {
    key: "construction",
    weight: 18,
    nace: ["41.20", "41.20", "42.11", "43.31", "43.99"],
    names: {
      de: "{s} Bau|{b} Bauunternehmung|{s} Hoch- und Tiefbau|Bauunternehmen {s}|{b} Ausbau",
      fr: "{b} Construction|Bâtiments {b}|Entreprise {s} BTP|{b} Travaux Publics",
      it: "{b} Costruzioni|Edilizia {s}|Impresa Edile {b}|{s} Costruzioni",
      es: "Construcciones {s}|{b} Obras y Servicios|Construcciones {b}",
      pl: "{b} Budownictwo|Przedsiębiorstwo Budowlane {b}|{s} Budowa",
      nl: "Bouwbedrijf {s}|{b} Bouw|{b} Infra",
      sv: "{b} Bygg|{s} Bygg|{b} Entreprenad",
      cs: "{b} Stavby|Stavební firma {s}|{b} Stavitelství",
      ro: "{b} Construct|Construcții {b}|{s} Construct",
      en: "{s} Construction|{b} Builders|{b} Civil Engineering",
    },
    descriptions: [
      "{adj} building contractor working on residential projects in and around {city}.",
      "Civil engineering firm in {country} that depends on long subcontracting chains.",
      "Finishing and renovation works; hires posted workers for larger sites.",
    ],
    tags: [["supply-chain risk", 0.5]],
    roles: ["Site Manager", "Head of Procurement", "Health & Safety Manager"],
  },
  {
    key: "agriculture",
    weight: 12,
    nace: ["01.13", "01.13", "01.24", "01.41", "01.50"],
    sizes: ["local", "local", "sme", "sme", "large"],
    names: {
      de: "Gemüsehof {s}|Obstbau {s}|{b} Agrar|Spargelhof {s}|{s} Landwirtschaft",
      fr: "Les Vergers {b}|Ferme {s}|{b} Maraîchage|Domaine {b}",
      it: "Azienda Agricola {s}|{b} Agricola|Ortofrutta {b}",
      es: "Agrícola {b}|Explotaciones {s}|Frutas {s}|Invernaderos {b}",
      pl: "Gospodarstwo Sadownicze {s}|{b} Agro|Agro-{b}",
      nl: "Kwekerij {s}|{b} Agro|Tuinbouwbedrijf {s}",
      sv: "{b} Lantbruk|{s} Gård",
      cs: "Zemědělská farma {b}|{b} Agro",
      ro: "Agro {b}|Ferma {s}|{b} Agricultura",
      en: "{s} Farms|{b} Produce|{b} Growers",
    },
    descriptions: [
      "{adj} fruit and vegetable grower near {city}, employing seasonal harvest workers.",
      "Mixed farm supplying regional supermarkets; the peak season brings in foreign pickers.",
      "Greenhouse vegetable producer in {country} with its own packing station.",
    ],
    tags: [["supply-chain risk", 0.55]],
    roles: ["Farm Manager", "Owner"],
  },
  {
    key: "food",
    weight: 14,
    nace: ["10.11", "10.13", "10.39", "10.51", "10.71"],
    names: {
      de: "{s} Fleischwaren|Großbäckerei {s}|{b} Feinkost|{b} Molkerei|{s} Lebensmittel",
      fr: "Boulangerie {s}|{b} Charcuterie|Laiterie {b}|Conserverie {b}",
      it: "Salumificio {s}|Caseificio {b}|Pastificio {s}|{b} Alimentari",
      es: "Cárnicas {s}|Conservas {b}|Panificadora {b}|Lácteos {b}",
      pl: "Zakłady Mięsne {s}|Piekarnia {b}|Mleczarnia {b}|{b} Food",
      nl: "Vleeswarenfabriek {s}|{b} Foods|Bakkerij {s}|Zuivel {b}",
      sv: "{b} Livsmedel|{s} Chark|{b} Bageri",
      cs: "Masna {b}|Pekárna {s}|Mlékárna {b}",
      ro: "Carmangeria {b}|Panificație {b}|{b} Lactate|{b} Food",
      en: "{b} Foods|{s} Bakeries|{b} Dairies|{s} Meats",
    },
    descriptions: [
      "{adj} meat-processing plant near {city}; its staff is largely hired through agencies.",
      "Industrial bakery supplying retailers across {country}.",
      "Dairy and fresh food producer based in {city}.",
    ],
    tags: [
      ["supply-chain risk", 0.35],
      ["in-kind", 0.2],
      ["reintegration jobs", 0.1],
    ],
    roles: ["Plant Manager", "Head of Procurement", "Quality Manager"],
  },
  {
    key: "logistics",
    weight: 16,
    nace: ["49.41", "49.41", "49.39", "52.10", "52.29"],
    names: {
      de: "{s} Logistik|{b} Spedition|Spedition {s}|{b} Transport|{c} Lagerhaus",
      fr: "Transports {s}|{b} Logistique|Entrepôts {b}",
      it: "Trasporti {s}|{b} Logistica|Autotrasporti {b}",
      es: "Transportes {s}|{b} Logística|Almacenes {b}",
      pl: "{b} Logistyka|Transport {s}|{c} Logistyka|Centrum Logistyczne {b}",
      nl: "Transportbedrijf {s}|{b} Logistics|{b} Distributie",
      sv: "{b} Logistik|{s} Åkeri|{b} Transport",
      cs: "{b} Logistika|Autodoprava {s}|{b} Transport",
      ro: "{b} Logistic|Transporturi {b}|{s} Trans",
      en: "{b} Logistics|{s} Haulage|{b} Freight|{c} Distribution",
    },
    descriptions: [
      "{adj} road haulage and warehousing company based in {city}.",
      "Freight forwarder running cross-border trucking routes from {country}.",
      "Contract logistics and warehouse operator for online retailers near {city}.",
    ],
    tags: [
      ["supply-chain risk", 0.3],
      ["in-kind", 0.15],
    ],
    roles: ["Fleet Manager", "Head of Operations"],
  },
  {
    key: "textiles",
    weight: 12,
    nace: ["13.92", "13.96", "14.13", "14.14", "14.19"],
    names: {
      de: "{b} Textil|{s} Textilwerke|{b} Moden|{b} Bekleidung",
      fr: "Textiles {b}|Confection {s}|{b} Mode",
      it: "Tessitura {s}|{b} Confezioni|Maglificio {b}",
      es: "Textil {b}|Confecciones {s}|{b} Moda",
      pl: "{b} Tekstylia|Szwalnia {b}|Zakłady Odzieżowe {b}",
      nl: "{b} Textiel|{b} Fashion",
      sv: "{b} Textil|{b} Kläder",
      cs: "{b} Textil|{b} Oděvy",
      ro: "{b} Textile|Confecții {b}|{s} Textil",
      en: "{b} Textiles|{b} Apparel|{s} Garments",
    },
    descriptions: [
      "Apparel maker in {country} sourcing from subcontracted workshops abroad.",
      "{adj} textile manufacturer producing workwear and home textiles.",
      "Fashion label based in {city}, producing through second-tier suppliers.",
    ],
    tags: [["supply-chain risk", 0.6]],
    roles: ["Head of Sourcing", "Sustainability Manager"],
  },
  {
    key: "retail",
    weight: 16,
    nace: ["47.11", "47.19", "47.71", "47.73"],
    names: {
      de: "{b} Markt|{s} Handelshaus|{b} Warenhaus|{b} Drogeriemarkt|{b} Modehandel",
      fr: "{b} Distribution|Supermarchés {b}|{b} Boutiques",
      it: "{b} Supermercati|{b} Distribuzione|Grandi Magazzini {b}",
      es: "Supermercados {b}|{b} Distribución|Almacenes {s}",
      pl: "{b} Market|Sieć Sklepów {b}|{b} Handel",
      nl: "{b} Supermarkten|{b} Retail|Warenhuis {b}",
      sv: "{b} Handel|{b} Livs",
      cs: "{b} Obchod|{b} Market",
      ro: "{b} Market|Magazinele {b}|{b} Retail",
      en: "{b} Retail|{b} Stores|{s} & Co. Stores",
    },
    descriptions: [
      "{adj} supermarket chain with {n} stores across {country}.",
      "Fashion and shoe retailer with shops in {city}.",
      "Discount retailer selling food and household goods across {country}.",
    ],
    tags: [
      ["in-kind", 0.3],
      ["donor", 0.15],
      ["reintegration jobs", 0.1],
    ],
    roles: ["Head of Sustainability", "Store Manager", "Category Manager"],
  },
  {
    key: "telecoms",
    weight: 8,
    nace: ["61.20", "61.20", "61.10", "61.90"],
    sizes: ["sme", "large"],
    names: {
      de: "{b} Telekom|{b} Mobilfunk|{b} Kommunikation",
      fr: "{b} Télécom|{b} Mobile",
      it: "{b} Telecomunicazioni|{b} Mobile",
      es: "{b} Telecomunicaciones|{b} Móvil",
      pl: "{b} Telekomunikacja|{b} Mobile",
      nl: "{b} Telecom|{b} Mobiel",
      sv: "{b} Telekom",
      cs: "{b} Telekomunikace|{b} Mobil",
      ro: "{b} Telecom|{b} Mobil",
      en: "{b} Telecom|{b} Mobile|{b} Networks",
    },
    descriptions: ["Mobile network operator serving customers across {country}.", "{adj} telecoms and internet provider based in {city}."],
    tags: [
      ["hotline partner", 0.4],
      ["in-kind", 0.3],
      ["donor", 0.2],
    ],
    roles: ["Head of Corporate Responsibility", "Sponsorship Manager"],
  },
  {
    key: "banking",
    weight: 10,
    nace: ["64.19", "64.19", "64.92"],
    sizes: ["sme", "large"],
    names: {
      de: "{b} Bank|Bankhaus {s}|{b} Finanz|{c} Privatbank",
      fr: "Banque {b}|Crédit {b}|{b} Finance",
      it: "Banca {b}|Credito {b}|Banca Popolare {b}",
      es: "Banco {b}|Caja {b}|{b} Finanzas",
      pl: "Bank {b}|{b} Finanse",
      nl: "{b} Bank|{b} Financieringen",
      sv: "{b} Bank|{b} Finans",
      cs: "{b} banka|{b} Finance",
      ro: "Banca {b}|{b} Credit",
      en: "{b} Bank|{b} Finance|{s} Private Bank",
    },
    descriptions: [
      "{adj} bank with a retail and small-business customer base in {country}.",
      "Private bank in {city} with a charitable foundation.",
      "Cooperative lender focused on regional businesses around {city}.",
    ],
    tags: [
      ["donor", 0.35],
      ["staff training", 0.2],
    ],
    roles: ["Head of Corporate Giving", "Head of Financial Crime Compliance"],
  },
  {
    key: "it",
    weight: 12,
    nace: ["62.01", "62.02", "62.03", "62.09"],
    names: {
      de: "{b} IT-Systeme|{b} Software|{s} IT-Service|{b} Digital",
      fr: "{b} Informatique|{b} Numérique|{b} Solutions",
      it: "{b} Informatica|{b} Software|{b} Sistemi",
      es: "{b} Informática|{b} Sistemas|{b} Software",
      pl: "{b} IT|{b} Software House|{b} Systemy",
      nl: "{b} ICT|{b} Software",
      sv: "{b} IT|{b} Data",
      cs: "{b} Software|{b} IT",
      ro: "{b} Software|{b} IT Solutions",
      en: "{b} Software|{b} Digital|{b} IT Solutions",
    },
    descriptions: [
      "{adj} software house in {city} building web and mobile applications.",
      "IT services and hosting company in {country}.",
      "Managed IT and cloud services provider for non-profits and small businesses.",
    ],
    tags: [
      ["in-kind", 0.4],
      ["pro bono", 0.25],
    ],
    roles: ["CTO", "Account Manager"],
  },
  {
    key: "media",
    weight: 10,
    nace: ["73.11", "73.11", "73.12", "60.20", "58.13"],
    names: {
      de: "{b} Werbeagentur|{b} Medien|{b} Kommunikation",
      fr: "{b} Communication|{b} Médias|Agence {b}",
      it: "{b} Comunicazione|{b} Media|Agenzia {b}",
      es: "{b} Comunicación|{b} Medios|Agencia {b}",
      pl: "{b} Media|Agencja Reklamowa {b}",
      nl: "{b} Media|Reclamebureau {b}",
      sv: "{b} Media|{b} Reklambyrå",
      cs: "{b} Media|Reklamní agentura {b}",
      ro: "{b} Media|Agenția {b}",
      en: "{b} Media|{b} Advertising|{b} Communications",
    },
    descriptions: [
      "Advertising and communications agency in {city}.",
      "{adj} media house with print, online and radio titles in {country}.",
      "Media sales house placing outdoor and online advertising.",
    ],
    tags: [
      ["in-kind", 0.35],
      ["awareness campaign", 0.35],
    ],
    roles: ["Creative Director", "Head of Partnerships"],
  },
  {
    key: "temp-work",
    weight: 10,
    nace: ["78.20", "78.20", "78.10", "78.30"],
    names: {
      de: "{b} Personaldienstleistungen|{s} Zeitarbeit|{b} Personal|Zeitarbeit {s}",
      fr: "{b} Intérim|Intérim {s}|{b} Emploi",
      it: "{b} Lavoro|{b} Staffing|Agenzia per il Lavoro {b}",
      es: "{b} Trabajo Temporal|{b} Recursos Humanos|ETT {b}",
      pl: "Agencja Pracy {b}|{b} Personel|{b} Praca",
      nl: "Uitzendbureau {b}|{b} Uitzendgroep|{b} Flex",
      sv: "{b} Bemanning|{b} Personal",
      cs: "Personální agentura {b}|{b} Personal",
      ro: "{b} Recrutare|Agenția de Muncă {b}|{b} Staffing",
      en: "{b} Recruitment|{b} Staffing|{s} Employment Agency",
    },
    descriptions: [
      "Temporary staffing agency placing workers in logistics, food processing and cleaning.",
      "{adj} recruitment and temp-work agency in {city}, recruiting from abroad.",
      "Cross-border staffing agency posting workers to sites across the EU.",
    ],
    tags: [
      ["supply-chain risk", 0.5],
      ["reintegration jobs", 0.15],
    ],
    roles: ["Branch Manager", "Compliance Manager"],
  },
  {
    key: "travel",
    weight: 8,
    nace: ["79.11", "79.12", "79.12"],
    names: {
      de: "{b} Reisen|Reisebüro {s}|{b} Touristik",
      fr: "{b} Voyages|Voyages {s}",
      it: "{b} Viaggi|Viaggi {b}|{b} Tour Operator",
      es: "Viajes {b}|{b} Tours",
      pl: "Biuro Podróży {b}|{b} Travel",
      nl: "{b} Reizen|Reisbureau {s}",
      sv: "{b} Resor",
      cs: "Cestovní kancelář {b}|{b} Travel",
      ro: "{b} Travel|Agenția de Turism {b}",
      en: "{b} Travel|{b} Holidays|{b} Tours",
    },
    descriptions: [
      "Tour operator and travel agency based in {city}.",
      "{adj} online travel agency selling package holidays from {country}.",
    ],
    tags: [
      ["code of conduct", 0.35],
      ["awareness campaign", 0.15],
    ],
    roles: ["Product Manager", "Sustainability Coordinator"],
  },
  {
    key: "healthcare",
    weight: 10,
    nace: ["86.10", "86.21", "86.22", "86.90"],
    names: {
      de: "Klinik {b}|{b} Kliniken|Praxisgemeinschaft {s}|{b} Medizinisches Versorgungszentrum",
      fr: "Clinique {b}|Centre Médical {b}|Polyclinique {b}",
      it: "Clinica {b}|Centro Medico {b}|Poliambulatorio {b}",
      es: "Clínica {b}|Centro Médico {b}|Hospital {b}",
      pl: "Centrum Medyczne {b}|Klinika {b}|Przychodnia {b}",
      nl: "Kliniek {b}|Medisch Centrum {b}",
      sv: "{b} Vårdcentral|{b} Klinik",
      cs: "Poliklinika {b}|Zdravotní centrum {b}|Klinika {b}",
      ro: "Clinica {b}|Centrul Medical {b}",
      en: "{b} Clinic|{b} Healthcare|{b} Medical Centre",
    },
    descriptions: [
      "{adj} private clinic in {city} offering general and specialist care.",
      "Medical centre with outpatient clinics across {country}.",
      "Group practice in {city} providing general medicine and gynaecology.",
    ],
    tags: [
      ["in-kind", 0.4],
      ["hotline partner", 0.1],
    ],
    roles: ["Medical Director", "Head of Nursing", "Clinic Manager"],
  },
];

export const SIZE_ADJECTIVES: Record<SizeClass, string[]> = {
  local: ["Family-run", "Local", "Owner-managed", "Small"],
  sme: ["Mid-sized", "Regional", "Independent"],
  large: ["Large", "Nationwide", "International"],
};

/** Role titles of the people an NGO talks to, by company size. */
export const ROLES_BY_SIZE: Record<SizeClass, string[]> = {
  local: ["Managing Director", "Owner", "Office Manager", "Operations Manager"],
  sme: ["Managing Director", "HR Director", "Head of Communications", "CSR Manager", "Marketing Manager"],
  large: [
    "CSR Manager",
    "Head of Sustainability",
    "HR Director",
    "Head of Communications",
    "Head of Corporate Affairs",
    "Compliance Officer",
  ],
};

/** The relationship state most companies in a register carry as a tag (or none). */
export const STATUS_TAGS: Array<[string | null, number]> = [
  ["prospect", 45],
  ["donor", 12],
  ["partner", 10],
  ["former partner", 6],
  [null, 27],
];
