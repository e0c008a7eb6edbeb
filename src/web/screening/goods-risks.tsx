import { ExternalLink, Search } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { scrollRegion } from "../components/scroll-region";
import { ErrorState } from "../components/states";
import { countryName } from "../lib/countries";
import { useGoodsRisks, type GoodsRisks } from "./sector-risks-api";

type Good = GoodsRisks["items"][number];

/** Settings → Screening: the goods × countries data behind the goods/country signal, read-only, with its provenance. */
export function GoodsRiskData() {
  const { t } = useTranslation("sectorRisks");
  const [open, setOpen] = useState(false);
  const q = useGoodsRisks(open);
  const [filter, setFilter] = useState("");
  return (
    <section className="card" aria-labelledby="goods-title" data-testid="goods-risks">
      <div className="card-header">
        <h2 id="goods-title">{t("goods.title")}</h2>
        <span className="badge">{t("goods.readOnly")}</span>
      </div>
      <details className="sr-details" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary data-testid="goods-toggle">{t("goods.summary")}</summary>
        {q.error ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : !q.data ? (
          <p className="small muted sr-lead">{t("common:loading")}</p>
        ) : (
          <GoodsTable data={q.data} filter={filter} onFilter={setFilter} />
        )}
      </details>
    </section>
  );
}

function GoodsTable({ data, filter, onFilter }: { data: GoodsRisks; filter: string; onFilter: (f: string) => void }) {
  const { t, i18n } = useTranslation("sectorRisks");
  const p = data.provenance;
  const f = filter.trim().toLowerCase();
  const rows = f
    ? data.items.filter(
        (g) =>
          g.good.toLowerCase().includes(f) ||
          g.countries.some((c) => c.country.toLowerCase() === f || countryName(c.country, i18n.language).toLowerCase().includes(f)),
      )
    : data.items;
  const codes = (g: Good, kind: "childLabour" | "forcedLabour") =>
    g.countries
      .filter((c) => c[kind])
      .map((c) => (
        <abbr key={c.country} title={countryName(c.country, i18n.language)} className="cc">
          {c.country}
        </abbr>
      ));
  return (
    <div className="stack">
      <dl className="dl sr-provenance" data-testid="goods-provenance">
        <dt>{t("goods.source")}</dt>
        <dd>
          <a href={p.url} target="_blank" rel="noopener noreferrer">
            {p.title} <ExternalLink size={11} aria-hidden />
          </a>
          <span className="muted"> · {p.publisher}</span>
        </dd>
        <dt>{t("goods.editions")}</dt>
        <dd>{p.editions}</dd>
        <dt>{t("goods.licence")}</dt>
        <dd>{p.licence}</dd>
        <dt>{t("goods.note")}</dt>
        <dd>{p.note}</dd>
      </dl>
      <div className="sr-lead">
        <div className="input-group search" style={{ maxWidth: 320 }}>
          <Search size={15} aria-hidden />
          <input
            className="input"
            type="search"
            value={filter}
            onChange={(e) => onFilter(e.target.value)}
            placeholder={t("goods.filterPlaceholder")}
            aria-label={t("goods.filter")}
            data-testid="goods-filter"
          />
        </div>
      </div>
      <div className="table-wrap flat sr-goods" {...scrollRegion(t("goods.title"))}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("goods.good")}</th>
              <th scope="col">{t("goods.sectors")}</th>
              <th scope="col">{t("goods.child")}</th>
              <th scope="col">{t("goods.forced")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => (
              <tr key={g.key} data-testid="goods-row">
                <td className="cell-main">{g.good}</td>
                <td className="small mono">{g.sectors.join(", ")}</td>
                <td className="wrap">
                  <span className="sr-codes">{codes(g, "childLabour")}</span>
                </td>
                <td className="wrap">
                  <span className="sr-codes">{codes(g, "forcedLabour")}</span>
                </td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  {t("goods.noMatch")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
