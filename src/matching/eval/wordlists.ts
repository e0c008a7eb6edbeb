// Word lists for generated test data (negatives and the synthetic list). Written for this purpose; any
// resemblance to a listed party is checked and excluded by the generators, not assumed away.

export const GIVEN_NAMES = [
  "James", "Mary", "Robert", "Patricia", "Michael", "Linda", "David", "Barbara", "Richard", "Susan", "Thomas", "Karen", "Daniel", "Nancy",
  "Emma", "Olivia", "Noah", "Liam", "Sophie", "Lucas", "Chloe", "Hugo", "Camille", "Louis", "Manon", "Jules", "Lea", "Antoine",
  "Lukas", "Hannah", "Felix", "Leonie", "Jonas", "Katharina", "Matthias", "Sabine", "Giulia", "Marco", "Francesca", "Luca", "Chiara",
  "Alessandro", "Valentina", "Matteo", "Sofia", "Javier", "Lucia", "Carmen", "Pablo", "Elena", "Diego", "Isabel", "Andres", "Marta",
  "Joao", "Ana", "Pedro", "Beatriz", "Rafael", "Mariana", "Tiago", "Ines", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Krzysztof",
  "Ewa", "Marek", "Joanna", "Jan", "Zuzana", "Petra", "Ondrej", "Eszter", "Gabor", "Zsofia", "Bence", "Ioana", "Andrei", "Mihaela",
  "Ivan", "Olga", "Dmitri", "Natalia", "Sergei", "Tatiana", "Oksana", "Taras", "Bohdan", "Iryna", "Ahmet", "Ayse", "Mehmet", "Elif",
  "Mustafa", "Zeynep", "Emre", "Selin", "Wei", "Li", "Fang", "Jing", "Hao", "Xiu", "Ming", "Yan", "Haruto", "Yui", "Sota", "Aoi",
  "Riku", "Hina", "Minjun", "Seoyeon", "Jiwoo", "Hayun", "Arjun", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Rahul", "Sneha",
  "Amit", "Pooja", "Kwame", "Ama", "Kofi", "Abena", "Chinedu", "Ngozi", "Tunde", "Folake", "Wanjiru", "Otieno", "Amani", "Zawadi",
  "Thabo", "Lerato", "Sipho", "Nomvula", "Nguyen", "Linh", "Minh", "Thao", "Somchai", "Malee", "Arif", "Siti", "Budi", "Dewi",
  "Omar", "Layla", "Karim", "Nadia", "Yusuf", "Amira", "Tariq", "Samira", "Rania", "Hamza", "Leila", "Reza", "Shirin", "Dariush",
  "Aigerim", "Nursultan", "Gulnara", "Bakyt", "Ana", "Giorgi", "Nino", "Levan", "Armen", "Anahit", "Tigran", "Lusine",
];

export const SURNAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Taylor", "Anderson", "Thompson", "Walker", "Harris", "Clarke", "Lewis", "Robinson",
  "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefebvre", "Girard", "Bonnet", "Fontaine", "Rousseau", "Mercier", "Blanchard",
  "Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Wolf", "Neumann",
  "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
  "Garcia", "Fernandez", "Lopez", "Martinez", "Sanchez", "Perez", "Gomez", "Ruiz", "Diaz", "Moreno", "Alvarez", "Romero",
  "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida", "Nunes", "Carvalho", "Lopes", "Sousa",
  "Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Szymanski", "Dvorak", "Novotny", "Horvath",
  "Nagy", "Kovacs", "Szabo", "Popescu", "Ionescu", "Stan", "Petrov", "Smirnov", "Volkov", "Sokolov", "Lebedev", "Kozlov", "Morozov",
  "Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Ozturk",
  "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Sato", "Suzuki", "Takahashi",
  "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon",
  "Sharma", "Verma", "Gupta", "Singh", "Patel", "Reddy", "Nair", "Iyer", "Mehta", "Joshi", "Desai", "Kapoor", "Mensah", "Owusu",
  "Boateng", "Okafor", "Adeyemi", "Okonkwo", "Balogun", "Mwangi", "Kamau", "Odhiambo", "Njoroge", "Dlamini", "Nkosi", "Mokoena",
  "Tran", "Le", "Pham", "Hoang", "Phan", "Wongsakul", "Saetang", "Santoso", "Wijaya", "Hidayat", "Lim", "Tan", "Ng", "Goh",
  "Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Farouk", "Aziz", "Rahimi", "Karimi", "Hosseini", "Tehrani", "Bakirov",
  "Abenov", "Beridze", "Kapanadze", "Hakobyan", "Sargsyan", "Petrosyan",
];

