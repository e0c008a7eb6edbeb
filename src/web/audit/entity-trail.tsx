import { useQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { useTranslation } from "react-i18next";
import { api } from "../lib/api";
import { formatDateTime } from "../lib/format";

export interface AuditEntry {
  id: number;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string | null;
  /** Set (with `apiKey`) when a script made the change with an API key. */
  details?: { apiKey?: { id: string; name: string }; changes?: Record<string, unknown>; fields?: unknown } | null;
  at: string;
}

const FIELD_NS: Record<string, string> = { company: "companies", contact: "contacts", engagement: "engagements" };
// Stored column names whose label has another key.
const FIELD_KEY: Record<string, string> = {
  sizeClass: "size",
  ownerId: "owner",
  primaryContactId: "primaryContact",
  contactIds: "companyContacts",
  companyId: "company",
};

/**
 * What an entry says, in the reader's language: a change lists the human labels of the changed fields ("Changed:
 * NACE code, Tags") rather than the stored names; other entries keep their recorded summary.
 */
export function useAuditSummary() {
  const { t } = useTranslation(["audit", "companies", "contacts", "engagements"]);
  return (e: AuditEntry): string | null => {
    const d = (e.details ?? {}) as { changes?: Record<string, unknown>; fields?: unknown };
    const fields = d.changes ? Object.keys(d.changes) : Array.isArray(d.fields) ? (d.fields as string[]) : null;
    if (e.action !== "update" || !fields?.length) return e.summary;
    const ns = FIELD_NS[e.entityType];
    const label = (f: string) => {
      const key = FIELD_KEY[f] ?? f;
      const humanized = f
        .replace(/Id$/, "")
        .replace(/([a-z])([A-Z])/g, "$1 $2")
        .toLowerCase();
      return ns ? t(`${ns}:fields.${key}`, { defaultValue: humanized }) : humanized;
    };
    return t("audit:changedFields", { fields: fields.map(label).join(", ") });
  };
}

/** The audit trail of one record (admins). */
export function EntityTrail({ entityId }: { entityId: string }) {
  const { t } = useTranslation("audit");
  const summary = useAuditSummary();
  const q = useQuery({
    queryKey: ["audit", "entity", entityId],
    queryFn: () => api<{ items: AuditEntry[]; nextCursor: string | null }>("/audit", { query: { entityId, limit: 20 } }),
  });
  return (
    <section className="card" aria-labelledby="trail-title">
      <div className="card-header">
        <h2 id="trail-title" className="row">
          <History size={16} aria-hidden /> {t("trail.title")}
        </h2>
      </div>
      <div className="card-body">
        {q.isPending ? (
          <p className="muted">{t("common:loading")}</p>
        ) : q.error ? (
          <p className="muted">{t("trail.unavailable")}</p>
        ) : q.data.items.length === 0 ? (
          <p className="muted">{t("trail.empty")}</p>
        ) : (
          <ol className="timeline">
            {q.data.items.map((e) => (
              <li key={e.id}>
                <div className="small">
                  <strong>{e.actorName ?? t("system")}</strong>
                  {e.details?.apiKey && <span className="small muted"> {t("viaApiKey", { name: e.details.apiKey.name })}</span>}{" "}
                  <span className="badge">{t(`actions.${e.action}`, { defaultValue: e.action })}</span>
                </div>
                {summary(e) && (
                  <div className="small" data-testid="trail-summary">
                    {summary(e)}
                  </div>
                )}
                <div className="small muted">{formatDateTime(e.at)}</div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
