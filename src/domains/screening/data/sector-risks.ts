import type { SectorRisk } from "../sector-risk.schema.js";

// Default list of NACE sectors at high risk of trafficking for labour or sexual exploitation. Each
// organisation starts from this list and may edit it (PUT /api/v1/screening/sector-risks). A code matches
// a company's NACE code and everything below it ("81.2" matches "81.21"); the most specific entry wins.

const S = {
  globalEstimates: {
    title: "Global Estimates of Modern Slavery: Forced Labour and Forced Marriage (2022)",
    publisher: "ILO, Walk Free, IOM",
    url: "https://www.walkfree.org/global-slavery-index/",
  },
  fra2015: {
    title: "Severe labour exploitation: workers moving within or into the European Union (2015)",
    publisher: "EU Agency for Fundamental Rights",
    url: "https://fra.europa.eu/en/publication/2015/severe-labour-exploitation-workers-moving-within-or-european-union",
  },
  fra2019: {
    title: "Protecting migrant workers from exploitation in the EU: workers' perspectives (2019)",
    publisher: "EU Agency for Fundamental Rights",
  },
  dol: {
    title: "List of Goods Produced by Child Labor or Forced Labor",
    publisher: "US Department of Labor, ILAB",
    url: "https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods",
  },
  iloFishing: { title: "Caught at sea: forced labour and trafficking in fisheries (2013)", publisher: "ILO" },
  iloC189: { title: "Domestic Workers Convention, 2011 (No. 189)", publisher: "ILO" },
  iloFairRecruitment: { title: "General principles and operational guidelines for fair recruitment (2019)", publisher: "ILO" },
  greta: {
    title: "Annual general reports and country evaluations",
    publisher: "Council of Europe, GRETA",
    url: "https://www.coe.int/en/web/anti-human-trafficking",
  },
  unodc: {
    title: "Global Report on Trafficking in Persons",
    publisher: "UNODC",
    url: "https://www.unodc.org/unodc/en/data-and-analysis/glotip.html",
  },
  europol: {
    title: "Trafficking in human beings — crime area",
    publisher: "Europol",
    url: "https://www.europol.europa.eu/crime-areas/trafficking-in-human-beings",
  },
} as const;