/** Invented or common brand-like words for company names. */
export const COMPANY_STEMS = [
  "Northwind", "Bluewater", "Silverline", "Oakridge", "Redstone", "Greenfield", "Brightpath", "Clearview", "Summit", "Evergreen",
  "Harborview", "Lakeshore", "Pinecrest", "Riverbend", "Sunrise", "Westbrook", "Eastgate", "Highland", "Meadowlark", "Stonebridge",
  "Ironwood", "Goldleaf", "Maplewood", "Crestline", "Fairhaven", "Kingsport", "Larkspur", "Moonstone", "Nightingale", "Oceanic",
  "Pioneer", "Quarry", "Rosewood", "Sapphire", "Thistle", "Upland", "Valiant", "Willow", "Yellowstone", "Zephyr", "Alder",
  "Beacon", "Cobalt", "Driftwood", "Emberly", "Foxglove", "Granite", "Hawthorn", "Indigo", "Juniper", "Keystone", "Lumen",
  "Marigold", "Northstar", "Orchard", "Pinnacle", "Quillon", "Ravenna", "Solstice", "Tidewater", "Umbria", "Verdant", "Wexford",
  "Arcadia", "Boreal", "Cascadia", "Dunmore", "Elmstead", "Fernhill", "Glenmore", "Holloway", "Inverness", "Jasper", "Kestrel",
  "Lindqvist", "Montague", "Norland", "Ostara", "Pemberton", "Quintara", "Rookwood", "Selwyn", "Trevanion", "Ulster", "Vantara",
  "Whitmore", "Yarrow", "Zellor", "Altavista", "Bellamar", "Castellano", "Delmonte", "Esperanza", "Fiorella", "Galeano", "Hermosa",
  "Isola", "Jardim", "Lunaris", "Miravalle", "Novaterra", "Orofino", "Palmares", "Quintana", "Riomar", "Solano", "Terranova",
  "Valverde", "Xaloc", "Zarzuela", "Adlerhorst", "Bergmann", "Donautal", "Eichwald", "Falkenberg", "Grunwald", "Hochland",
  "Lindenhof", "Rheinblick", "Sonnenfeld", "Talblick", "Wiesental", "Baltika", "Volga", "Severny", "Yuzhny", "Zvezdny", "Sibirsky",
  "Karpaty", "Dnipro", "Podillia", "Anadolu", "Bosphorus", "Kapadokya", "Marmara", "Toros", "Huaxia", "Jinlong", "Tianhe", "Hengda",
  "Fuxing", "Longma", "Yamato", "Fujimi", "Sakura", "Hanwool", "Daebak", "Saemaul", "Ganges", "Himalaya", "Sahyadri", "Kaveri",
  "Narmada", "Kilimanjaro", "Serengeti", "Zambezi", "Okavango", "Sahel", "Atlas", "Medina", "Nile", "Sinai", "Andes", "Pampas",
];

export const BUSINESS_WORDS_EN = [
  "Trading", "Logistics", "Holdings", "Industries", "Consulting", "Shipping", "Foods", "Textiles", "Construction", "Energy",
  "Technologies", "Solutions", "Pharmaceuticals", "Engineering", "Investments", "Capital", "Partners", "Services", "Systems", "Mining",
  "Agro", "Chemicals", "Electronics", "Motors", "Marine", "Petroleum", "Metals", "Steel", "Plastics", "Packaging", "Furniture",
  "Media", "Security", "Travel", "Insurance", "Finance", "Leasing", "Properties", "Development", "Export", "Import", "Supplies",
  "Equipment", "Machinery", "Group", "International", "Global", "General Trading", "Freight", "Transport",
];

export const LEGAL_SUFFIXES = [
  "Ltd", "Limited", "LLC", "Inc.", "Corp.", "GmbH", "AG", "S.A.", "S.A.S.", "SARL", "S.r.l.", "S.p.A.", "B.V.", "N.V.", "Sp. z o.o.",
  "OOO", "JSC", "PJSC", "Co., Ltd.", "Pte. Ltd.", "Pvt. Ltd.", "Pty Ltd", "Sdn. Bhd.", "A/S", "AB", "Oy", "Kft.", "s.r.o.", "d.o.o.",
  "Ltda.", "S.L.", "PLC", "FZE", "K.K.",
];

/** Pairs of legal forms that are the same form written differently (for disguises). */
export const LEGAL_EQUIVALENTS: Array<[RegExp, string]> = [
  [/\bLTD\.?$/i, "Limited"],
  [/\bLIMITED$/i, "Ltd."],
  [/\bCO\.?,? LTD\.?$/i, "Company Limited"],
  [/\bL\.?L\.?C\.?$/i, "Limited Liability Company"],
  [/\bINC\.?$/i, "Incorporated"],
  [/\bCORP(ORATION)?\.?$/i, "Corp"],
  [/\bS\.?A\.?$/i, "Sociedad Anonima"],
  [/\bGMBH$/i, "Gesellschaft mit beschränkter Haftung"],
  [/\bJSC$/i, "Joint Stock Company"],
  [/\bCOMPANY$/i, "Co."],
  [/\bCO\.?$/i, "Company"],
  [/\bS\.?A\.?R\.?L\.?$/i, "S.A.R.L."],
  [/\bLLP$/i, "Limited Liability Partnership"],
  [/\bPLC$/i, "Public Limited Company"],
];

export const VESSEL_WORDS = [
  "Star", "Ocean", "Pearl", "Glory", "Spirit", "Queen", "Princess", "Eagle", "Falcon", "Dolphin", "Horizon", "Voyager", "Fortune",
  "Harmony", "Liberty", "Unity", "Crown", "Jade", "Coral", "Trader", "Pioneer", "Navigator", "Explorer", "Hope", "Dawn", "Breeze",
];
