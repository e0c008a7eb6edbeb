// Sources: OpenSanctions rigour, resources/names/symbols.yml (org_symbols, org_domains), MIT, commit 8f4044d
// (https://github.com/opensanctions/rigour; extract kept in data/sources/rigour-names.json), for the spellings it
// has; the other spellings are general-language translations of ~25 languages, not traced to a published
// list entry by entry. Rule (provenance.test.ts): a spelling that also occurs in an evaluation file must be in a
// kept source; engine 2.3.0 removed the 275 spellings that were not (see docs/matching.md, "Data tables").
// Generic business words, translated across languages and scripts. DATA ONLY.
// Each line: concept id, then variants separated by "|". A concept id joined with "+" expands one word
// into several concepts (German compounds, CJK words). Variants are normalised on load exactly like names
// (native scripts transliterated), so "Банк", "Bank" and "Banque" all become the concept "bank".
// Words listed here are compared by meaning, never by spelling: "Exports" never fuzzy-matches "Experts".
// Abbreviations in common use are listed as variants ("Intl", "Mfg", "Bros").

export const BUSINESS_WORDS: ReadonlyArray<readonly [string, string]> = [
  [
    "trading",
    "trading|trade|trdg|negociant|négociant|handel|handels|handelsgesellschaft|handlowe|handlowy|handlowa|handelaar|torgovlya|torgovy|torgovyi|torgovaya|torgovyy|торговля|торговый|торговая|торговий|торгівля|torhivlia|ticaret|ticari|perdagangan|dagang|biashara|tijara|tijarah|tijarat|tejarat|تجارة|التجارية|تجارية|מסחר|mischar|贸易|貿易|maoyi|무역|muyeok|konthweyay|առևտուր|arevtur|ვაჭრობა|vachroba|trgovinsko|kereskedelem|kereskedo|εμπορική|εμπόριο|emporiki|thuong mai|bazargani|handelsonderneming|kauppa",
  ],
  [
    "commerce",
    "commerce|comercio|comércio|commercio|comert|com|komerts|коммерция|tijari|commerciale|commercial|comercial|commerciali|comerciales|commerciaux",
  ],
  [
    "import",
    "import|imports|importer|importers|importing|importation|importador|importaciones|importacao|importação|importazione|importazioni|einfuhr|ithalat|impor|imp|импорт|استيراد|יבוא|进口|進口|輸入|수입",
  ],
  [
    "export",
    "export|exports|exporter|exporters|exporting|exportation|exportadora|exportador|exportaciones|exportacao|exportação|esportazione|esportazioni|ausfuhr|ihracat|ekspor|exp|экспорт|تصدير|יצוא|出口|輸出|수출",
  ],
  ["import+export", "importexport|impex|imp-exp|impexp|импэкс|进出口|進出口|輸出入|수출입"],
  [
    "expert",
    "expert|expertise|consultant|consultants|consulting|consultancy|conseil|consultoria|consulenza|beratung|doradztwo|danismanlik|konsultan|konsalting|консалтинг|استشارات|ייעוץ|咨询|諮詢|컨설팅",
  ],
  [
    "services",
    "services|service|svc|servicios|servicos|serviços|servizi|dienstleistungen|dienste|uslugi|usługi|услуги|hizmetleri|hizmet|jasa|huduma|khadamat|خدمات|שירותים|sherutim|服务|服務|サービス|서비스|servis|szolgaltato|servicii|υπηρεσίες|diensten|dienstverlening|tjenester|palvelut",
  ],
  [
    "international",
    "international|intl|int'l|internacional|internazionale|internationale|international|mezhdunarodnaya|международная|международный|міжнародна|uluslararasi|internasional|kimataifa|dawli|dawliya|الدولية|دولية|בינלאומי|beinleumi|国际|國際|国際|인터내셔널|국제|nemzetkozi|διεθνής",
  ],
  ["global", "global|globale|globalna|глобал|глобальный|küresel|全球|グローバル|글로벌"],
  ["general", "general|generale|générale|generales|generali|allgemeine|genel|umum|ammah|العامة|综合|綜合|総合|종합"],
  [
    "group",
    "group|groupe|grupo|gruppo|gruppe|groep|grupa|grup|grupe|группа|група|grupo|majmoua|majmuat|مجموعة|קבוצת|קבוצה|kvutsat|集团|集團|グループ|그룹|csoport|όμιλος|tập đoàn|grp",
  ],
  ["holdings", "holdings|holding|hldgs|hldg|holdinggesellschaft|holdingu|холдинг|القابضة|החזקות|控股|지주"],
  [
    "company",
    "company|compagnie|compania|compañía|companhia|compagnia|cia|cie|ets|etablissements|établissements|ets.|societe|société|ste|sociedad|sociedade|societa|società|firma|gesellschaft|sirketi|şirketi|perusahaan|kampuni|sharika|sherkat|شركة|شركه|חברת|חברה|公司|会社|회사|კომპანია|компания|компанія|kompaniya|impresa|przedsiebiorstwo|przedsiębiorstwo|empresa|entreprise|enterprise|enterprises|ent|ents|unternehmen|est",
  ],
  [
    "industries",
    "industries|industry|industrial|industrie|industriel|industrielle|industria|indústria|industrias|industriale|industriali|industriya|промышленность|промышленная|промисловість|sanayi|sanayii|industri|viwanda|sinaa|sinaat|صناعة|الصناعية|صناعات|תעשיות|taasiyot|kougyou|産業|산업|ind|inds|indus|ipari|βιομηχανία|teollisuus",
  ],
  ["heavy+industries", "重工业|重工業|jukogyo"],
  [
    "manufacturing",
    "manufacturing|manufacturer|manufacturers|manufacture|manufactures|mfg|mfrs|mfr|fabrication|fabricacion|fabricação|fabbricazione|fertigung|herstellung|produkcja|proizvodstvo|производство|виробництво|uretim|üretim|imalat|manufaktur|tasnee|تصنيع|ייצור|制造|製造|seizo|제조",
  ],
  [
    "works",
    "works|werk|werke|zavod|завод|zakład|zaklad|fabrika|fabrica|fábrica|fabbrica|fabrik|usine|pabrik|kiwanda|masnaa|مصنع|מפעל|厂|廠|工場|kojo|공장",
  ],
  ["mill", "mill|moulin|molino|moinho|mulino|muhle|mühle|mlyn|młyn|мельница|değirmen|penggilingan|مطحنة|טחנה|磨坊|製粉|제분|စက်"],
  ["rice", "riz|arroz|riso|ryz|ryż|рис|pirinç|pirinc|beras|mchele|ruz|أرز|אורז|大米|米|쌀"],
  [
    "logistics",
    "logistics|logistic|logistique|logistica|logística|logistik|logistyka|logistika|логистика|логістика|lojistik|lojistiki|lojistiyat|لوجستيات|اللوجستية|לוגיסטיקה|logistika|物流|wuliu|ロジスティクス|mulryu|ლოჯისტიკა|լոգիստիկա|logisztika|λογιστική|logistiikka|logistikk",
  ],
  [
    "transport",
    "transport|transports|transportation|transporte|transportes|transportadora|trasporto|transporten|transportu|transportowe|przewozy|prevozništvo|autoprevoz|prijevoz|perevozki|перевозки|транспорт|транспортная|nakliyat|nakliye|taşımacılık|tasimacilik|angkutan|usafirishaji|naql|نقل|النقل|הובלה|hovala|运输|運輸|unyu|운송|운수|ტრანსპორტი|փոխադրում|fuvarozo|μεταφορές|van tai|haml|vervoer|transportbedrijf|kuljetus",
  ],
  [
    "shipping",
    "shipping|shpg|navigazione|navegacion|navegación|navegacao|navegação|schifffahrt|scheepvaart|plovidba|sudokhodstvo|судоходство|судоходная|пароходство|parokhodstvo|denizcilik|pelayaran|milaha|ملاحة|الملاحة|ספנות|sapanut|海運|해운|საზღვაო|ναυτιλιακή|ναυτιλία|armement|armateur|navieras|naviera|shipowning|ship owning|rederij|rederi|varustamo",
  ],
  ["steamship", "汽船|steamship|steamships"],
  ["ship", "ships|navire|buque|navio|nave|schiff|statek|korabl|корабль|судно|kapal|meli|safina|سفينة|אונייה|船|船舶|선박"],
  ["ship+management", "shipmanager|shipmanagers"],
  [
    "management",
    "management|mgmt|mgt|managers|manager|gestion|gestión|gestao|gestão|gestione|verwaltung|zarzadzanie|zarządzanie|upravlenie|управление|управляющая|yonetim|yönetim|manajemen|usimamizi|idara|idarah|إدارة|ניהול|nihul|管理|マネジメント|관리|menedzsment|διαχείριση",
  ],
  [
    "!ocean",
    "oceans|ocean-going|deep sea|deep-sea|oceanique|océanique|oceano|oceanico|ozean|okean|океан|okyanus|samudra|muhit|محيط|אוקיינוס|대양|원양",
  ],
  ["marine", "marine|marina|marino|marinha|marittimo|meeres|morski|morska|морская|بحرية|ימי|海洋|マリン|마린|해양|θαλάσσια"],
  ["!sea", "sea|mer|mar|mare|meer|morze|море|laut|bahari|bahr|بحر|ים|海|바다"],
  [
    "fisheries",
    "fishery|fishing|peche|pêche|pesca|pescados|pesqueira|pesqueros|fischerei|rybolowstwo|rybołówstwo|rybolov|рыболовство|рыбная|rybny|balikcilik|balıkçılık|perikanan|uvuvi|samak|صيد|דייג|渔业|漁業|수산|halaszat|αλιεία|visserij|kalastus",
  ],
  [
    "seafood",
    "seafoods|fruits de mer|mariscos|frutos do mar|frutti di mare|meeresfruchte|owoce morza|морепродукты|deniz urunleri|makanan laut|海鲜|海鮮|해산물",
  ],
  [
    "food",
    "food|foodstuffs|aliments|alimentation|alimentari|alimentare|lebensmittel|nahrungsmittel|zywnosc|żywność|spozywcze|produkty spozywcze|prodovolstvie|продовольствие|makanan|pangan|chakula|aghdhiya|أغذية|מזון|mazon|食品|shokuhin|식품|élelmiszer|τρόφιμα|thuc pham|voeding|voedingsmiddelen|livsmedel|elintarvike",
  ],
  ["fresh", "frais|fraiche|fresco|frescos|fresca|frisch|swiezy|świeży|свежий|taze|segar|טרייה|טרי|tari|triya|新鲜|生鮮|신선"],
  ["produce", "totseret|tozeret|農産|农产"],
  [
    "products",
    "products|product|prods|prod|produits|productos|produtos|prodotti|produkte|produkten|produkty|продукты|продукция|urunleri|ürünleri|urunler|produk|bidhaa|muntajat|منتجات|מוצרי|מוצרים|产品|製品|製品|seihin|제품|termekek|προϊόντα",
  ],
  ["goods", "goods|marchandises|mercancias|mercadorias|merci|waren|towary|tovary|товары|mallar|barang"],
  [
    "supplies",
    "supplies|supply|supplier|suppliers|fournitures|suministros|suprimentos|forniture|bedarf|zaopatrzenie|snabzhenie|снабжение|tedarik|perlengkapan|تجهيزات|אספקה|用品|供应|공급",
  ],
  [
    "equipment",
    "equipment|equip|equipments|equipement|équipement|equipements|equipos|equipamentos|attrezzature|ausrustung|ausrüstung|anlagen|sprzet|sprzęt|oborudovanie|оборудование|ekipman|peralatan|vifaa|معدات|ציוד|tsiyud|设备|設備|setsubi|장비|berendezes|εξοπλισμός",
  ],
  [
    "machinery",
    "machinery|machines|machine|machinerie|maquinaria|maquinas|máquinas|macchine|macchinari|maschinen|maszyny|mashiny|машины|машиностроение|makina|makine|mesin|mitambo|آلات|מכונות|mechonot|kikai|기계|gepek|μηχανήματα|重機|machinefabriek|maskiner|koneet",
  ],
  [
    "precision",
    "precisao|precisão|precisione|prazision|präzision|precyzyjne|precyzja|tochnost|точность|прецизионный|hassas|presisi|دقة|דיוק|מדויק|meduyakim|diyuk|seimitsu|정밀",
  ],
  [
    "parts",
    "parts|part|pieces|pièces|piezas|pecas|peças|pezzi|ricambi|teile|ersatzteile|czesci|części|zapchasti|запчасти|детали|parca|parça|parcalari|suku cadang|vipuri|qita|قطع|halakim|chalakim|零件|配件|部品|buhin|부품|alkatreszek|ανταλλακτικά|spare|spare parts",
  ],
  [
    "metal",
    "metal|metals|metaux|métaux|metales|metais|metallo|metalle|metale|metalowe|metally|металл|металлы|metal|logam|chuma|מתכת|matechet|metekhet|金属|金屬|kinzoku|금속|լիթ|metal|fem|μέταλλα|kovine|kovina|metaal|metall",
  ],
  [
    "steel",
    "steel|steels|acier|aciers|acero|aco|aço|acciaio|acciai|stahl|stal|stali|stal'|сталь|stalowy|stalowa|celik|çelik|baja|fulath|فولاذ|صلب|פלדה|plada|钢铁|鋼鉄|钢|鋼|kotetsu|철강|ფოლადი|պողպատ|acel|χάλυβας|staal|stål|teras",
  ],
  ["iron", "fer|hierro|ferro|eisen|zelazo|żelazo|zhelezo|железо|demir|besi|hadid|حديد|ברזל|barzel|铁|鐵|鉄|tetsu|철"],
  [
    "cement",
    "cements|ciment|cimento|cemento|zement|cementownia|tsement|цемент|cimento|cimentos|cimenterie|semen|saruji|ismant|أسمنت|מלט|水泥|セメント|시멘트",
  ],
  [
    "construction",
    "construction|constructions|construccion|construção|construcoes|costruzione|bau|bauunternehmen|budownictwo|budowlane|budowa|строительство|строительная|будівництво|budivnytstvo|insaat|inşaat|konstruksi|bangunan|ujenzi|inshaat|بناء|إنشاءات|مقاولات|בנייה|binyan|bniya|建筑|建築|建设|建設|kensetsu|gradnja|graditeljstvo|epitoipari|κατασκευές|xay dung|building|builders|builder|contractors|contractor|bouw|bouwbedrijf|aannemer|aannemers|byggnad|bygg|rakennus",
  ],
  [
    "materials",
    "material|materiaux|matériaux|materiales|materiais|materiali|materialien|materialy|materiały|materialy|материалы|malzeme|malzemeleri|bahan|mawad|مواد|חומרים|homrei|chomrei|材料|資材|shizai|자재|anyagok|υλικά",
  ],
  ["construction+materials", "baumaterialien|baustoffe|materiaux de construction|stroymaterialy|стройматериалы|建材|건자재"],
  [
    "engineering",
    "engineering|eng|engr|engineers|ingenierie|ingénierie|ingenieria|ingeniería|engenharia|ingegneria|technik|inzynieria|inżynieria|inzhiniring|инжиниринг|muhendislik|mühendislik|rekayasa|uhandisi|handasa|هندسة|הנדסה|handasa|工程|エンジニアリング|엔지니어링|mernoki|μηχανική",
  ],
  [
    "technology",
    "technology|technologies|tech|technologie|technologies|tecnologia|tecnologías|tecnologie|technologien|technologia|technologie|tekhnologii|технологии|teknoloji|teknologi|teknolojia|tiqniyat|تقنيات|تكنولوجيا|טכנולוגיות|technologiot|科技|技术|技術|gijutsu|테크|기술|technologiak|τεχνολογία|cong nghe|techniek|teknikk|tekniikka",
  ],
  [
    "solutions",
    "solutions|solution|soluciones|solucoes|soluções|soluzioni|losungen|lösungen|rozwiazania|rozwiązania|resheniya|решения|cozumleri|çözümleri|solusi|hulul|حلول|פתרונות|解决方案|ソリューションズ|솔루션",
  ],
  [
    "systems",
    "systems|system|sys|systemes|systèmes|sistemas|sistemi|systeme|systemy|sistemy|системы|sistemleri|sistem|mifumo|nuzum|أنظمة|מערכות|系统|系統|システム|시스템",
  ],
  [
    "software",
    "logiciel|logiciels|oprogramowanie|программное обеспечение|yazilim|yazılım|perangkat lunak|برمجيات|תוכנה|软件|軟體|ソフトウェア|소프트웨어",
  ],
  [
    "electric",
    "electric|electrical|electrics|elec|electrique|électrique|electrica|eléctrica|elettrica|elettrico|elektro|elektrik|elektryczne|elektro|электро|электрический|listrik|umeme|kahraba|كهرباء|חשמל|hashmal|电气|電気|denki|전기",
  ],
  [
    "electronics",
    "electronics|electronic|electronique|électronique|electronica|electrónica|elettronica|elektronik|elektronika|электроника|elektronik|elektroniki|الكترونيات|אלקטרוניקה|电子|電子|denshi|전자",
  ],
  [
    "energy",
    "energy|energie|énergie|energia|energía|energi|energiya|энергия|энергетика|enerji|nishati|taqa|طاقة|אנרגיה|能源|エネルギー|에너지|ενέργεια",
  ],
  ["power", "power|puissance|potencia|potenza|kraft|moc|мощность|guc|güç|daya|quwwa|电力|電力|전력|generating"],
  [
    "petroleum",
    "petroleum|petrol|oil|petrole|pétrole|petroleo|petróleo|petrolio|erdol|erdöl|ropa naftowa|neft|нефть|нефтяная|petrol|minyak|mafuta|naft|نفط|بترول|נפט|石油|sekiyu|석유|πετρέλαιο|petroleos",
  ],
  ["gas", "gas|gaz|gás|gaz|газ|gazprom|gas alam|gesi|ghaz|غاز|גז|燃气|天然气|ガス|가스|αέριο"],
  [
    "mining",
    "mining|mines|mine|minier|minière|mineria|minería|minera|minero|mineraria|bergbau|gornictwo|górnictwo|gornicze|dobycha|добыча|горнодобывающая|madencilik|pertambangan|tambang|uchimbaji|تعدين|כרייה|矿业|礦業|鉱業|kogyo mining|광업|bányászati|μεταλλεία",
  ],
  [
    "dining",
    "restaurant|restaurants|restauration|restaurante|ristorante|gaststatte|restauracja|ресторан|lokanta|restoran|mgahawa|mat'am|مطعم|מסעדה|餐厅|餐廳|レストラン|식당|catering|traiteur",
  ],
  [
    "hotel",
    "hotel|hôtel|hoteles|hoteis|hotéis|albergo|alberghi|hotelowe|гостиница|otel|oteli|hoteli|funduq|فندق|מלון|酒店|饭店|ホテル|호텔|ξενοδοχείο",
  ],
  ["boutique", "boutiques|butik"],
  [
    "chemical",
    "chemical|chemicals|chem|chimie|chimique|chimiques|quimica|química|quimicos|químicos|chimica|chimici|chemie|chemikalien|chemia|chemiczne|khimiya|химия|химический|kimya|kimyevi|kimia|kemikali|kimawiyat|كيماويات|כימיקלים|כימיה|化工|化学|化學|화학|vegyi|χημικά|kemi|kemia",
  ],
  [
    "pharmaceutical",
    "pharm|pharmaceutique|pharmaceutiques|farmaceutica|farmacéutica|farmaceutico|farmaceutici|pharmazeutische|pharmazie|farmaceutyczne|farmacevtika|фармацевтика|фармацевтическая|ilac|ilaç|farmasi|dawa|adwiya|أدوية|תרופות|制药|製藥|製薬|seiyaku|제약|gyógyszer|φαρμακευτική|drugs|medicines",
  ],
  [
    "medical",
    "medical|medicale|médicale|medico|médico|medica|medizinische|medizin|medyczne|medicinskie|медицинский|медицинская|tibbi|medis|matibabu|tibbiya|طبية|רפואי|refui|医疗|醫療|医療|iryo|의료|orvosi|ιατρικά",
  ],
  ["dental", "dentaire|dentale|zahn|stomatologia|стоматология|gigi|meno|أسنان|שיניים|牙科|歯科|치과"],
  ["clinic", "clinics|clinique|clinica|clínica|klinik|klinika|клиника|kliniği|kliniek|zahanati|iyada|عيادة|מרפאה|诊所|クリニック|클리닉"],
  [
    "insurance",
    "insurance|assurance|assurances|seguros|seguro|assicurazioni|assicurazione|versicherung|versicherungen|ubezpieczenia|ubezpieczenie|strakhovanie|страхование|страховая|sigorta|asuransi|bima|ta'min|تأمين|ביטוח|bituach|保险|保險|hoken|보험|biztosito|ασφάλειες|assekuranz|verzekeringen|verzekering|forsikring|försäkring|vakuutus",
  ],
  [
    "brokers",
    "broker|brokerage|courtiers|courtage|corredores|corretora|mediatori|makler|makler|брокер|aracilik|pialang|madalali|wasata|وساطة|תיווך|经纪|仲介|중개",
  ],
  [
    "bank",
    "bank|banks|banque|banques|banco|bancos|banca|banche|banka|bankasi|bankası|банк|bank'|bankas|pank|bancaire|bancario|masraf|مصرف|بنك|בנק|银行|銀行|ginko|은행|τράπεζα|ngan hang",
  ],
  [
    "finance",
    "finance|financial|financing|finances|financiere|financière|financiera|financeira|finanziaria|finanz|finanzen|finansowe|finans|финансы|финансовая|keuangan|fedha|maliya|مالية|التمويل|פיננסים|מימון|金融|融资|ファイナンス|금융|파이낸스|pénzügyi|χρηματοοικονομική",
  ],
  [
    "investment",
    "investment|investments|invest|investing|inv|investissement|investissements|inversiones|inversion|investimentos|investimenti|investitionen|beteiligungen|inwestycje|inwestycyjne|investitsii|инвестиции|инвестиционная|yatirim|yatırım|investasi|uwekezaji|istithmar|استثمار|الاستثمار|השקעות|hashkaot|投资|投資|toshi|투자|befektetesi|επενδύσεις",
  ],
  ["capital", "capital|capitaux|capitale|kapital|kapitał|капитал|sermaye|modal|mtaji|ra's mal|رأس مال|הון|资本|資本|캐피탈|자본"],
  ["credit", "credit|crédit|credito|crédito|kredit|kredyt|кредит|kredi|mikopo|itiman|ائتمان|אשראי|信贷|信用|신용"],
  [
    "leasing",
    "leasing|lease|leases|credit-bail|arrendamiento|arrendamento|locazione|лизинг|kiralama|sewa guna usaha|تأجير|ליסינג|租赁|租賃|リース|리스",
  ],
  [
    "property",
    'property|properties|real estate|realty|immobilier|immobiliere|immobilière|inmobiliaria|imobiliaria|imobiliária|immobiliare|immobilien|nieruchomosci|nieruchomości|nedvizhimost|недвижимость|gayrimenkul|emlak|properti|mali isiyohamishika|aqarat|عقارات|العقارية|נדל"ן|נדלן|房地产|不動産|fudosan|부동산|ingatlan|ακίνητα|vastgoed|onroerend goed|fastigheter|eiendom|kiinteistö',
  ],
  [
    "development",
    "development|developments|dev|developpement|développement|desarrollo|desenvolvimento|sviluppo|entwicklung|rozwoj|rozwój|razvitie|развитие|gelistirme|geliştirme|pengembangan|maendeleo|tanmiya|تنمية|تطوير|פיתוח|开发|開發|開発|kaihatsu|개발|fejlesztesi|ανάπτυξη",
  ],
  [
    "agriculture",
    "agriculture|agricultural|agrar|agraria|agricola|agrícola|agricole|agrarian|landwirtschaft|rolnictwo|rolnicze|selskoe khozyaystvo|сельское хозяйство|tarim|tarım|pertanian|kilimo|zira'a|زراعة|الزراعية|חקלאות|haklaut|农业|農業|nogyo|농업|mezogazdasagi|γεωργία|landbouw|jordbruk|maatalous",
  ],
  [
    "textiles",
    "textil|tessile|tessili|textilien|tekstylia|nguo|nasij|نسيج|المنسوجات|טקסטיל|纺织|紡織|sen'i|seni|섬유|textilipari|υφάσματα",
  ],
  [
    "footwear",
    "shoes|chaussures|calzado|calcados|calçados|calzature|schuhe|obuwie|obuv|обувь|ayakkabi|ayakkabı|sepatu|viatu|ahdhiya|أحذية|הנעלה|鞋业|鞋|履物|신발",
  ],
  ["leather", "cuir|cuero|couro|cuoio|pelle|leder|skora|skóra|kozha|кожа|deri|kulit|ngozi|jild|جلود|עור|皮革|革|가죽"],
  [
    "plastics",
    "plastics|plastique|plastiques|plasticos|plásticos|plastica|materie plastiche|kunststoff|kunststoffe|tworzywa|plastik|plastmassy|пластмассы|пластик|plastik|plastiki|blastik|بلاستيك|פלסטיק|塑料|塑膠|プラスチック|樹脂|플라스틱",
  ],
  ["paper", "paper|papier|papel|carta|cartiera|bumaga|бумага|kagit|kağıt|kertas|karatasi|waraq|ورق|נייר|纸业|紙|製紙|제지|종이"],
  [
    "packaging",
    "packing|packagers|emballage|emballages|envases|embalagens|imballaggi|verpackung|verpackungen|opakowania|upakovka|упаковка|ambalaj|kemasan|vifungashio|taghlif|تغليف|אריזה|אריזות|包装|包裝|梱包|포장",
  ],
  [
    "wood",
    "wood|lumber|woods|bois|madera|madeiras|madeira|legno|holz|drewno|drzewne|drevesina|древесина|лес|lesnoy|ahşap|ahsap|kereste|kayu|mbao|khashab|أخشاب|עץ|עצים|木材|木业|材木|목재|puit",
  ],
  [
    "furniture",
    "furniture|meubles|mobiliario|moveis|móveis|mobili|mobilificio|mobel|möbel|meble|mebel|мебель|mobilya|mebel|samani|athath|أثاث|רהיטים|家具|kagu|가구|butor|έπιπλα",
  ],
  [
    "glass",
    "glass|verrerie|vidrio|vidro|vetro|vetri|vetreria|glas|szklo|szkło|steklo|стекло|kaca|kioo|zujaj|زجاج|זכוכית|玻璃|ガラス|유리|üveg|γυαλί",
  ],
  [
    "paint",
    "paints|coatings|peinture|peintures|pinturas|tintas|vernici|pitture|farben|lacke|farby|lakiery|kraski|краски|boya|cat|rangi|dihanat|دهانات|צבעים|צבע|涂料|塗料|toryo|페인트|도료|festek|χρώματα",
  ],
  ["plant", "plant|plants|installation|usine de|instalaciones|impianto|anlage|zaklad produkcyjny|установка|tesis|tesisleri|instalasi"],
  [
    "hardware",
    "hardware|quincaillerie|ferreteria|ferretería|ferragens|ferramenta|ferramenta|eisenwaren|zelazne|metiznye|хозтовары|hirdavat|hırdavat|perkakas|vifaa vya ujenzi|khurdawat|خردوات|כלי בית|五金|金物|철물",
  ],
  [
    "tools",
    "tools|tool|outillage|outils|herramientas|ferramentas|utensili|werkzeuge|werkzeug|narzedzia|narzędzia|instrumenty|инструменты|takim|alet|zana|adawat|أدوات|כלים|工具|工具|kogu|공구",
  ],
  [
    "fasteners",
    "fasteners|fixations|sujeciones|fixadores|elementi di fissaggio|befestigungstechnik|zlaczne|крепеж|baglanti elemanlari|pengencang|紧固件|締結部品|체결",
  ],
  [
    "valves",
    "valves|vannes|robinetterie|valvulas|válvulas|valvole|armaturen|ventile|zawory|armatura|арматура|клапаны|vana|vanalar|katup|vali|صمامات|שסתומים|阀门|閥門|バルブ|밸브",
  ],
  [
    "bearings",
    "bearing|roulements|rodamientos|rolamentos|cuscinetti|walzlager|łożyska|lozyska|podshipniki|подшипники|rulman|bantalan|محامل|מסבים|轴承|軸承|ベアリング|베어링",
  ],
  [
    "hydraulics",
    "hydraulic|hydraulique|hidraulica|hidráulica|idraulica|idraulici|hydraulik|hydraulika|gidravlika|гидравлика|hidrolik|hidrolika|هيدروليك|הידראוליקה|液压|油圧|유압|termoidraulica",
  ],
  [
    "pipes",
    "pipes|pipe|tube|tubing|tuyaux|tubos|tubi|rohre|rohr|rury|truby|трубы|boru|borular|pipa|mabomba|anabib|أنابيب|צינורות|管材|管|パイプ|파이프",
  ],
  ["wire", "fil|cables|alambre|arame|filo|draht|drut|provoloka|проволока|kawat|waya|aslak|أسلاك|חוטים|丝网|钢丝|ワイヤー|와이어"],
  ["mesh", "grillage|malla|tela|rete|netz|siatka|setka|сетка|hasir|hasır|jaring|شبك|רשת|网|網"],
  ["nets", "nets|net|filets|redes|reti|netze|seti|сети|ağ|jala|nyavu|شباك|רשתות|渔网"],
  [
    "boats",
    "boats|boat|bateaux|barcos|barcas|barche|boote|łodzie|lodzie|lodki|лодки|tekne|perahu|mashua|qawarib|قوارب|סירות|船艇|ボート|보트",
  ],
  [
    "shipyard",
    "shipyard|shipyards|shipbuilding|dock|docks|chantier naval|astillero|estaleiro|cantiere navale|werft|stocznia|verf|верфь|судоремонтный|sudoremont|tersane|galangan kapal|حوض بناء السفن|מספנה|造船|zosen|조선|brodogradiliste|brodogradilište|ναυπηγεία",
  ],
  ["mechanic", "mechanic|mécanicien|mecanico|meccanico|mechaniker|mechanik|makinist|montir|fundi|ميكانيكي|מכונאי"],
  ["captain", "captain|capitaine|capitan|capitán|capitao|capitano|kapten|nahodha|qubtan|قبطان|רב חובל"],
  [
    "motors",
    "motors|motor|moteurs|moteur|motores|motori|motoren|silniki|dvigateli|двигатели|motorlar|injini|muharrikat|محركات|מנועים|汽车|自動車|jidosha|자동차|auto|autos|automobiles|automotive|automobile|samochody|avto|авто|otomotiv|otomobil|oto",
  ],
  ["dealers", "dealers|dealer|dealership|concessionnaire|concesionario|concessionario|handler|dealerzy|дилер|bayi|dealer"],
  [
    "distribution",
    "distribution|distributors|distributor|distributeur|distributeurs|distribucion|distribución|distribuidora|distribuidor|distribuicao|distribuição|distribuzione|distributori|vertrieb|dystrybucja|distributsiya|дистрибуция|dagitim|dağıtım|distribusi|usambazaji|tawzi|توزيع|הפצה|hafatsa|分销|配送|流通|유통|dist|distr",
  ],
  [
    "marketing",
    "marketing|mktg|mercadeo|marketingu|маркетинг|pazarlama|pemasaran|uuzaji|taswiq|تسويق|שיווק|shivuk|营销|マーケティング|마케팅",
  ],
  ["media", "media|médias|medios|mídia|medien|медиа|medya|vyombo vya habari|إعلام|מדיה|传媒|媒体|メディア|미디어"],
  [
    "telecom",
    "telecom|telecommunications|télécommunications|telecomunicaciones|telecomunicacoes|telecomunicazioni|telekommunikation|telekomunikacja|телеком|телекоммуникации|telekomunikasyon|telekomunikasi|mawasiliano|ittisalat|اتصالات|תקשורת|电信|電信|通信|tsushin|통신",
  ],
  [
    "security",
    "security|sécurité|seguridad|segurança|sicurezza|sicherheit|bezpieczenstwo|bezpieczeństwo|okhrana|охрана|безопасность|guvenlik|güvenlik|keamanan|usalama|amn|أمن|אבטחה|保安|安全|警備|keibi|보안|경비",
  ],
  [
    "cleaning",
    "cleaning|nettoyage|limpieza|limpeza|pulizie|reinigung|sprzatanie|sprzątanie|uborka|уборка|temizlik|kebersihan|usafi|tanzif|تنظيف|ניקיון|清洁|清掃|seiso|청소",
  ],
  [
    "printing",
    "printing|printers|imprimerie|imprenta|grafica|gráfica|tipografia|druckerei|druk|drukarnia|tipografiya|типография|matbaa|percetakan|uchapishaji|tiba'a|طباعة|דפוס|印刷|insatsu|인쇄",
  ],
  [
    "travel",
    "travel|travels|tours|tourism|voyages|tourisme|viajes|turismo|viaggi|reisen|touristik|podroze|podróże|turystyka|puteshestviya|туризм|путешествия|seyahat|turizm|wisata|perjalanan|safari|utalii|siyaha|سياحة|تيارات|תיירות|旅游|旅行|ryoko|여행|utazas|ταξίδια|travel agency",
  ],
  [
    "aviation",
    "aviation|airlines|airline|air lines|airways|aerien|aérien|aerienne|aérienne|aviacion|aviación|aerolineas|aerolíneas|aviacao|aviação|linhas aereas|aviazione|luftfahrt|fluggesellschaft|lotnictwo|linie lotnicze|aviatsiya|авиация|авиалинии|avialinii|havacilik|havacılık|hava yollari|penerbangan|usafiri wa anga|tayaran|طيران|תעופה|航空|koku|항공",
  ],
  [
    "aircraft",
    "aircraft|aeroplane|airplane|avion|avions|aeronave|aeronaves|aereo|aerei|flugzeug|flugzeuge|samolot|samolety|samolet|самолет|ucak|uçak|pesawat|ndege|ta'ira|طائرة|מטוס|飞机|飛行機|비행기",
  ],
  [
    "airport",
    "airport|aeroport|aéroport|aeropuerto|aeroporto|flughafen|lotnisko|aeroport|аэропорт|havalimani|bandara|uwanja wa ndege|matar|مطار|נמל תעופה|机场|空港|공항",
  ],
  ["port", "ports|puerto|porto|hafen|port morski|liman|pelabuhan|bandari|mina'|ميناء|נמל|港口|港|항만"],
  ["terminal", "terminal|terminals|terminaux|terminales|terminali|терминал|terminali|محطة|טרמינל|码头|ターミナル|터미널"],
  [
    "storage",
    "warehouse|warehouses|warehousing|entrepot|entrepôt|entrepots|almacen|almacén|almacenes|armazem|armazém|magazzino|magazzini|lager|lagerhaus|magazyn|magazyny|sklad|склад|depo|depolama|gudang|ghala|makhzan|مخازن|مستودع|מחסן|מחסנים|仓储|倉庫|창고",
  ],
  ["cold", "froid|frio|frío|freddo|kalt|zimny|kholodny|холодный|soguk|soğuk|dingin|baridi|barid|بارد|קר|冷|冷蔵|냉장"],
  [
    "chain",
    "chaine|chaîne|cadena|cadeia|catena|kette|lancuch|łańcuch|tsep|цепь|zincir|rantai|mnyororo|silsila|سلسلة|שרשרת|链|チェーン|체인",
  ],
  [
    "retail",
    "retail|retailers|retailer|detail|détail|minorista|varejo|vendita al dettaglio|einzelhandel|detaliczna|роздріб|розничная|perakende|eceran|rejareja|tajzi'a|تجزئة|קמעונאות|零售|小売|kouri|소매|shop|shops|boutique de detail",
  ],
  [
    "wholesale",
    "wholesale|wholesalers|wholesaler|grossiste|gros|mayorista|atacadista|atacado|ingrosso|grosshandel|großhandel|hurtownia|hurt|optovaya|оптовая|опт|toptan|grosir|jumla|jumlah|جملة|סיטונאות|批发|卸売|oroshiuri|도매",
  ],
  [
    "market",
    "market|markets|marche|marché|mercado|mercados|mercato|markt|rynek|rynok|рынок|pazar|pasar|soko|suq|سوق|שוק|市场|市場|ichiba|시장",
  ],
  ["express", "exprès|expres|expreso|expresso|espresso|экспресс|ekspress|سريع|אקספרס|快递|快運|エクスプレス|익스프레스|ექსპრესი"],
  [
    "brothers",
    "brothers|bros|brother|freres|frères|hermanos|irmaos|irmãos|fratelli|gebruder|gebrüder|gebr|bracia|bratya|братья|kardesler|kardeşler|bersaudara|ndugu|ikhwan|اخوان|إخوان|الإخوة|אחים|achim|ahim|兄弟|kyodai|형제",
  ],
  ["sons", "sons|son|hijos|filhos|figli|synovya|сыновья|ogullari|oğulları|putra|wana|abna'|أبناء|ובניו|בנים|banim|父子|息子|아들"],
  [
    "daughters",
    "daughter|filles|hijas|filhas|figlie|tochter|töchter|corki|córki|docheri|дочери|kizlari|kızları|putri|binti|banat|بنات|בנות|女儿|娘|딸",
  ],
  [
    "!family",
    "family|famille|familia|família|famiglia|familie|rodzina|rodzinne|semya|семья|aile|keluarga|familia|a'ila|عائلة|משפחה|家族|가족",
  ],
  [
    "partners",
    "partners|partner|associates|assoc|assocs|socios|sócios|soci|associati|partnerzy|партнеры|ortaklar|mitra|washirika|shuraka|שותפים|shutafim|合伙|パートナーズ|파트너스|társai",
  ],
  [
    "advocates",
    "advocate|attorneys|lawyers|law firm|solicitors|avocats|abogados|advogados|avvocati|anwalte|anwälte|rechtsanwalte|adwokaci|kancelaria|advokaty|адвокаты|avukatlik|avukatlık|pengacara|mawakili|muhamun|محامون|עורכי דין|律师|法律事務所|변호사",
  ],
  ["!commendatore", "commendatore|cav|cavaliere"],
  [
    "!union",
    "union|unión|união|unione|verband|zwiazek|związek|soyuz|союз|birlik|persatuan|muungano|ittihad|اتحاد|איגוד|联合|連合|연합|united|unis|unidos|uniti|vereinigte|zjednoczone|ob'edinennye|объединенные|birlesik|birleşik",
  ],
  [
    "!national",
    "national|natl|nationale|nacional|nazionale|nationale|narodowy|narodowa|natsionalnyy|национальный|milli|nasional|kitaifa|wataniya|وطنية|الوطنية|לאומי|leumi|国家|国民|国立|국가|국민|nemzeti|εθνική",
  ],
  ["!central", "central|centrale|zentral|centralny|tsentralnyy|центральный|merkez|pusat|kati|markazi|مركزي|מרכזי|中央|chuo|중앙"],
  ["!universal", "universal|universel|universale|universell|uniwersalny|универсальный|evrensel"],
  ["!star", "etoile|étoile|estrella|estrela|stella|stern|gwiazda|zvezda|звезда|nyota|najm|نجم|כוכב|星|hoshi|별"],
  [
    "!east",
    "east|eastern|este|oriental|oriente|ost|osten|wschod|wschód|vostok|восток|vostochnyy|dogu|doğu|timur|mashariki|sharq|شرق|الشرق|מזרח|东方|東方|東|higashi|동방",
  ],
  [
    "!west",
    "west|western|ouest|oeste|occidental|ovest|westen|zachod|zachód|zapad|запад|bati|batı|barat|magharibi|gharb|غرب|מערב|西方|西|nishi|서방",
  ],
  ["!north", "north|northern|nord|norte|norden|polnoc|północ|sever|север|kuzey|utara|kaskazini|shamal|شمال|צפון|北方|北|북방"],
  ["!south", "south|sud|sur|sul|süd|sued|poludnie|południe|yug|юг|guney|güney|selatan|kusini|janub|جنوب|דרום|南方|南|minami|남방"],
  [
    "!middle+east",
    "middle east|moyen-orient|oriente medio|medio oriente|nahost|bliski wschod|ближний восток|orta dogu|ortadoğu|timur tengah|الشرق الأوسط|המזרח התיכון|中东|中東",
  ],
  ["!gulf", "gulf|golfe|golfo|golf|zatoka|zaliv|залив|korfez|körfez|teluk|ghuba|khalij|خليج|الخليج|מפרץ|海湾|湾|걸프"],
  ["!pacific", "pacifique|pacifico|pacífico|pazifik|pacyfik|тихоокеанский|pasifik|太平洋"],
  ["!atlantic", "atlantique|atlantik|atlantyk|атлантический|大西洋"],
  [
    "!coastal",
    "coast|cotier|côtier|costero|costeiro|costiero|kusten|przybrzezny|прибрежный|kiyi|kıyı|pesisir|sahili|ساحلي|חוף|沿海|沿岸|연안|obalno",
  ],
  [
    "!new",
    "new|nouveau|nouvelle|nuevo|nueva|novo|nova|nuovo|nuova|neu|neue|nowy|nowa|novyy|новый|новая|yeni|baru|mpya|jadid|جديد|חדש|新|신",
  ],
  [
    "!royal",
    "royal|royale|reale|koniglich|königlich|krolewski|królewski|korolevskiy|королевский|kraliyet|kerajaan|kifalme|malaki|ملكي|מלכותי|皇家|王立|로열",
  ],
  [
    "!golden",
    "gold|dore|doré|dorado|oro|dourado|ouro|goldene|zloty|złoty|zoloto|золото|золотой|altin|altın|emas|dhahabu|dhahab|ذهب|זהב|金|黄金|금",
  ],
  ["!silver", "silver|argent|plata|prata|argento|silber|srebro|serebro|серебро|gumus|gümüş|perak|fidda|فضة|כסף|银|銀|은"],
  [
    "!diamond",
    "diamond|diamonds|diamant|diamants|diamante|diamanti|diament|almaz|алмаз|elmas|berlian|almasi|الماس|יהלום|钻石|ダイヤモンド|다이아몬드",
  ],
  ["!pearl", "perle|perla|perola|pérola|perła|perla|zhemchug|жемчуг|inci|mutiara|lulu|لؤلؤ|פנינה|珍珠|真珠|진주"],
  [
    "wine",
    "wine|wines|vin|vins|vino|vinos|vinho|vinhos|vini|wein|weine|wino|вино|sarap|şarap|anggur|divai|nabidh|نبيذ|יין|葡萄酒|ワイン|와인|ღვინო|ghvino|գինի|gini|oinos|κρασί",
  ],
  [
    "milk",
    "dairy|lait|laitier|leche|lacteos|lácteos|leite|laticinios|latte|latteria|lattiero|milch|molkerei|mleko|mleczarnia|moloko|молоко|молочный|sut|süt|susu|maziwa|halib|حليب|ألبان|חלב|halav|chalav|牛奶|乳业|乳業|牛乳|우유|유업|კატ|կաթ|kat|γάλα|tej",
  ],
  ["water", "water|waters|eau|eaux|agua|aguas|água|acqua|wasser|woda|voda|вода|maji|مياه|ماء|מים|mayim|水|mizu|물|víz|νερό"],
  [
    "bakery",
    "bakeries|boulangerie|panaderia|panadería|padaria|panificio|backerei|bäckerei|pekarnya|пекарня|firin|fırın|roti|mkate|makhbaz|مخبز|מאפייה|面包|ベーカリー|베이커리",
  ],
  [
    "confectionery",
    "confectionery|confiserie|patisserie|pâtisserie|confiteria|confeitaria|pasticceria|konditorei|konditerskaya|кондитерская|pastane|kue|maandazi|halawiyat|حلويات|קונדיטוריה|糕点|菓子|제과",
  ],
  [
    "sugar",
    "sugar|sucre|azucar|azúcar|acucar|açúcar|zucchero|zucker|cukier|sakhar|сахар|seker|şeker|gula|sukari|sukkar|سكر|סוכר|糖|砂糖|설탕",
  ],
  ["coffee", "coffee|cafe|café|caffe|caffè|kaffee|kawa|kofe|кофе|kahve|kopi|kahawa|qahwa|قهوة|קפה|咖啡|コーヒー|커피"],
  ["cocoa", "cocoa|cacau|kakao|какао|kakao|kakao|kakau|كاكاو|קקאו|可可|ココア|코코아"],
  ["cashew", "cashew|anacardo|caju|anacardi|cashew|nerkowiec|кешью|kaju|jambu mete|korosho|كاجو|קשיו|腰果|カシュー|캐슈"],
  [
    "peanut",
    "peanut|peanuts|groundnut|groundnuts|arachides|cacahuete|mani|amendoim|arachidi|erdnuss|orzeszki ziemne|арахис|yer fistigi|kacang tanah|karanga|فول سوداني|בוטנים|花生|落花生|땅콩",
  ],
  ["livestock", "bestiame"],
  [
    "grain",
    "grain|grains|cereal|cereales|céréales|cereali|getreide|zboze|zboża|zerno|зерно|tahil|tahıl|biji-bijian|nafaka|hubub|حبوب|דגנים|粮食|穀物|곡물|gabona|σιτηρά",
  ],
  [
    "spice",
    "spices|epices|épices|especias|especiarias|spezie|gewurze|gewürze|przyprawy|spetsii|специи|baharat|rempah|viungo|توابل|בהרת|תבלינים|香料|スパイス|향신료",
  ],
  ["estates", "plantation|plantations|hacienda|tenuta|majatek|majątek|pomestye|поместье|perkebunan"],
  [
    "forging",
    "forging|forge|forges|forja|forjados|forgiatura|schmiede|kuznia|kuźnia|kovka|ковка|dovme|dövme|tempa|ghushi|حدادة|חישול|锻造|鍛造|단조|kovacija",
  ],
  [
    "foundry",
    "foundry|foundries|fonderie|fundicion|fundición|fundicao|fundição|fonderia|giesserei|gießerei|odlewnia|liteyny|литейный|dokumhane|pengecoran|مسبك|יציקה|铸造|鋳造|주조|livarna|ljevaonica",
  ],
  [
    "scrap",
    "ferraille|chatarra|sucata|rottami|schrott|zlom|złom|лом|hurda|besi tua|chuma chakavu|khurda|خردة|גרוטאות|废料|スクラップ|고철",
  ],
  [
    "recycling",
    "recycling|recyclage|reciclaje|reciclagem|riciclaggio|recycling|recykling|pererabotka|переработка|geri donusum|geri dönüşüm|daur ulang|urejelezaji|i'adat tadwir|إعادة تدوير|מחזור|回收|リサイクル|재활용",
  ],
  [
    "waste",
    "dechets|déchets|residuos|resíduos|rifiuti|abfall|abfälle|odpady|otkhody|отходы|atik|atık|limbah|taka|nifayat|نفايات|פסולת|废物|廃棄物|폐기물",
  ],
  [
    "environmental",
    "environment|environnement|ambiental|medio ambiente|ambiente|ambientale|umwelt|srodowisko|środowisko|ekologiya|экология|cevre|çevre|lingkungan|mazingira|bi'a|بيئة|סביבה|环境|環境|kankyo|환경",
  ],
  [
    "refining",
    "refinery|refineries|raffinage|raffinerie|refineria|refinería|refinaria|raffineria|raffinerie|rafineria|neftepererabotka|нефтепереработка|rafineri|kilang|kiwanda cha kusafisha|tasfiya|تكرير|זיקוק|炼油|精製|精油|정유",
  ],
  [
    "generation",
    "generacion|generación|geracao|geração|generazione|erzeugung|wytwarzanie|generatsiya|генерация|uretimi|üretimi|pembangkit|uzalishaji|tawlid|توليد|ייצור חשמל|发电|発電|발전",
  ],
  [
    "chartering",
    "charter|charters|affretement|affrètement|fletamento|fretamento|noleggio|befrachtung|czarter|фрахтование|penyewaan|kukodisha|ta'jir sufun|تأجير السفن|חכירה|租船|傭船|용선",
  ],
  [
    "salvage",
    "sauvetage|salvamento|recupero|bergung|ratownictwo|спасение|kurtarma|penyelamatan|uokoaji|inqadh|إنقاذ|חילוץ|打捞|サルベージ|구난",
  ],
  ["feeder", "feeders"],
  ["bulk", "vrac|granel|rinfusa|schuttgut|schüttgut|masowy|навалочный|dökme|dokme|curah|wingi|sa'ib|سائب|תפזורת|散货|バルク|벌크"],
  [
    "carriers",
    "carrier|transporteurs|transportistas|vettori|reederei|przewoznicy|перевозчики|taşıyıcılar|pengangkut|wasafirishaji|nāqilat|ناقلات|מובילים|承运|キャリア|캐리어",
  ],
  [
    "fuel",
    "fuel|fuels|carburant|carburants|combustible|combustiveis|combustibili|kraftstoff|brennstoff|paliwo|paliwa|toplivo|топливо|yakit|yakıt|bahan bakar|wuqud|وقود|דלק|燃料|nenryo|연료",
  ],
  ["tobacco", "tobacco|tabac|tabaco|tabacco|tabak|tytoń|tyton|табак|tütün|tutun|tembakau|tumbaku|tabgh|تبغ|טבק|烟草|タバコ|담배"],
  [
    "jewellery",
    "jewellery|jewelry|jewellers|jewelers|bijouterie|joaillerie|joyeria|joyería|joalheria|gioielleria|gioielli|schmuck|juweliere|jubiler|bizhuteriya|ювелир|kuyumculuk|perhiasan|vito|mujawharat|مجوهرات|תכשיטים|珠宝|宝飾|귀금속|bijoux",
  ],
  [
    "stone",
    "stones|pierre|pierres|piedra|piedras|pedra|pedras|pietra|pietre|stein|steine|kamien|kamień|kamen|камень|tas|taş|batu|jiwe|hajar|حجر|אבן|石|ishi|돌",
  ],
  [
    "home",
    "home|homes|house|housing|maison|logement|casa|vivienda|habitacao|habitação|abitazione|haus|wohnen|wohnungsbau|dom|mieszkania|dom|дом|жилье|konut|rumah|perumahan|nyumba|bayt|sakan|سكن|بيت|בית|דיור|住宅|房屋|주택",
  ],
  [
    "kitchen",
    "kitchen|kitchens|cuisine|cuisines|cocina|cocinas|cozinha|cucina|cucine|kuche|küche|kuchnia|kukhnya|кухня|mutfak|dapur|jiko|matbakh|مطبخ|מטבח|厨房|キッチン|주방",
  ],
  [
    "institute",
    "institute|institut|instituto|istituto|instytut|институт|enstitu|enstitü|institut|taasisi|ma'had|معهد|מכון|研究所|研究院|연구소",
  ],
  [
    "research",
    "research|recherche|investigacion|investigación|pesquisa|ricerca|forschung|badania|badawczy|issledovaniya|исследования|научно|arastirma|araştırma|penelitian|utafiti|abhath|أبحاث|מחקר|研究|kenkyu|연구",
  ],
  [
    "science",
    "science|sciences|scientific|sciences|ciencia|ciência|scienza|wissenschaft|nauka|наука|научный|bilim|ilmu|sayansi|ulum|علوم|מדע|科学|kagaku science|과학",
  ],
  [
    "education",
    "education|educacion|educación|educacao|educação|istruzione|bildung|edukacja|obrazovanie|образование|egitim|eğitim|pendidikan|elimu|ta'lim|تعليم|חינוך|教育|교육",
  ],
  [
    "foundation",
    "foundation|fondation|fundacion|fundación|fundacao|fundação|fondazione|stiftung|fundacja|fond|фонд|vakif|vakıf|yayasan|wakfu|mu'assasa|مؤسسة|עמותה|קרן|基金会|財団|재단",
  ],
  ["charity", "charity|charitable|benevolence|خيرية|צדקה|慈善|자선"],
  [
    "association",
    "association|asociacion|asociación|associacao|associação|associazione|verein|stowarzyszenie|assotsiatsiya|ассоциация|dernek|perkumpulan|asosiasi|chama|jam'iya|جمعية|אגודה|协会|協会|kyokai|협회",
  ],
  ["committee", "committee|comite|comité|comitato|komitee|komitet|комитет|komite|panitia|kamati|lajna|لجنة|ועדה|委员会|委員会|위원회"],
  [
    "organization",
    "organization|organisation|organizacion|organización|organizacao|organização|organizzazione|organisation|organizacja|organizatsiya|организация|orgut|örgüt|organisasi|shirika|munazzama|منظمة|ארגון|组织|組織|soshiki|조직",
  ],
  ["!front", "front|frente|fronte|front|фронт|cephe|front|jabha|جبهة|חזית|阵线|戦線|전선"],
  [
    "!movement",
    "movement|mouvement|movimiento|movimento|bewegung|ruch|dvizhenie|движение|hareket|gerakan|vuguvugu|haraka|حركة|תנועה|运动|運動|운동",
  ],
  ["!army", "army|armee|armée|ejercito|ejército|exercito|exército|esercito|armee|armia|armiya|армия|ordu|tentara|jeshi|jaysh|جيش|军|軍|군"],
  ["!brigade", "brigade|brigades|brigada|brigata|brygada|бригада|tugay|tugayı|brigade|kata'ib|كتائب|كتيبة|חטיבה|旅|여단"],
  ["!party", "party|parti|partido|partito|partei|partia|partiya|партия|hizb|حزب|מפלגה|党|정당"],
  [
    "!council",
    "council|consejo|conselho|consiglio|rat|rada|sovet|совет|konsey|meclis|dewan|baraza|majlis|مجلس|מועצה|理事会|評議会|위원회 council",
  ],
  [
    "!ministry",
    "ministry|ministere|ministère|ministerio|ministério|ministero|ministerium|ministerstwo|ministerstvo|министерство|bakanlik|bakanlık|kementerian|wizara|wizarat|وزارة|משרד|部|省|부처",
  ],
  [
    "!government",
    "government|gouvernement|gobierno|governo|regierung|rzad|rząd|pravitelstvo|правительство|hukumet|hükümet|pemerintah|serikali|hukuma|حكومة|ממשלה|政府|정부",
  ],
  [
    "!state",
    "state|etat|état|estado|stato|staat|panstwo|państwo|gosudarstvo|государство|devlet|negara|nchi|dawla|دولة|מדינה|国营|国有|국영",
  ],
  [
    "!republic",
    "republic|republique|république|republica|república|repubblica|republik|rzeczpospolita|respublika|республика|cumhuriyet|republik|jamhuri|jumhuriya|جمهورية|רפובליקה|共和国|공화국",
  ],
  [
    "!islamic",
    "islamic|islamique|islamico|islámico|islamica|islamisch|islamski|islamskiy|исламский|islami|islam|kiislamu|islamiya|إسلامية|الإسلامية|אסלאמי|伊斯兰|イスラム|이슬람",
  ],
  [
    "university",
    "university|universite|université|universidad|universidade|universita|università|universitat|universität|uniwersytet|universitet|университет|universite|universitesi|universitas|chuo kikuu|jami'a|جامعة|אוניברסיטה|大学|대학교",
  ],
  [
    "hospital",
    "hospital|hopital|hôpital|ospedale|krankenhaus|klinikum|szpital|bolnitsa|больница|hastane|rumah sakit|hospitali|mustashfa|مستشفى|בית חולים|医院|病院|병원",
  ],
  [
    "pharmacy",
    "pharmacy|pharmacie|farmacia|farmácia|apotheke|apteka|аптека|eczane|apotek|duka la dawa|saydaliya|صيدلية|בית מרקחת|药房|薬局|약국",
  ],
  [
    "laboratory",
    "laboratory|laboratories|labs|lab|laboratoire|laboratoires|laboratorio|laboratorios|laboratório|laboratori|labor|labore|laboratorium|laboratoriya|лаборатория|laboratuvar|laboratorium|maabara|mukhtabar|مختبر|מעבדה|实验室|研究所 lab|연구실",
  ],
  [
    "exchange",
    "exchange|cambio|câmbio|cambi|wechsel|börse|borse|wymiana|kantor|obmen|обмен|биржа|doviz|döviz|borsa|penukaran|bursa|kubadilisha|sarafa|صرافة|صرافه|חלפנות|兑换|両替|환전",
  ],
  ["money", "dinero|dinheiro|denaro|geld|pieniadze|pieniądze|dengi|деньги|para|uang|pesa|مال|钱|金融 money|돈"],
  [
    "transfer",
    "transfer|transfers|transfert|transferencia|transferência|trasferimento|uberweisung|przelew|perevod|перевод|havale|transfer|uhamisho|tahwil|تحويل|העברה|汇款|送金|송금|remittance|remittances",
  ],
  [
    "commodities",
    "commodities|commodity|matieres premieres|materias primas|materie prime|rohstoffe|surowce|syrye|сырье|emtia|komoditas|bidhaa ghafi|sila'|سلع|סחורות|大宗商品|商品|원자재",
  ],
  [
    "resources",
    "resources|ressources|recursos|risorse|ressourcen|zasoby|resursy|ресурсы|kaynaklar|sumber daya|rasilimali|mawarid|موارد|משאבים|资源|資源|shigen|자원",
  ],
  [
    "minerals",
    "minerals|mineral|mineraux|minéraux|minerales|minerais|minerali|mineralien|mineraly|минералы|mineraller|mineral|madini|ma'adin|معادن|מינרלים|矿产|鉱物|광물",
  ],
  [
    "sanitary",
    "sanitary|sanitaire|sanitario|sanitários|sanitari|sanitär|sanitarny|сантехника|sihhi|sıhhi|sanitasi|usafi wa mazingira|sihhiya|صحية|סניטרי|卫浴|衛生|위생",
  ],
  ["shop", "shopping|магазин|magazin|dukkan|dükkan|toko|duka|dukkan|دكان|חנות|商店|店|가게"],
  ["shoji", "shouji|상사|sangsa"],
  ["maru", "丸"],
  ["weaving", "tissage|tejeduria|tessitura|weberei|tkalnia|ткацкая|dokuma|tenun"],
  ["spinning", "filature|hilanderia|fiacao|filatura|spinnerei|przedzalnia|прядильная|iplik|pemintalan"],
  [
    "garments",
    "garments|garment|apparel|clothing|clothes|vetements|vêtements|confeccoes|confecciones|abbigliamento|bekleidung|odziez|odzież|odezhda|одежда|giyim|konfeksiyon|pakaian|mavazi|malabis|ملابس|ביגוד|服装|의류",
  ],
  ["cotton", "coton|algodon|algodão|algodao|cotone|baumwolle|bawelna|bawełna|khlopok|хлопок|pamuk|kapas|pamba|qutn|قطن|כותנה|棉|綿|면화"],
  ["fabrics", "fabrics|fabric|tissus|tejidos|tecidos|tessuti|stoffe|tkaniny|ткани|kumas|kumaş|kain|vitambaa"],
  ["freight", "fret|carga|cargo|cargas|frachten|fracht|fuvar|ladung|груз|грузовые|gruz|kargo|muatan|mizigo|shahn|شحن|מטען|货运|貨物|화물"],
  [
    "forwarding",
    "forwarding|forwarders|forwarder|spedizioni|spedizione|spedition|spediteur|expedition|transitaire|transitario|ekspeditsiya|экспедиция|ekspedisi|upelekaji|تخليص|שילוח|货代|フォワーディング|포워딩",
  ],
  ["trucking", "haulage|hauliers|haulier|camionnage|camiones|caminhoes|autotrasporti|lkw|ciezarowe|грузоперевозки|kamyon|truk|malori"],
  [
    "farm",
    "farm|farms|farming|ferme|fermes|granja|granjas|fazenda|fazendas|fattoria|bauernhof|gospodarstwo|ферма|fermer|ciftlik|çiftlik|peternakan|shamba|mazraa|مزرعة|חווה|农场|農場|농장",
  ],
  ["grazing", "pastoral|pasture|paturage|pastoreo|pascolo|weide|pastwisko|пастбище|mera|merumput"],
  ["cattle", "livestock|elevage|élevage|ganaderia|ganadería|pecuaria|viehzucht|hodowla|скотоводство|hayvancilik|hayvancılık"],
  ["cattle+livestock", "ganado|gado|vieh|bydlo|bydło|skot|скот|hayvan|ternak|mifugo|mawashi|مواشي|בקר|家畜|가축"],
  [
    "cold+storage",
    "coldstore|cold stores|chlodnie|kholodilnik|холодильник|frigorifico|frigorífico|frigorificos|frigorifique|refrigerated|refrigeration|reefer|kuhlhaus|kühlhaus|soguk hava|soğuk hava",
  ],
  [
    "health",
    "health|healthcare|sante|santé|salud|saude|saúde|salute|gesundheit|zdrowie|здоровье|zdorovye|saglik|sağlık|kesehatan|afya|sihha|صحة|בריאות|健康|건강",
  ],
  [
    "training",
    "training|formation|formacion|formación|formacao|formação|formazione|ausbildung|schulung|szkolenia|obuchenie|обучение|egitim merkezi|pelatihan|mafunzo|tadrib|تدريب|הדרכה|培训|研修|연수",
  ],
  [
    "academy",
    "academy|academie|académie|academia|accademia|akademie|akademia|akademiya|академия|akademi|أكاديمية|אקדמיה|学院|アカデミー|아카데미",
  ],
  [
    "school",
    "school|schools|college|ecole|école|escuela|escola|scuola|schule|szkola|szkoła|shkola|школа|okul|sekolah|shule|madrasa|madrasah|مدرسة|בית ספר|学校|학교",
  ],
  [
    "relief",
    "relief|aid|secours|ayuda|socorro|soccorso|hilfe|pomoc|pomoshch|помощь|yardim|yardım|bantuan|msaada|ighatha|إغاثة|اغاثة|סיוע|救援|구호",
  ],
  [
    "humanitarian",
    "humanitarian|humanitaire|humanitaria|humanitario|umanitaria|humanitare|humanitär|humanitarna|гуманитарный|insani|kemanusiaan|insaniya|إنسانية|הומניטרי|人道",
  ],
  [
    "welfare",
    "welfare|bienfaisance|bienestar|bem-estar|benessere|wohlfahrt|opieka|благосостояние|refah|kesejahteraan|ustawi|rifah|رفاه|רווחה|福利|복지",
  ],
  ["resort", "resort|resorts|complexe touristique|complejo|villaggio turistico|ferienanlage|kurort|курорт|tatil koyu"],
  [
    "joinery",
    "joinery|carpentry|tesarstvo|stolarstvo|menuiserie|carpinteria|carpintaria|falegnameria|schreinerei|tischlerei|stolarka|stolyarnaya|столярная|marangoz|doğrama|dograma|pertukangan",
  ],
  ["marble", "marble|marbre|marmol|mármol|marmore|mármore|marmo|marmi|marmor|marmur|мрамор|mermer|marmer|رخام|שיש|大理石|대리석"],
  ["granite", "granite|granit|granito|гранит|granit|جرانيت|גרניט|花岗岩|御影石|화강암"],
  [
    "quarry",
    "quarry|quarries|carriere|carrière|carrieres|cantera|pedreira|cava|cave|steinbruch|kamieniolom|kamieniołom|карьер|tas ocagi|taş ocağı|tambang batu|machimbo|مقلع|מחצבה|采石场|採石場|채석장",
  ],
  [
    "maritime",
    "maritime|marittima|maritima|marítima|maritimo|marítimo|maritim|maritiem|morskoy|морской|denizcilik hizmetleri|bahriya|ימית|海事|해사",
  ],
];
