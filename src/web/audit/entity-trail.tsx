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
  details?: { apiKey?: { id: string; name: string } } | null;
  at: string;
}

/** The audit trail of one record (admins). */
export function EntityTrail({ entityId }: { entityId: string }) {
  const { t } = useTranslation("audit");
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
                {e.summary && <div className="small">{e.summary}</div>}
                <div className="small muted">{formatDateTime(e.at)}</div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
