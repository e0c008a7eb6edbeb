// Test-side vocabulary for the `business-word-language` and `legal-form` evaluation kinds. Written from public
// sources, not from the engine's tables (src/matching/data/), so the evaluation does not grade the engine with
// its own vocabulary:
//   business words  Wiktionary translation tables of the English entries (https://en.wiktionary.org/wiki/bank,
//                   /company, /group, /shipping, /industry, /international, /investment, /insurance, /oil,
//                   /transport, /construction, /engineering, /electronics, /airline, /chemical, /service, /steel,
//                   /trade) — German, French, Spanish, Italian, Portuguese, Turkish and Russian.
//   legal forms     GLEIF ISO 20275 Entity Legal Forms code list (https://www.gleif.org/en/about-lei/code-lists/
//                   iso-20275-entity-legal-forms-code-list), abbreviations and names as listed there, plus the
//                   English translations companies register in (Limited Liability Company, Joint Stock Company).

/** English generic business word (lower case) → how other languages write it in a company name. */
export const BUSINESS_WORD_TRANSLATIONS: Record<string, string[]> = {
  bank: ["Banque", "Banca", "Banco", "Bankasi", "Банк", "Bankgesellschaft"],
  company: ["Compagnie", "Compañía", "Companhia", "Compagnia", "Gesellschaft", "Sirketi", "Компания"],
  group: ["Gruppe", "Groupe", "Grupo", "Gruppo", "Grubu", "Группа"],
  shipping: ["Schifffahrt", "Navigation", "Navegación", "Navigazione", "Denizcilik", "Судоходство"],
  industries: ["Industrie", "Industrias", "Indústrias", "Industrie", "Sanayi", "Промышленность"],
  industry: ["Industrie", "Industria", "Indústria", "Sanayi", "Промышленность"],
  industrial: ["Industriel", "Industrial", "Industriale", "Industrie", "Промышленный"],
  international: ["Internationale", "Internacional", "Internazionale", "Uluslararasi", "Международный"],
  investment: ["Investissement", "Inversiones", "Investimentos", "Investimenti", "Yatirim", "Инвестиции"],
  investments: ["Investissements", "Inversiones", "Investimentos", "Investimenti", "Yatirim", "Инвестиции"],
  insurance: ["Versicherung", "Assurance", "Seguros", "Assicurazioni", "Sigorta", "Страхование"],
  oil: ["Öl", "Pétrole", "Petróleo", "Petrolio", "Petrol", "Нефть"],
  petroleum: ["Erdöl", "Pétrole", "Petróleo", "Petrolio", "Petrol", "Нефть"],
  transport: ["Transporte", "Trasporti", "Transports", "Tasimacilik", "Транспорт"],
  construction: ["Bau", "Construcción", "Construções", "Costruzioni", "Insaat", "Строительство"],
  engineering: ["Ingénierie", "Ingeniería", "Engenharia", "Ingegneria", "Mühendislik", "Инжиниринг"],
  electronics: ["Elektronik", "Électronique", "Electrónica", "Elettronica", "Электроника"],
  airlines: ["Lignes Aériennes", "Líneas Aéreas", "Linhas Aéreas", "Linee Aeree", "Hava Yollari", "Авиалинии"],
  chemical: ["Chemie", "Chimie", "Química", "Chimica", "Kimya", "Химия"],
  chemicals: ["Chemie", "Chimie", "Químicos", "Chimica", "Kimya", "Химия"],
  services: ["Dienstleistungen", "Servicios", "Serviços", "Servizi", "Hizmetleri", "Услуги"],
  steel: ["Stahl", "Acier", "Acero", "Acciaio", "Celik", "Сталь"],
  trading: ["Handel", "Commerce", "Comercio", "Commercio", "Ticaret", "Торговля"],
};

/**
 * Legal forms that are one registration written in several ways, by group. `native` forms are added only for
 * entities of that country (an OOO is Russian; swapping it for a GmbH would name another company).
 */
export interface LegalFormGroup {
  id: string;
  spellings: string[];
  native?: Record<string, string[]>;
}

export const LEGAL_FORM_GROUPS: LegalFormGroup[] = [
  {
    id: "llc",
    spellings: ["LLC", "L.L.C.", "Limited Liability Company"],
    native: {
      RU: ["OOO", "ООО"],
      BY: ["OOO", "ТАА"],
      UA: ["TOV", "ТОВ"],
      KZ: ["TOO"],
      DE: ["GmbH"],
      AT: ["GmbH"],
      CH: ["GmbH"],
      FR: ["SARL"],
      IT: ["S.r.l."],
      ES: ["S.L."],
      TR: ["Ltd. Şti."],
    },
  },
  { id: "ltd", spellings: ["Ltd", "Ltd.", "Limited"] },
  { id: "co-ltd", spellings: ["Co., Ltd.", "Co. Ltd", "Company Limited", "Co Limited"] },
  {
    id: "jsc",
    spellings: ["JSC", "Joint Stock Company", "OJSC", "Open Joint Stock Company", "PJSC", "Public Joint Stock Company"],
    native: { RU: ["OAO", "AO", "PAO", "ПАО", "АО"], UA: ["PAT", "AT"], BY: ["OAO", "AAT"], KZ: ["AO"] },
  },
  { id: "cjsc", spellings: ["CJSC", "Closed Joint Stock Company"], native: { RU: ["ZAO", "ЗАО"] } },
  { id: "co", spellings: ["Co.", "Co", "Company"] },
  { id: "inc", spellings: ["Inc", "Inc.", "Incorporated"] },
  { id: "corp", spellings: ["Corp", "Corp.", "Corporation"] },
  { id: "sa", spellings: ["S.A.", "SA", "Sociedad Anónima", "Société Anonyme"] },
  { id: "gmbh", spellings: ["GmbH", "Gesellschaft mit beschränkter Haftung"] },
  { id: "ag", spellings: ["AG", "Aktiengesellschaft"] },
  { id: "sarl", spellings: ["SARL", "S.A.R.L.", "Société à responsabilité limitée"] },
  { id: "srl", spellings: ["S.R.L.", "SRL", "Società a responsabilità limitata"] },
  { id: "spa", spellings: ["S.p.A.", "SpA", "Società per Azioni"] },
  { id: "pjs", spellings: ["PJS", "P.J.S.", "Private Joint Stock"] },
  { id: "fze", spellings: ["FZE", "Free Zone Establishment"] },
  { id: "fzco", spellings: ["FZCO", "Free Zone Company"] },
];
