import { BarChart3, BellRing, ClipboardList, PenLine } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { DataTable } from "../components/data-table";
import { EmptyState, ErrorState, Loading, PageHeader } from "../components/states";
import { formatDateTime } from "../lib/format";
import { FormError } from "../components/field";
import { useToast } from "../components/toast";
import { type RoundDetail, useRemind, useRound } from "./api";
import { ProgressBadges, StatusBadge } from "./progress";
import { CapacityProfileCard, HeatmapCard } from "./capacity";
import { RoundDates } from "./rounds-card";

/** A round: coordinators follow every organisation's progress; a member sees its own status and answers the survey. */
export default function RoundPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("assessment");
  const q = useRound(id);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  return (
    <>
      <PageHeader
        breadcrumb={<RoundBreadcrumb round={r} />}
        title={<span data-testid="round-title">{t("round.title", { name: r.name })}</span>}
        description={t("round.questionnaire", { title: r.questionnaire.title, version: r.questionnaire.version })}
        actions={
          <Link className="btn" to={`/assessment/${r.id}/report`} data-testid="round-report-link">
            <BarChart3 size={16} aria-hidden /> {t("round.report")}
          </Link>
        }
      />
      <div className="stack-lg">
        <section className="card" aria-labelledby="round-summary">
          <div className="card-body stack">
            <h2 id="round-summary" className="sr-only">
              {t("round.summary")}
            </h2>
            <div className="row" style={{ gap: 16, flexWrap: "wrap" }}>
              <span>
                <strong>{t("rounds.dates")}:</strong> <RoundDates round={r} />
              </span>
              <ProgressBadges round={r} />
            </div>
          </div>
        </section>
        {r.coordinator ? <Progress round={r} /> : <OwnStatus round={r} />}
        {r.coordinator ? <HeatmapCard roundId={r.id} /> : <CapacityProfileCard roundId={r.id} networkId={r.networkId} />}
      </div>
    </>
  );
}

export function RoundBreadcrumb({ round: r, here }: { round: RoundDetail; here?: string }) {
  const { t } = useTranslation(["assessment", "networks"]);
  return (
    <>
      <Link to="/networks">{t("networks:title")}</Link> <span aria-hidden>/</span>{" "}
      <Link to={`/networks/${r.networkId}`}>{t("round.network")}</Link> <span aria-hidden>/</span>{" "}
      {here ? <Link to={`/assessment/${r.id}`}>{r.name}</Link> : <span>{r.name}</span>}
      {here && (
        <>
          {" "}
          <span aria-hidden>/</span> <span>{here}</span>
        </>
      )}
    </>
  );
}

function Progress({ round: r }: { round: RoundDetail }) {
  const { t } = useTranslation("assessment");
  return (
    <section className="card" aria-labelledby="progress-title" data-testid="round-organisations">
      <div className="card-header">
        <h2 id="progress-title">{t("round.organisations")}</h2>
        <span className="badge">{r.organizations.length}</span>
      </div>
      <Reminder round={r} />
      <DataTable
        rows={r.organizations}
        label={t("round.organisations")}
        testId="round-organisations-table"
        rowTestId="round-organisation"
        rowKey={(o) => o.organizationId}
        empty={
          <EmptyState icon={ClipboardList} title={t("round.noOrganisations")}>
            {t("round.noOrganisationsBody")}
          </EmptyState>
        }
        columns={[
          { id: "name", header: t("round.organisation"), className: "wrap", cell: (o) => o.name },
          { id: "status", header: t("round.status"), cell: (o) => <StatusBadge status={o.status} /> },
          { id: "submitted", header: t("round.submittedAt"), cell: (o) => (o.submittedAt ? formatDateTime(o.submittedAt) : "—") },
        ]}
      />
    </section>
  );
}

function OwnStatus({ round: r }: { round: RoundDetail }) {
  const { t } = useTranslation("assessment");
  const own = r.organizations[0];
  if (!own) return null;
  return (
    <section className="card" aria-labelledby="own-title" data-testid="round-own">
      <div className="card-header">
        <h2 id="own-title">{t("round.yourResponse", { name: own.name })}</h2>
        <StatusBadge status={own.status} />
      </div>
      <div className="card-body stack">
        <p>{t(`round.ownHint.${own.status}`)}</p>
        <div>
          <Link className="btn btn-primary" to={`/assessment/${r.id}/answer`} data-testid="round-answer">
            <PenLine size={16} aria-hidden /> {own.status === "submitted" ? t("round.viewAnswers") : t("round.answer")}
          </Link>
        </div>
      </div>
    </section>
  );
}

/** Hours between two reminders of one round (the server refuses sooner ones). */
const REMINDER_INTERVAL_HOURS = 12;

/** The coordinator's reminder to the organisations that have not submitted, with why it cannot be sent now. */
function Reminder({ round: r }: { round: RoundDetail }) {
  const { t } = useTranslation("assessment");
  const toast = useToast();
  const remind = useRemind(r.id);
  const open = r.organizations.filter((o) => o.status !== "submitted").length;
  const today = new Date().toISOString().slice(0, 10);
  const next = r.remindedAt ? new Date(new Date(r.remindedAt).getTime() + REMINDER_INTERVAL_HOURS * 3600_000) : null;
  const blocked =
    r.closesOn && r.closesOn < today
      ? t("reminder.closed")
      : open === 0
        ? t("reminder.allSubmitted")
        : next && next > new Date()
          ? t("reminder.tooSoon", { at: formatDateTime(next.toISOString()) })
          : null;
  return (
    <div className="card-body stack" style={{ borderBottom: "1px solid var(--color-border)" }} data-testid="round-reminder">
      <div className="row" style={{ gap: 12, flexWrap: "wrap", alignItems: "center" }}>
        <button
          type="button"
          className="btn"
          disabled={!!blocked || remind.isPending}
          aria-busy={remind.isPending || undefined}
          onClick={() =>
            remind.mutate(undefined, {
              onSuccess: (res) => toast.success(t("reminder.sent", { count: res.organizations })),
            })
          }
          data-testid="round-remind"
        >
          {remind.isPending ? <span className="spinner" aria-hidden /> : <BellRing size={16} aria-hidden />}{" "}
          {t("reminder.send", { count: open })}
        </button>
        <span className="small muted" data-testid="round-reminder-status">
          {blocked ?? t("reminder.hint")}
          {r.remindedAt && ` ${t("reminder.last", { at: formatDateTime(r.remindedAt) })}`}
        </span>
      </div>
      <FormError error={remind.error} />
    </div>
  );
}
