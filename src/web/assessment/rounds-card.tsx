import { ClipboardList, Upload } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AddButton } from "../components/add-button";
import { DataTable } from "../components/data-table";
import { FormDialog, FormField } from "../components/form-dialog";
import { EmptyState, ErrorState } from "../components/states";
import { useToast } from "../components/toast";
import { formatDate } from "../lib/format";
import { type Round, useCreateRound, useRounds } from "./api";
import { ImportResponsesDialog } from "./import-dialog";
import { ProgressBadges } from "./progress";

/** The network's assessment rounds on its page: coordinators see all and open new ones; members see those asking them. */
export function AssessmentRoundsCard({ networkId, canEdit }: { networkId: string; canEdit: boolean }) {
  const { t } = useTranslation("assessment");
  const q = useRounds(networkId);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  return (
    <section className="card" aria-labelledby="rounds-title" data-testid="assessment-rounds">
      <div className="card-header">
        <div>
          <h2 id="rounds-title">{t("rounds.title")}</h2>
          <p>{t("rounds.hint")}</p>
        </div>
        {canEdit && (
          <div className="row" style={{ marginLeft: "auto" }}>
            <button type="button" className="btn" onClick={() => setImporting(true)} data-testid="assessment-import">
              <Upload size={16} aria-hidden /> {t("import.title")}
            </button>
            <AddButton label={t("rounds.open")} onClick={() => setCreating(true)} testId="round-open" />
          </div>
        )}
      </div>
      {q.error && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      <DataTable
        rows={q.data?.items}
        label={t("rounds.title")}
        testId="rounds-table"
        rowTestId="round-row"
        rowKey={(r) => r.id}
        rowHref={(r) => `/assessment/${r.id}`}
        empty={
          <EmptyState icon={ClipboardList} title={t("rounds.noneTitle")}>
            {canEdit ? t("rounds.noneBodyCoordinator") : t("rounds.noneBody")}
          </EmptyState>
        }
        columns={[
          { id: "name", header: t("rounds.name"), link: true, cell: (r) => r.name },
          { id: "dates", header: t("rounds.dates"), cell: (r) => <RoundDates round={r} /> },
          { id: "progress", header: t("rounds.progress"), cell: (r) => <ProgressBadges round={r} /> },
        ]}
      />
      {creating && <CreateRoundDialog networkId={networkId} onClose={() => setCreating(false)} />}
      {importing && <ImportResponsesDialog networkId={networkId} onClose={() => setImporting(false)} />}
    </section>
  );
}

export function RoundDates({ round: r }: { round: Round }) {
  const { t } = useTranslation("assessment");
  if (!r.opensOn && !r.closesOn) return <span className="muted">{t("rounds.noDates")}</span>;
  return (
    <span>
      {formatDate(r.opensOn) || "…"} – {formatDate(r.closesOn) || "…"}
    </span>
  );
}

function CreateRoundDialog({ networkId, onClose }: { networkId: string; onClose: () => void }) {
  const { t } = useTranslation("assessment");
  const create = useCreateRound(networkId);
  const toast = useToast();
  const [name, setName] = useState(String(new Date().getFullYear()));
  const [opensOn, setOpensOn] = useState("");
  const [closesOn, setClosesOn] = useState("");
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("rounds.open")}
      description={t("rounds.openHint")}
      onSubmit={() =>
        create.mutate(
          { name: name.trim(), template: "ngo-business-engagement", opensOn: opensOn || null, closesOn: closesOn || null },
          {
            onSuccess: (r) => {
              toast.success(t("rounds.opened", { name: r.name }));
              onClose();
            },
          },
        )
      }
      submitLabel={t("rounds.open")}
      pending={create.isPending}
      error={create.error}
      formTestId="round-form"
      submitTestId="round-save"
    >
      <FormField label={t("rounds.name")} name="name">
        {(p) => <input {...p} className="input" value={name} onChange={(e) => setName(e.target.value)} data-testid="round-name" />}
      </FormField>
      <FormField label={t("rounds.questionnaire")} name="template" hint={t("rounds.templateHint")}>
        {(p) => (
          <select {...p} className="select" value="ngo-business-engagement" disabled>
            <option value="ngo-business-engagement">{t("rounds.template")}</option>
          </select>
        )}
      </FormField>
      <div className="grid-2">
        <FormField label={t("rounds.opensOn")} name="opensOn">
          {(p) => <input {...p} className="input" type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} />}
        </FormField>
        <FormField label={t("rounds.closesOn")} name="closesOn">
          {(p) => <input {...p} className="input" type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} />}
        </FormField>
      </div>
    </FormDialog>
  );
}
