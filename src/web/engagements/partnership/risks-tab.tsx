import { ShieldAlert } from "lucide-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../../app/session";
import { AddButton } from "../../components/add-button";
import { FormDialog, FormField } from "../../components/form-dialog";
import { EmptyState, ErrorState, Loading } from "../../components/states";
import { riskCatalogueText } from "../../lib/built-in";
import { formatDate } from "../../lib/format";
import { useMembers } from "../../lib/members";
import { useAddRisk, useRiskCatalogue, useRiskMatrix, useRisks, useUpdateRisk, type Risk, type RiskMatrix } from "./api";

const BAND_CLASS = { low: "badge-success", medium: "badge-warning", high: "badge-danger" } as const;
const BAND_FILL = { low: "#e6f6ec", medium: "#fff4e0", high: "#fdecea" } as const;
const BAND_STROKE = { low: "#a8dcbc", medium: "#f3d39b", high: "#f5c2bd" } as const;
const LEVELS = [1, 2, 3, 4, 5];

/** The risk register of an engagement with its 5 × 5 matrix (likelihood × impact), mitigations and residual risk. */
export function RisksTab({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const risks = useRisks(engagementId);
  const matrix = useRiskMatrix(engagementId);
  const [adding, setAdding] = useState(false);
  if (risks.isPending) return <Loading />;
  if (risks.error) return <ErrorState error={risks.error} onRetry={() => void risks.refetch()} />;
  return (
    <div className="grid-2">
      <div className="stack-lg">
        <section className="card" aria-labelledby="register-title" data-testid="risk-register">
          <div className="card-header">
            <h2 id="register-title">{t("risks.register")}</h2>
            {canWrite && (
              <div className="row" style={{ marginLeft: "auto" }}>
                <AddButton label={t("risks.add")} onClick={() => setAdding(true)} testId="risk-add" />
              </div>
            )}
          </div>
          {risks.data.items.length === 0 ? (
            <EmptyState icon={ShieldAlert} title={t("risks.noneTitle")}>
              {t("risks.noneBody")}
            </EmptyState>
          ) : (
            <ul className="task-list">
              {risks.data.items.map((r) => (
                <RiskItem key={r.id} risk={r} engagementId={engagementId} canWrite={canWrite} />
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className="stack-lg">{matrix.data && <MatrixChart matrix={matrix.data} />}</div>
      {adding && <RiskDialog engagementId={engagementId} onClose={() => setAdding(false)} />}
    </div>
  );
}

function RiskItem({ risk: r, engagementId, canWrite }: { risk: Risk; engagementId: string; canWrite: boolean }) {
  const { t } = useTranslation("engagements");
  const update = useUpdateRisk(engagementId);
  return (
    <li data-testid="risk" data-band={r.band}>
      <div className="task-main">
        <span className="row">
          <strong>{riskCatalogueText(t, r.catalogueKey, "title", r.title)}</strong>
          <span className={`badge ${BAND_CLASS[r.band]}`}>
            {t("risks.scoreBadge", { score: r.currentScore, band: t(`risks.bands.${r.band}`) })}
          </span>
          {r.status === "closed" && <span className="badge">{t("risks.closed")}</span>}
        </span>
        <span className="task-sub">
          <span>{t("risks.inherent", { l: r.likelihood, i: r.impact, score: r.score })}</span>
          {r.residualScore !== null && (
            <span>{t("risks.residual", { l: r.residualLikelihood, i: r.residualImpact, score: r.residualScore })}</span>
          )}
        </span>
        {r.mitigations.length > 0 && (
          <ul className="small" style={{ margin: "4px 0 0", paddingLeft: 18 }}>
            {r.mitigations.map((m) => (
              <li key={m.id}>
                {m.action}
                <span className="muted">
                  {m.owner && ` · ${m.owner.name}`}
                  {m.reviewOn && ` · ${t("risks.reviewOn", { date: formatDate(m.reviewOn) })}`}
                </span>
                {m.reviewDue && (
                  <span className="badge badge-warning" style={{ marginLeft: 6 }}>
                    {t("risks.reviewDue")}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {canWrite && (
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => update.mutate({ riskId: r.id, status: r.status === "open" ? "closed" : "open" })}
          disabled={update.isPending}
        >
          {r.status === "open" ? t("risks.close") : t("risks.reopen")}
        </button>
      )}
    </li>
  );
}

/** The 5 × 5 matrix as an SVG chart with a title and description, and the same numbers as a table. */
export function MatrixChart({ matrix: m, title }: { matrix: RiskMatrix; title?: string }) {
  const { t } = useTranslation("engagements");
  const id = useId();
  const cell = 52;
  const left = 40;
  const top = 10;
  const size = cell * 5;
  const at = (l: number, i: number) => m.cells.find((c) => c.likelihood === l && c.impact === i);
  return (
    <section className="card" aria-labelledby={`${id}-h`} data-testid="risk-matrix">
      <div className="card-header">
        <h2 id={`${id}-h`}>{title ?? t("risks.matrix")}</h2>
        <span className={`badge ${m.high ? "badge-danger" : "badge-success"}`}>{t("risks.highCount", { count: m.high })}</span>
      </div>
      <div className="card-body stack" style={{ gap: 8 }}>
        <svg
          viewBox={`0 0 ${left + size + 10} ${top + size + 40}`}
          width="100%"
          style={{ maxWidth: 360 }}
          role="img"
          aria-labelledby={`${id}-t ${id}-d`}
        >
          <title id={`${id}-t`}>{title ?? t("risks.matrix")}</title>
          <desc id={`${id}-d`}>{t("risks.matrixDesc", { total: m.total, high: m.high, threshold: m.threshold })}</desc>
          {LEVELS.map((l) =>
            LEVELS.map((i) => {
              const c = at(l, i);
              const x = left + (i - 1) * cell;
              const y = top + (5 - l) * cell;
              const band = c?.band ?? "low";
              return (
                <g key={`${l}-${i}`}>
                  <rect x={x} y={y} width={cell - 2} height={cell - 2} rx={4} fill={BAND_FILL[band]} stroke={BAND_STROKE[band]} />
                  {c && c.count > 0 && (
                    <>
                      <circle
                        cx={x + cell / 2 - 1}
                        cy={y + cell / 2 - 1}
                        r={14}
                        fill={band === "high" ? "#b42318" : band === "medium" ? "#8a4b00" : "#11703f"}
                      />
                      <text x={x + cell / 2 - 1} y={y + cell / 2 + 4} textAnchor="middle" fontSize="13" fontWeight="700" fill="#fff">
                        {c.count}
                      </text>
                    </>
                  )}
                </g>
              );
            }),
          )}
          {LEVELS.map((l) => (
            <text key={`l${l}`} x={left - 10} y={top + (5 - l) * cell + cell / 2 + 4} textAnchor="end" fontSize="12" fill="#535966">
              {l}
            </text>
          ))}
          {LEVELS.map((i) => (
            <text
              key={`i${i}`}
              x={left + (i - 1) * cell + cell / 2 - 1}
              y={top + size + 14}
              textAnchor="middle"
              fontSize="12"
              fill="#535966"
            >
              {i}
            </text>
          ))}
          <text x={left + size / 2} y={top + size + 34} textAnchor="middle" fontSize="12" fill="#15171c">
            {t("risks.impactAxis")}
          </text>
          <text x={12} y={top + size / 2} textAnchor="middle" fontSize="12" fill="#15171c" transform={`rotate(-90 12 ${top + size / 2})`}>
            {t("risks.likelihoodAxis")}
          </text>
        </svg>
        <details>
          <summary className="small">{t("risks.asTable")}</summary>
          <table className="table" style={{ marginTop: 8 }}>
            <caption className="sr-only">{t("risks.matrixTable")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("risks.likelihoodImpact")}</th>
                {LEVELS.map((i) => (
                  <th key={i} scope="col" className="num">
                    {i}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...LEVELS].reverse().map((l) => (
                <tr key={l}>
                  <th scope="row">{l}</th>
                  {LEVELS.map((i) => (
                    <td key={i} className="num">
                      {at(l, i)?.count ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    </section>
  );
}

function RiskDialog({ engagementId, onClose }: { engagementId: string; onClose: () => void }) {
  const { t } = useTranslation("engagements");
  const add = useAddRisk(engagementId);
  const catalogue = useRiskCatalogue();
  const members = useMembers();
  const [itemId, setItemId] = useState("");
  const [title, setTitle] = useState("");
  const [likelihood, setLikelihood] = useState("3");
  const [impact, setImpact] = useState("3");
  const [action, setAction] = useState("");
  const [ownerId, setOwnerId] = useState("");
  const [reviewOn, setReviewOn] = useState("");
  const [missing, setMissing] = useState(false);
  const items = (catalogue.data?.items ?? []).filter((c) => !c.archived);
  const chooseItem = (id: string) => {
    setItemId(id);
    const item = items.find((c) => c.id === id);
    if (item?.defaultLikelihood) setLikelihood(String(item.defaultLikelihood));
    if (item?.defaultImpact) setImpact(String(item.defaultImpact));
    if (item?.suggestedMitigation && !action) setAction(riskCatalogueText(t, item.key, "suggestedMitigation", item.suggestedMitigation));
  };
  const submit = () => {
    if (!itemId && !title.trim()) return setMissing(true);
    add.mutate(
      {
        catalogueItemId: itemId || null,
        ...(title.trim() ? { title: title.trim() } : {}),
        likelihood: Number(likelihood),
        impact: Number(impact),
        mitigations: action.trim() ? [{ action: action.trim(), ownerId: ownerId || null, reviewOn: reviewOn || null }] : [],
      },
      { onSuccess: onClose },
    );
  };
  const levelSelect = (label: string, value: string, set: (v: string) => void, testId: string) => (
    <FormField label={label}>
      {(p) => (
        <select {...p} className="select" value={value} onChange={(e) => set(e.target.value)} data-testid={testId}>
          {LEVELS.map((n) => (
            <option key={n} value={n}>
              {n} · {t(`risks.levels.${n}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("risks.add")}
      onSubmit={submit}
      submitLabel={t("risks.save")}
      pending={add.isPending}
      error={add.error}
      formTestId="risk-form"
      submitTestId="risk-save"
    >
      <div className="form-grid">
        <FormField
          label={t("risks.fromCatalogue")}
          className="span-2"
          name="catalogueItemId"
          error={missing && !itemId && !title.trim() && t("risks.chooseOrName")}
        >
          {(p) => (
            <select {...p} className="select" value={itemId} onChange={(e) => chooseItem(e.target.value)} data-testid="risk-catalogue">
              <option value="">{t("risks.custom")}</option>
              {items.map((c) => (
                <option key={c.id} value={c.id}>
                  {riskCatalogueText(t, c.key, "title", c.title)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {!itemId && (
          <FormField label={t("risks.title")} className="span-2" name="title">
            {(p) => <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="risk-title" />}
          </FormField>
        )}
        {levelSelect(t("risks.likelihood"), likelihood, setLikelihood, "risk-likelihood")}
        {levelSelect(t("risks.impact"), impact, setImpact, "risk-impact")}
        <FormField label={t("risks.mitigation")} className="span-2" name="mitigations">
          {(p) => (
            <input {...p} className="input" value={action} onChange={(e) => setAction(e.target.value)} data-testid="risk-mitigation" />
          )}
        </FormField>
        <FormField label={t("risks.mitigationOwner")}>
          {(p) => (
            <select {...p} className="select" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">{t("tasks.unassigned")}</option>
              {members.data?.items.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("risks.reviewDate")}>
          {(p) => <input {...p} type="date" className="input" value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} />}
        </FormField>
      </div>
    </FormDialog>
  );
}
