import { KeyRound, UserCheck } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { formatDate } from "../lib/format";
import { useMembers } from "../lib/members";
import { usePutStorySettings, useSetStoryAccess, useStoryAccessList, useStorySettings } from "./api";

/** Admins: who may open stories (an explicit permission), and whether names may be stored in the restricted field. */
export default function StoriesSettingsPage() {
  const { t } = useTranslation("stories");
  const { isAdmin } = useActiveOrg();
  if (!isAdmin) return <Navigate to="/stories" replace />;
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/stories">{t("list.title")}</Link> <span aria-hidden>/</span> <span>{t("settings.title")}</span>
          </>
        }
        title={t("settings.title")}
        description={t("settings.description")}
      />
      <div className="grid-2">
        <Access />
        <StoreNames />
      </div>
    </>
  );
}

function Access() {
  const { t } = useTranslation("stories");
  const members = useMembers();
  const access = useStoryAccessList(true);
  const set = useSetStoryAccess();
  const toast = useToast();
  const [chosen, setChosen] = useState<string[] | null>(null);
  useEffect(() => {
    if (access.data && chosen === null) setChosen(access.data.items.map((a) => a.userId));
  }, [access.data, chosen]);
  if (access.isPending || members.isPending || chosen === null) return <Loading />;
  if (access.error) return <ErrorState error={access.error} onRetry={() => void access.refetch()} />;
  const granted = new Map(access.data.items.map((a) => [a.userId, a]));
  const dirty = chosen.length !== granted.size || chosen.some((id) => !granted.has(id));
  return (
    <section className="card" aria-labelledby="access-title" data-testid="story-access">
      <div className="card-header">
        <h2 id="access-title" className="row">
          <KeyRound size={16} aria-hidden /> {t("settings.accessTitle")}
        </h2>
      </div>
      <div className="card-body stack">
        <p className="small muted">{t("settings.accessHelp")}</p>
        <fieldset>
          <legend className="sr-only">{t("settings.accessTitle")}</legend>
          <ul className="menu stack" style={{ gap: 8 }}>
            {members.data?.items.map((m) => (
              <li key={m.userId}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.includes(m.userId)}
                    onChange={() => setChosen((x) => (x!.includes(m.userId) ? x!.filter((y) => y !== m.userId) : [...x!, m.userId]))}
                    data-testid="access-member"
                  />
                  <span>
                    {m.name} <span className="muted small">· {t(`common:roles.${m.role}`, { defaultValue: m.role })}</span>
                    {granted.get(m.userId) && (
                      <span className="muted small" style={{ display: "block" }}>
                        {t("settings.grantedOn", {
                          date: formatDate(granted.get(m.userId)!.grantedAt),
                          name: granted.get(m.userId)!.grantedBy?.name ?? "—",
                        })}
                      </span>
                    )}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={!dirty || set.isPending}
            onClick={() =>
              set.mutate(chosen, {
                onSuccess: (r) => {
                  setChosen(r.items.map((a) => a.userId));
                  toast.success(t("settings.accessSaved"));
                },
              })
            }
            data-testid="access-save"
          >
            {set.isPending ? <span className="spinner" aria-hidden /> : <UserCheck size={15} aria-hidden />}{" "}
            {t("common:actions.saveChanges")}
          </button>
        </div>
      </div>
    </section>
  );
}

function StoreNames() {
  const { t } = useTranslation("stories");
  const settings = useStorySettings(true);
  const put = usePutStorySettings();
  const toast = useToast();
  const [confirmOff, setConfirmOff] = useState(false);
  if (settings.isPending) return <Loading />;
  if (settings.error) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const on = settings.data.storeNames;
  const change = (storeNames: boolean) =>
    put.mutate(
      { storeNames },
      {
        onSuccess: () => {
          setConfirmOff(false);
          void settings.refetch();
          toast.success(storeNames ? t("settings.namesOn") : t("settings.namesOff"));
        },
      },
    );
  return (
    <section className="card" aria-labelledby="names-title" data-testid="story-settings">
      <div className="card-header">
        <h2 id="names-title">{t("settings.namesTitle")}</h2>
        <span className={`badge ${on ? "badge-warning" : "badge-success"}`}>{on ? t("settings.stored") : t("settings.notStored")}</span>
      </div>
      <div className="card-body stack">
        <p className="small muted">{t("settings.namesHelp")}</p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={on}
            disabled={put.isPending}
            onChange={(e) => (e.target.checked ? change(true) : setConfirmOff(true))}
            data-testid="store-names"
          />
          {t("settings.storeNames")}
        </label>
      </div>
      <ConfirmDialog
        open={confirmOff}
        onClose={() => setConfirmOff(false)}
        danger
        title={t("settings.offTitle")}
        description={t("settings.offBody")}
        confirmLabel={t("settings.offConfirm")}
        busy={put.isPending}
        onConfirm={() => change(false)}
      />
    </section>
  );
}
