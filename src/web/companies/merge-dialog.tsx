import { Search } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CountryLabel } from "../components/country-select";
import { Dialog } from "../components/dialog";
import { FormError } from "../components/field";
import { useToast } from "../components/toast";
import { useDebounced } from "../lib/use-debounced";
import { useCompanySearch, useMergeCompany, type Company } from "./api";

/** Picks a duplicate of this company and merges it in (the duplicate disappears, its links move here). */
export function MergeDialog({ open, onClose, target }: { open: boolean; onClose: () => void; target: Company }) {
  const { t } = useTranslation("companies");
  const toast = useToast();
  const [q, setQ] = useState(target.name);
  const [source, setSource] = useState<Company | null>(null);
  const debounced = useDebounced(q, 200);
  const results = useCompanySearch(debounced, open && !source);
  const merge = useMergeCompany(target.id);
  const candidates = (results.data?.items ?? []).filter((c) => c.id !== target.id);

  const close = () => {
    setSource(null);
    setQ(target.name);
    merge.reset();
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      wide
      title={t("merge.title", { name: target.name })}
      description={t("merge.description")}
      footer={
        <>
          <button type="button" className="btn" onClick={source ? () => setSource(null) : close}>
            {source ? t("common:actions.back") : t("common:actions.cancel")}
          </button>
          {source && (
            <button
              type="button"
              className="btn btn-danger"
              disabled={merge.isPending}
              onClick={() =>
                merge.mutate(source.id, {
                  onSuccess: () => {
                    toast.success(t("merge.done", { source: source.name, target: target.name }));
                    close();
                  },
                })
              }
              data-testid="merge-confirm"
            >
              {merge.isPending && <span className="spinner" aria-hidden />}
              {t("merge.confirm")}
            </button>
          )}
        </>
      }
    >
      {source ? (
        <div className="stack">
          <div className="alert alert-warning" role="alert">
            <div>
              <strong>{t("merge.confirmTitle", { source: source.name, target: target.name })}</strong>
              <ul>
                <li>{t("merge.effectContacts")}</li>
                <li>{t("merge.effectNames", { source: source.name })}</li>
                <li>{t("merge.effectFields")}</li>
                <li>{t("merge.effectRemoved")}</li>
              </ul>
            </div>
          </div>
          <FormError error={merge.error} />
        </div>
      ) : (
        <div className="stack">
          <div className="input-group">
            <Search size={15} aria-hidden />
            <input
              className="input"
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              aria-label={t("merge.search")}
              placeholder={t("merge.search")}
              autoFocus
              data-testid="merge-search"
            />
          </div>
          <div className="table-wrap flat" style={{ border: "1px solid var(--color-border)", borderRadius: 8 }}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("fields.name")}</th>
                  <th scope="col">{t("fields.country")}</th>
                  <th scope="col">{t("fields.registrationId")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("merge.choose")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c) => (
                  <tr key={c.id}>
                    <td className="cell-main">{c.name}</td>
                    <td>
                      <CountryLabel code={c.country} />
                    </td>
                    <td className="mono small">{c.registrationId ?? "—"}</td>
                    <td className="num">
                      <button type="button" className="btn btn-sm" onClick={() => setSource(c)}>
                        {t("merge.choose")}
                        <span className="sr-only">: {c.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
                {results.data && candidates.length === 0 && (
                  <tr>
                    <td colSpan={4} className="muted">
                      {t("merge.noCandidates")}
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </Dialog>
  );
}
