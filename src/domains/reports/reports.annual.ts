import type { Ctx } from "../../platform/context.js";
import { audit } from "../audit/audit.service.js";
import { naceSection, naceSectionLabel } from "../companies/nace.js";
import { listModes } from "../engagements/engagements.modes.js";
import { renderAnnualPdf } from "./reports.annual-pdf.js";
import { modeLabel, translator } from "./reports.labels.js";
import { acknowledgementsOfYear, agreedAndEnded, engagementsWithAgreements, indicatorsAsOf, orgName, stageSteps } from "./reports.repo.js";
import { effectivePublication, runsInYear, sumByCurrency } from "./reports.rules.js";
import type { AnnualPartner, AnnualQuery, AnnualReport } from "./reports.schema.js";

// The annual partnerships report holds only what may be published. A partnership belongs to a year when
// it reached agreement and ran during that year. Confidential ones (the engagement's choice, or a
// confidential agreement) are left out entirely — name, title, value, results and acknowledgements — and
// only counted; anonymous ones show the sector instead of the company and no title. Stories, notes,
// risks and screening are never read.

/** The annual report of the caller's organisation for `q.year` (default: this year). */
export async function annualReport(ctx: Ctx, q: AnnualQuery): Promise<AnnualReport> {
  const year = q.year ?? new Date().getUTCFullYear();
  const t = translator(q.lang);
  const yearEnd = `${year}-12-31`;

  const rows = await engagementsWithAgreements(ctx.db, ctx.orgId);

  const steps = await stageSteps(
    ctx,
    rows.map((r) => r.e.id),
  );
  const inYear = rows.flatMap((r) => {
    const { agreedOn, endedOn } = agreedAndEnded(
      steps.filter((s) => s.engagementId === r.e.id),
      r.e.stage,
    );
    if (!agreedOn) return [];
    const since = r.a?.startsOn ?? agreedOn;
    if (!runsInYear(since, endedOn, year)) return [];
    const agreementFlags =
      r.a && r.a.confidential !== null ? { confidential: r.a.confidential, clearedForPublication: !!r.a.clearedForPublication } : null;
    return [{ ...r, since, endedOn, publication: effectivePublication(r.e.publication, agreementFlags) }];
  });
  const shown = inYear.filter((r) => r.publication !== "confidential");

  // Every engagement's publication (any year): an acknowledgement of a company is listed only when all
  // of that company's engagements may name it.
  const publicationOf = new Map(
    rows.map((r) => [
      r.e.id,
      effectivePublication(
        r.e.publication,
        r.a && r.a.confidential !== null ? { confidential: r.a.confidential, clearedForPublication: !!r.a.clearedForPublication } : null,
      ),
    ]),
  );
  const companyNamedEverywhere = new Map<string, boolean>();
  for (const r of rows)
    companyNamedEverywhere.set(
      r.e.companyId,
      (companyNamedEverywhere.get(r.e.companyId) ?? true) && publicationOf.get(r.e.id) === "public",
    );

  const [org, modes, indicators, acks] = await Promise.all([
    orgName(ctx),
    listModes(ctx).then((m) => m.items),
    indicatorsAsOf(
      ctx,
      shown.map((r) => r.e.id),
      yearEnd,
    ),
    acknowledgementsOfYear(ctx.db, ctx.orgId, year),
  ]);
  const listed = acks.filter((a) =>
    a.engagementId
      ? publicationOf.get(a.engagementId) === "public" && companyNamedEverywhere.get(a.companyId) !== false
      : companyNamedEverywhere.get(a.companyId) === true,
  );
  const own = new Map(modes.map((m) => [m.key, m.label]));

  // Named partners first, alphabetically; anonymous ones after them (their order must not hint at names).
  const ordered = [...shown].sort((x, y) =>
    x.publication === y.publication
      ? x.publication === "public"
        ? x.companyName.localeCompare(y.companyName)
        : x.since.localeCompare(y.since)
      : x.publication === "public"
        ? -1
        : 1,
  );
  const partners: AnnualPartner[] = ordered.map((r) => {
    const section = r.nace ? naceSection(r.nace) : null;
    const sector = section ? naceSectionLabel(section, q.lang) : null;
    const named = r.publication === "public";
    const name = named
      ? r.companyName
      : sector
        ? // "a company in manufacturing"; German nouns keep their capitals ("Verarbeitendes Gewerbe").
          t("annual.anonymousCompany", { sector: q.lang === "de" ? sector.split(";")[0] : sector.split(";")[0].toLowerCase() })
        : t("annual.anonymousCompanyNoSector");
    return {
      publication: named ? "public" : "anonymous",
      name,
      sector,
      title: named ? r.e.title : null,
      modes: r.e.modes,
      stage: r.e.stage,
      since: r.since,
      endedOn: r.endedOn,
      value: {
        currency: r.e.currency,
        money: r.e.moneyAmount,
        inKind: r.e.inKindValue,
        inKindDescription: named ? r.e.inKindDescription : null,
        nonMonetary: named ? r.e.nonMonetaryValue : null,
      },
      // An anonymous partner's indicators are counted in the totals but not itemised: their names and exact
      // figures ("survivors employed at our hotels", 7) can identify the company.
      indicators: named ? (indicators.get(r.e.id) ?? []).map(({ id: _id, ...i }) => i) : [],
      acknowledgements: named ? listed.filter((a) => a.engagementId === r.e.id).length : 0,
    };
  });

  const valued = (ps: AnnualPartner[]) =>
    sumByCurrency(ps.map((p) => ({ currency: p.value.currency, money: p.value.money, inKind: p.value.inKind })));
  const modeKeys = [...new Set(partners.flatMap((p) => p.modes))].sort(
    (a, b) => (modes.find((m) => m.key === a)?.position ?? 999) - (modes.find((m) => m.key === b)?.position ?? 999),
  );
  const allIndicators = ordered.flatMap((r) => indicators.get(r.e.id) ?? []);

  return {
    year,
    organisation: org,
    generatedAt: new Date().toISOString(),
    counts: {
      partnerships: partners.length,
      public: partners.filter((p) => p.publication === "public").length,
      anonymous: partners.filter((p) => p.publication === "anonymous").length,
      companies: new Set(shown.map((r) => r.e.companyId)).size,
      indicators: allIndicators.length,
      indicatorsAchieved: allIndicators.filter((i) => i.achieved).length,
      acknowledgements: listed.length,
    },
    partners,
    modes: modeKeys.map((key) => {
      const of = partners.filter((p) => p.modes.includes(key));
      return { key, label: modeLabel(q.lang, key, own), partnerships: of.length, value: valued(of) };
    }),
    totals: valued(partners),
    acknowledgements: listed.map((a) => ({
      company: a.companyName,
      channel: a.channel,
      occurredOn: a.occurredOn,
      title: a.title,
      url: a.url,
    })),
    leftOut: { partnerships: inYear.length - shown.length, acknowledgements: acks.length - listed.length },
  };
}

/** The annual report as a PDF file (recorded in the audit log). */
export async function annualReportPdf(ctx: Ctx, q: AnnualQuery): Promise<{ bytes: Buffer; filename: string }> {
  const r = await annualReport(ctx, q);
  const bytes = await renderAnnualPdf(r, q.lang);
  await audit(ctx, {
    action: "export",
    entityType: "report",
    summary: `Generated the partnerships report ${r.year}`,
    details: { year: r.year, lang: q.lang, partnerships: r.counts.partnerships, leftOut: r.leftOut.partnerships },
  });
  return { bytes, filename: `partnerships-report-${r.year}.pdf` };
}
