// Legal forms of business entities: the variants people write, mapped to one canonical code.
// DATA ONLY. `kind` and `jurisdictions` drive the compatibility rule in legal-forms.ts:
// - jurisdictions ["*"] marks an English form used as a translation anywhere (Ltd, LLC, JSC, Inc ...);
// - two native forms of different jurisdictions (GmbH vs Sdn Bhd) point to two different registrations.
// Variants are written as people write them; they are normalised (transliterated, lower-cased, punctuation
// and spaces removed) when loaded, so "S.p.A.", "SpA" and "S. p. A." are one key.

export type LegalKind = "limited" | "stock" | "partnership" | "sole" | "coop" | "generic" | "other";

export interface LegalFormDef {
  code: string;
  label: string;
  kind: LegalKind;
  jurisdictions: string[];
  variants: string[];
  /** Also written before the name ("SARL X", "PT X", "ТОВ X", "株式会社X"). Other forms only follow it. */
  prefix?: boolean;
}

export const LEGAL_FORMS: LegalFormDef[] = [
  // English forms, used natively and as translations of local forms.
  { code: "co", label: "Company", kind: "generic", jurisdictions: ["*"], variants: ["Co", "Company", "Cie", "& Co", "and Co", "& Cie", "et Cie", "& C", "e C"] },
  { code: "ltd", label: "Limited", kind: "limited", jurisdictions: ["*"], variants: ["Ltd", "Limited", "Ltd Co", "Limited Company", "Private Limited Company"] },
  { code: "co_ltd", label: "Co., Ltd.", kind: "limited", jurisdictions: ["*"], variants: ["Co Ltd", "Company Limited", "Co Limited", "Company Ltd", "Coy Ltd"] },
  { code: "llc", label: "LLC", kind: "limited", jurisdictions: ["*"], variants: ["LLC", "L.L.C.", "Limited Liability Company", "Limited Liability Co", "Ltd Liability Co"] },
  { code: "inc", label: "Inc.", kind: "stock", jurisdictions: ["*"], variants: ["Inc", "Incorporated", "Incorporation"] },
  { code: "corp", label: "Corporation", kind: "stock", jurisdictions: ["*"], variants: ["Corp", "Corporation", "Corpn"] },
  { code: "plc", label: "PLC", kind: "stock", jurisdictions: ["*"], variants: ["PLC", "Public Limited Company", "Public Ltd Co", "Public Company Limited", "Public Co Ltd", "PCL"] },
  { code: "jsc", label: "JSC", kind: "stock", jurisdictions: ["*"], variants: ["JSC", "Joint Stock Company", "Joint-Stock Company", "JSCo", "Stock Company", "Private Joint Stock Company", "Closed Joint Stock Company", "CJSC", "OJSC", "Open Joint Stock Company"] },
  { code: "pjsc", label: "PJSC", kind: "stock", jurisdictions: ["*"], variants: ["PJSC", "Public Joint Stock Company", "Public Joint-Stock Company"] },
  { code: "llp", label: "LLP", kind: "partnership", jurisdictions: ["*"], variants: ["LLP", "Limited Liability Partnership"] },
  { code: "lp", label: "LP", kind: "partnership", jurisdictions: ["*"], variants: ["LP", "Limited Partnership"] },
  { code: "pte_ltd", label: "Pte. Ltd.", kind: "limited", jurisdictions: ["SG"], variants: ["Pte Ltd", "Pte Limited", "Pte"] },
  { code: "pvt_ltd", label: "Pvt. Ltd.", kind: "limited", jurisdictions: ["IN", "PK", "BD", "NP", "LK"], variants: ["Pvt Ltd", "Private Limited", "Pvt Limited", "(Pvt) Ltd", "(Private) Limited", "Pvt"] },
  { code: "pty_ltd", label: "Pty Ltd", kind: "limited", jurisdictions: ["AU", "ZA", "NA", "BW"], variants: ["Pty Ltd", "Pty Limited", "Proprietary Limited", "Pty", "Co Pty Ltd", "Company Pty Ltd"] },
  { code: "sdn_bhd", label: "Sdn. Bhd.", kind: "limited", jurisdictions: ["MY", "BN"], variants: ["Sdn Bhd", "Sendirian Berhad"] },
  { code: "bhd", label: "Bhd.", kind: "stock", jurisdictions: ["MY", "BN"], variants: ["Bhd", "Berhad"] },
  { code: "fze", label: "FZE", kind: "limited", jurisdictions: ["AE"], variants: ["FZE", "FZCO", "FZ-LLC", "FZC", "Free Zone Establishment", "Free Zone Company", "DMCC"] },
  // German-speaking, Dutch, Nordic, Baltic.
  { code: "gmbh", label: "GmbH", kind: "limited", jurisdictions: ["DE", "AT", "CH", "LI"], variants: ["GmbH", "Gesellschaft mit beschrankter Haftung", "Ges mbH", "GesmbH", "UG", "UG (haftungsbeschrankt)", "mbH"] },
  { code: "ag", label: "AG", kind: "stock", jurisdictions: ["DE", "AT", "CH", "LI"], variants: ["AG", "Aktiengesellschaft"] },
  { code: "kg", label: "KG", kind: "partnership", jurisdictions: ["DE", "AT", "CH"], variants: ["KG", "Kommanditgesellschaft", "GmbH & Co KG", "GmbH & Co. KG", "OHG", "KGaA"] },
  { code: "bv", label: "B.V.", kind: "limited", jurisdictions: ["NL", "BE"], variants: ["BV", "Besloten Vennootschap", "BVBA", "SRL BV"] },
  { code: "nv", label: "N.V.", kind: "stock", jurisdictions: ["NL", "BE", "SR", "CW"], variants: ["NV", "Naamloze Vennootschap"] },
  { code: "as", label: "AS / A/S / A.Ş.", kind: "stock", jurisdictions: ["NO", "DK", "EE", "LV", "CZ", "SK", "TR"], variants: ["AS", "A/S", "ASA", "Aksjeselskap", "Aktieselskab", "Aktsiaselts", "Akciju sabiedriba", "a.s.", "Akciova spolecnost", "Anonim Sirketi", "Anonim Şirketi"], prefix: true },
  { code: "aps", label: "ApS", kind: "limited", jurisdictions: ["DK"], variants: ["ApS", "Anpartsselskab"] },
  { code: "ab", label: "AB", kind: "stock", jurisdictions: ["SE", "FI", "LT"], variants: ["AB", "Aktiebolag", "Aktiebolaget", "AB (publ)"], prefix: true },
  { code: "oy", label: "Oy", kind: "limited", jurisdictions: ["FI"], variants: ["Oy", "Oyj", "Osakeyhtio", "Ab Oy", "Oy Ab"], prefix: true },
  { code: "ou", label: "OÜ", kind: "limited", jurisdictions: ["EE"], variants: ["OU", "Osauhing"] },
  { code: "sia", label: "SIA", kind: "limited", jurisdictions: ["LV"], variants: ["SIA", "Sabiedriba ar ierobezotu atbildibu"], prefix: true },
  { code: "uab", label: "UAB", kind: "limited", jurisdictions: ["LT"], variants: ["UAB", "Uzdaroji akcine bendrove"], prefix: true },
  // Romance languages.
  { code: "sa", label: "S.A.", kind: "stock", jurisdictions: ["FR", "ES", "BE", "CH", "LU", "PL", "PT", "AR", "CL", "CO", "PE", "EC", "VE", "UY", "PY", "BO", "GT", "HN", "NI", "CR", "PA", "DO", "GR", "MA", "TN", "DZ", "SN", "CI", "CM", "BR", "MX"], variants: ["SA", "Societe Anonyme", "Sociedad Anonima", "Sociedade Anonima", "Spolka Akcyjna", "SAIC", "SACI", "SAE", "SAU"], prefix: true },
  { code: "sa_de_cv", label: "S.A. de C.V.", kind: "stock", jurisdictions: ["MX", "SV"], variants: ["SA de CV", "Sociedad Anonima de Capital Variable", "S de RL de CV", "SAPI de CV", "SAB de CV", "S de RL"] },
  { code: "sac", label: "S.A.C.", kind: "stock", jurisdictions: ["PE"], variants: ["SAC", "Sociedad Anonima Cerrada", "SAA", "EIRL"] },
  { code: "sarl", label: "SARL", kind: "limited", jurisdictions: ["FR", "LU", "CH", "BE", "MA", "TN", "DZ", "SN", "CI", "CM", "ML", "BF", "GN", "NE", "TG", "BJ", "CD", "CG", "GA", "MG", "LB", "HT"], variants: ["SARL", "Societe a responsabilite limitee", "EURL", "SUARL", "SARLU", "Societe unipersonnelle a responsabilite limitee"], prefix: true },
  { code: "sas", label: "SAS / S.a.s.", kind: "other", jurisdictions: ["FR", "IT", "CO"], variants: ["SAS", "SASU", "Societe par actions simplifiee", "Societa in accomandita semplice", "Sociedad por acciones simplificada"], prefix: true },
  { code: "snc", label: "S.n.c.", kind: "partnership", jurisdictions: ["FR", "IT"], variants: ["SNC", "Societe en nom collectif", "Societa in nome collettivo"], prefix: true },
  { code: "gie", label: "GIE", kind: "other", jurisdictions: ["FR", "SN", "CI", "ML", "BF", "CM"], variants: ["GIE", "Groupement d'interet economique"], prefix: true },
  { code: "srl", label: "S.r.l.", kind: "limited", jurisdictions: ["IT", "RO", "AR", "BO", "MD", "BE", "CR", "DO", "UY", "PE"], variants: ["SRL", "Societa a responsabilita limitata", "Societate cu raspundere limitata", "Sociedad de Responsabilidad Limitada", "SRLS", "Srl unipersonale"] },
  { code: "spa", label: "S.p.A.", kind: "stock", jurisdictions: ["IT", "CL"], variants: ["SpA", "Societa per azioni", "Sociedad por acciones"] },
  { code: "soc_coop", label: "Società Cooperativa", kind: "coop", jurisdictions: ["IT", "ES", "FR", "PT"], variants: ["Soc Coop", "Societa Cooperativa", "Sociedad Cooperativa", "Societe Cooperative", "Scarl", "Soc Coop arl", "Coop", "Cooperative", "Cooperativa", "Co-op", "Cooperative Society"] },
  { code: "sl", label: "S.L.", kind: "limited", jurisdictions: ["ES"], variants: ["SL", "Sociedad Limitada", "SLU", "SLL", "Sociedad Limitada Unipersonal"] },
  { code: "ltda", label: "Ltda.", kind: "limited", jurisdictions: ["BR", "PT", "CO", "CL", "EC", "BO", "AO", "MZ"], variants: ["Ltda", "Lda", "Limitada", "Sociedade Limitada", "Sociedade por Quotas", "Eireli"] },
  // Central and Eastern Europe.
  { code: "sp_zoo", label: "Sp. z o.o.", kind: "limited", jurisdictions: ["PL"], variants: ["Sp z oo", "Spolka z ograniczona odpowiedzialnoscia", "Sp z o o", "Spolka zoo", "Spzoo"] },
  { code: "sp_k", label: "Sp. k.", kind: "partnership", jurisdictions: ["PL"], variants: ["Sp k", "Spolka komandytowa", "Sp j", "Spolka jawna", "SKA", "Spolka komandytowo-akcyjna", "Sp p", "Spolka partnerska"] },
  { code: "sro", label: "s.r.o.", kind: "limited", jurisdictions: ["CZ", "SK"], variants: ["sro", "spol s r o", "Spolecnost s rucenim omezenym", "Spolocnost s rucenim obmedzenym"] },
  { code: "kft", label: "Kft.", kind: "limited", jurisdictions: ["HU"], variants: ["Kft", "Korlatolt Felelossegu Tarsasag", "Zrt", "Zartkoruen mukodo reszvenytarsasag", "Nyrt", "Bt", "Kkt"] },
  { code: "doo", label: "d.o.o.", kind: "limited", jurisdictions: ["SI", "HR", "RS", "BA", "ME", "MK"], variants: ["doo", "druzba z omejeno odgovornostjo", "drustvo s ogranicenom odgovornoscu", "drustvo sa ogranicenom odgovornoscu", "doel", "dooel"] },
  { code: "dd", label: "d.d.", kind: "stock", jurisdictions: ["SI", "HR", "BA"], variants: ["dd", "delniska druzba", "dionicko drustvo"] },
  { code: "eood", label: "EOOD/OOD", kind: "limited", jurisdictions: ["BG"], variants: ["EOOD", "OOD", "ЕООД", "ООД"] },
  { code: "ead", label: "EAD/AD", kind: "stock", jurisdictions: ["BG", "RS", "MK"], variants: ["EAD", "ЕАД", "АД"] },
  { code: "shpk", label: "Sh.p.k.", kind: "limited", jurisdictions: ["AL", "XK"], variants: ["shpk", "Shoqeri me pergjegjesi te kufizuar"] },
  // Former Soviet Union (Russian and Ukrainian renderings of the same Ukrainian forms share a code).
  { code: "ooo", label: "OOO / TOV", kind: "limited", jurisdictions: ["RU", "BY", "KZ", "KG", "UZ", "TJ", "AM", "AZ", "UA", "MD"], variants: ["OOO", "ООО", "Obshchestvo s ogranichennoy otvetstvennostyu", "Общество с ограниченной ответственностью", "TOO", "ТОО", "MChJ", "MCHJ", "TOV", "ТОВ", "Tovarystvo z obmezhenoyu vidpovidalnistyu", "Товариство з обмеженою відповідальністю"], prefix: true },
  { code: "ao", label: "AO / ZAO / OAO", kind: "stock", jurisdictions: ["RU", "KZ", "BY", "KG", "UZ", "AZ", "AM"], variants: ["AO", "АО", "ZAO", "ЗАО", "OAO", "ОАО", "NAO", "НАО", "Aktsionernoye obshchestvo", "Акционерное общество", "Zakrytoye aktsionernoye obshchestvo", "Otkrytoe aktsionernoe obshchestvo", "ААТ", "ЗАТ", "AAT", "ZAT"], prefix: true },
  { code: "pao", label: "PAO", kind: "stock", jurisdictions: ["RU"], variants: ["PAO", "ПАО", "Publichnoye aktsionernoye obshchestvo"], prefix: true },
  { code: "prat", label: "PrAT / ChAO", kind: "stock", jurisdictions: ["UA"], variants: ["PrAT", "ПрАТ", "ChAO", "ЧАО", "PAT", "ПАТ", "VAT", "ВАТ", "Pryvatne aktsionerne tovarystvo", "Приватне акціонерне товариство", "Chastnoe aktsionernoe obshchestvo"], prefix: true },
  { code: "fop", label: "FOP / IP", kind: "sole", jurisdictions: ["UA", "RU", "BY", "KZ", "KG"], variants: ["FOP", "ФОП", "FLP", "ФЛП", "IP", "ИП", "ІП", "Fizychna osoba pidpryiemets", "Individualnyy predprinimatel", "ChP", "ЧП", "SPD", "СПД"], prefix: true },
  { code: "am_llc", label: "ՍՊԸ", kind: "limited", jurisdictions: ["AM"], variants: ["ՍՊԸ", "SPE"] },
  { code: "am_cjsc", label: "ՓԲԸ / ԲԲԸ", kind: "stock", jurisdictions: ["AM"], variants: ["ՓԲԸ", "ԲԲԸ", "PBE", "BBE"] },
  { code: "ge_llc", label: "შპს", kind: "limited", jurisdictions: ["GE"], variants: ["შპს", "shps"], prefix: true },
  { code: "ge_jsc", label: "სს", kind: "stock", jurisdictions: ["GE"], variants: ["სს"] },
  // Turkey, Middle East.
  { code: "ltd_sti", label: "Ltd. Şti.", kind: "limited", jurisdictions: ["TR"], variants: ["Ltd Sti", "Limited Sirketi", "Ltd Şti"] },
  { code: "il_ltd", label: "בע\"מ", kind: "limited", jurisdictions: ["IL"], variants: ["בע\"מ", "בעמ", "בע''מ", "Baam", "B.M."], prefix: true },
  { code: "ar_llc", label: "ذ.م.م", kind: "limited", jurisdictions: ["AE", "SA", "QA", "OM", "BH", "KW", "JO", "LB", "EG", "IQ", "SY"], variants: ["ذ.م.م", "ذمم", "ش.ذ.م.م", "شذمم", "WLL", "W.L.L.", "شركة ذات مسؤولية محدودة"], prefix: true },
  { code: "ar_jsc", label: "ش.م.ع", kind: "stock", jurisdictions: ["AE", "SA", "QA", "OM", "BH", "KW", "JO", "LB", "EG", "IQ", "SY"], variants: ["ش.م.ع", "شمع", "ش.م.ل", "شمل", "ش.م.م", "شمم", "PSC", "SAOG", "SAOC", "QSC", "KSC", "BSC", "SAL"], prefix: true },
  { code: "ir_pjs", label: "Sherkat Sahami", kind: "stock", jurisdictions: ["IR"], variants: ["Sherkat Sahami Khass", "Sherkat Sahami Aam", "PJS", "Sahami Khass", "Sahami Aam"] },
  // South, South-East and East Asia.
  { code: "pt", label: "PT", kind: "limited", jurisdictions: ["ID"], variants: ["PT", "Perseroan Terbatas", "PT Tbk", "Tbk"], prefix: true },
  { code: "cv", label: "CV", kind: "partnership", jurisdictions: ["ID"], variants: ["CV", "Commanditaire Vennootschap", "Persekutuan Komanditer"], prefix: true },
  { code: "cn_co_ltd", label: "有限公司", kind: "limited", jurisdictions: ["CN", "TW", "HK", "MO"], variants: ["有限公司", "有限责任公司", "有限責任公司", "股份有限公司", "集团有限公司"] },
  { code: "kk", label: "K.K. / 株式会社", kind: "stock", jurisdictions: ["JP"], variants: ["Kabushiki Kaisha", "Kabushikigaisha", "株式会社", "Yugen Kaisha", "有限会社", "Godo Kaisha", "合同会社"], prefix: true },
  { code: "kk", label: "K.K. / 株式会社", kind: "stock", jurisdictions: ["JP"], variants: ["KK", "YK", "GK"] },
  { code: "kr_co", label: "주식회사", kind: "stock", jurisdictions: ["KR"], variants: ["주식회사", "유한회사", "Jusik Hoesa", "Chusik Hoesa"], prefix: true },
  { code: "mm_co_ltd", label: "ကုမ္ပဏီလီမိတက်", kind: "limited", jurisdictions: ["MM"], variants: ["ကုမ္ပဏီလီမိတက်", "လီမိတက်"], prefix: true },
  { code: "vn_co", label: "Công ty TNHH", kind: "limited", jurisdictions: ["VN"], variants: ["TNHH", "Cong ty TNHH", "Trach nhiem huu han", "Cong ty Co phan", "CTCP"], prefix: true },
  { code: "th_co", label: "บริษัท จำกัด", kind: "limited", jurisdictions: ["TH"], variants: ["บริษัท จำกัด", "จำกัด", "Borisat Chamkat", "Chamkat"], prefix: true },
  { code: "ke_tz", label: "Sacco", kind: "coop", jurisdictions: ["KE", "TZ", "UG", "RW"], variants: ["Sacco", "Savings and Credit Cooperative"] },
  // Greece.
  { code: "gr_ae", label: "Α.Ε.", kind: "stock", jurisdictions: ["GR", "CY"], variants: ["Α.Ε.", "ΑΕ", "Anonymi Etaireia", "Ανώνυμη Εταιρεία", "AE"] },
  { code: "gr_epe", label: "Ε.Π.Ε.", kind: "limited", jurisdictions: ["GR", "CY"], variants: ["Ε.Π.Ε.", "ΕΠΕ", "ΙΚΕ", "Ι.Κ.Ε.", "EPE", "IKE", "Etaireia Periorismenis Efthynis"] },
  { code: "gr_oe", label: "Ο.Ε.", kind: "partnership", jurisdictions: ["GR", "CY"], variants: ["Ο.Ε.", "ΟΕ", "Ε.Ε.", "ΕΕ", "Omorrythmi Etaireia"] },
];