export const DEFAULT_SECTOR_RISKS: SectorRisk[] = [
  {
    naceCode: "01",
    label: "Crop and animal production",
    level: "high",
    reason:
      "Seasonal, migrant and informal labour, piece rates, housing provided by the employer and chains of labour providers. Agriculture is the sector where EU member states most often identify severe labour exploitation.",
    sources: [S.fra2015, S.globalEstimates, S.dol],
  },
  {
    naceCode: "02",
    label: "Forestry and logging",
    level: "medium",
    reason:
      "Remote work sites, seasonal migrant crews and subcontracting; timber is listed for forced labour in several producing countries.",
    sources: [S.dol, S.globalEstimates],
  },
  {
    naceCode: "03",
    label: "Fishing and aquaculture",
    level: "high",
    reason:
      "Crews isolated at sea for months; documented debt bondage, confiscated documents, violence and trans-shipment that hides abuse. Fish and shrimp are listed for forced labour in several countries.",
    sources: [S.iloFishing, S.dol, S.globalEstimates],
  },
  {
    naceCode: "05",
    label: "Mining of coal and lignite",
    level: "high",
    reason: "Remote sites, hazardous work, child labour and debt bondage in informal mining.",
    sources: [S.dol, S.globalEstimates],
  },
  {
    naceCode: "06",
    label: "Extraction of crude petroleum and natural gas",
    level: "medium",
    reason: "Migrant contract labour in remote camps, recruitment fees paid by workers.",
    sources: [S.iloFairRecruitment, S.globalEstimates],
  },
  {
    naceCode: "07",
    label: "Mining of metal ores",
    level: "high",
    reason:
      "Artisanal and small-scale mining of gold, cobalt, tin, tantalum and tungsten ores with child and forced labour; minerals reach electronics, vehicles and jewellery.",
    sources: [S.dol, S.globalEstimates],
  },
  {
    naceCode: "08",
    label: "Other mining and quarrying",
    level: "high",
    reason: "Mica, stone and sand quarrying with child labour and debt bondage (e.g. mica in India and Madagascar).",
    sources: [S.dol],
  },
  {
    naceCode: "09",
    label: "Mining support service activities",
    level: "medium",
    reason: "Subcontracted and migrant workforce in remote camps.",
    sources: [S.globalEstimates],
  },
  {
    naceCode: "10",
    label: "Manufacture of food products",
    level: "high",
    reason:
      "Meat, fish and vegetable processing and packing rely on subcontracted and agency labour, long shifts and tied housing; several large cases in European meat processing.",
    sources: [S.fra2015, S.fra2019, S.globalEstimates],
  },
  {
    naceCode: "13",
    label: "Manufacture of textiles",
    level: "high",
    reason:
      "Long and opaque supply chains; forced labour in cotton growing and spinning, including state-imposed labour; home-working and subcontracting.",
    sources: [S.dol, S.globalEstimates],
  },
  {
    naceCode: "14",
    label: "Manufacture of wearing apparel",
    level: "high",
    reason:
      "Garment production with unauthorised subcontracting, excessive overtime and recruitment debt — in producing countries and in sweatshops inside Europe.",
    sources: [S.dol, S.fra2015, S.globalEstimates],
  },
  {
    naceCode: "15",
    label: "Manufacture of leather and related products",
    level: "high",
    reason: "Tanneries and footwear: hazardous work, child labour, informal workshops; leather from cattle raised with forced labour.",
    sources: [S.dol, S.globalEstimates],
  },
  {
    naceCode: "41",
    label: "Construction of buildings",
    level: "high",
    reason:
      "Chains of subcontractors, posted and migrant workers, recruitment debt and wage theft; construction is among the sectors where labour trafficking is most often identified in Europe.",
    sources: [S.fra2015, S.europol, S.greta],
  },
  {
    naceCode: "42",
    label: "Civil engineering",
    level: "high",
    reason: "As for building construction: subcontracting chains and migrant labour on large sites.",
    sources: [S.fra2015, S.greta],
  },
  {
    naceCode: "43",
    label: "Specialised construction activities",
    level: "high",
    reason: "Small subcontractors and bogus self-employment; workers recruited through informal intermediaries.",
    sources: [S.fra2015, S.greta],
  },
  {
    naceCode: "49",
    label: "Land transport",
    level: "high",
    reason:
      "Long-haul drivers from outside the EU working for months without proper pay, documents held by the employer, letterbox companies hiding the real employer.",
    sources: [S.fra2019, S.europol],
  },
  {
    naceCode: "52",
    label: "Warehousing and support activities for transportation",
    level: "medium",
    reason: "Agency labour, intense targets and temporary migrant workforce in logistics hubs.",
    sources: [S.fra2019],
  },
  {
    naceCode: "55",
    label: "Accommodation",
    level: "high",
    reason:
      "Migrant housekeeping and kitchen staff, recruitment debt, housing tied to the job; hotels are also used as venues of sexual exploitation.",
    sources: [S.fra2015, S.europol, S.unodc],
  },
  {
    naceCode: "56",
    label: "Food and beverage service activities",
    level: "high",
    reason:
      "Restaurants and bars: undeclared work, very long hours, workers housed and controlled by the employer; bars and clubs as venues of sexual exploitation.",
    sources: [S.fra2015, S.europol],
  },
  {
    naceCode: "78",
    label: "Employment activities (temporary-work and recruitment agencies)",
    level: "high",
    reason:
      "Recruitment fees, deceptive contracts and deductions paid by workers; agencies are the channel through which exploitation reaches reputable businesses.",
    sources: [S.iloFairRecruitment, S.fra2019, S.globalEstimates],
  },
  {
    naceCode: "81.2",
    label: "Cleaning activities",
    level: "high",
    reason: "Subcontracted, isolated, often night work by migrant workers; wage theft and bogus self-employment.",
    sources: [S.fra2015, S.fra2019],
  },
  {
    naceCode: "45.20",
    label: "Maintenance and repair of motor vehicles (incl. hand car washes)",
    level: "medium",
    reason: "Hand car washes have repeatedly been found to use forced labour of migrant workers.",
    sources: [S.greta],
  },
  {
    naceCode: "96.02",
    label: "Hairdressing and other beauty treatment (incl. nail bars)",
    level: "medium",
    reason: "Nail bars have been found to exploit young migrants, including children, in forced labour.",
    sources: [S.greta, S.europol],
  },
  {
    naceCode: "96.04",
    label: "Physical well-being activities (saunas, massage parlours)",
    level: "high",
    reason: "Massage parlours and saunas are frequent venues of sexual exploitation.",
    sources: [S.europol, S.unodc, S.greta],
  },
  {
    naceCode: "96.09",
    label: "Other personal service activities (incl. escort and dating services)",
    level: "high",
    reason: "Escort services and some dating platforms are used to advertise and organise sexual exploitation.",
    sources: [S.europol, S.unodc],
  },
  {
    naceCode: "93.29",
    label: "Other amusement and recreation activities (incl. night clubs)",
    level: "high",
    reason: "Night clubs and the adult entertainment industry are among the most common settings of trafficking for sexual exploitation.",
    sources: [S.unodc, S.europol],
  },
  {
    naceCode: "97",
    label: "Activities of households as employers of domestic personnel",
    level: "high",
    reason:
      "Work in private homes, out of sight of labour inspection; live-in workers depend on the employer for housing and papers; au-pair schemes misused.",
    sources: [S.iloC189, S.globalEstimates, S.fra2015],
  },
];
