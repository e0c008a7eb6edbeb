import { ShieldCheck } from "lucide-react";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../app/session";
import { Dialog } from "../components/dialog";
import { Field, FormError, fieldError } from "../components/field";
import { STORY_KINDS, useSaveStory, useStorySettings, type Story } from "./api";
import { SubmitButton } from "../components/form-dialog";

/** Records a story: anonymised by default; a name only where the organisation chose to store names (restricted). */
export function StoryFormDialog({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (s: Story) => void }) {
  const { t } = useTranslation("stories");
  const { isAdmin } = useActiveOrg();
  const settings = useStorySettings(open && isAdmin);
  const save = useSaveStory();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<string>("testimony");
  const [text, setText] = useState("");
  const [anonymised, setAnonymised] = useState(true);
  const [personName, setPersonName] = useState("");
  const [missing, setMissing] = useState<string[]>([]);

  useEffect(() => {
    if (open) {
      setTitle("");
      setKind("testimony");
      setText("");
      setAnonymised(true);
      setPersonName("");
      setMissing([]);
      save.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const err = (path: string) => (missing.includes(path) ? t("form.required") : fieldError(save.error, path));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = [...(!title.trim() ? ["title"] : []), ...(!text.trim() ? ["text"] : [])];
    setMissing(empty);
    if (empty.length) return;
    save.mutate({ title, kind, text, anonymised, personName: personName.trim() || null }, { onSuccess: onSaved });
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title={t("form.newTitle")}
      description={t("form.newDescription")}
      testId="story-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t("common:actions.cancel")}
          </button>
          <SubmitButton form="story-form" pending={save.isPending} testId="story-save">
            {t("form.create")}
          </SubmitButton>
        </>
      }
    >
      <form id="story-form" className="form" onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <Field label={t("fields.title")} error={err("title")} hint={t("form.titleHint")}>
          {(p) => (
            <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus data-testid="story-title" />
          )}
        </Field>
        <fieldset>
          <legend>{t("fields.kind")}</legend>
          <div className="kind-radios">
            {STORY_KINDS.map((k) => (
              <label key={k}>
                <input
                  type="radio"
                  name="story-kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                  data-testid={`story-kind-${k}`}
                />
                {t(`kinds.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={kind === "image" ? t("form.imageText") : t("fields.text")} error={err("text")} hint={t("form.textHint")}>
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={8}
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid="story-text"
            />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={anonymised} onChange={(e) => setAnonymised(e.target.checked)} data-testid="story-anonymised" />
          {t("form.anonymised")}
        </label>
        {!anonymised && (
          <div className="alert alert-warning" role="status">
            <ShieldCheck size={16} aria-hidden /> {t("form.notAnonymisedWarning")}
          </div>
        )}
        {isAdmin && settings.data?.storeNames && (
          <Field label={t("fields.personName")} error={err("personName")} hint={t("form.personNameHint")}>
            {(p) => (
              <input {...p} className="input" value={personName} onChange={(e) => setPersonName(e.target.value)} autoComplete="off" />
            )}
          </Field>
        )}
      </form>
    </Dialog>
  );
}
