import "survey-core/survey-core.fontless.min.css";
import "survey-core/i18n/german";
import { useMemo } from "react";
import { Model } from "survey-core";
import { Survey } from "survey-react-ui";

type Answers = Record<string, string | string[]>;

/**
 * A SurveyJS questionnaire: pages, required answers and conditions as the definition says; hidden questions lose
 * their answers at once (the server refuses answers to questions not asked). Submitting completes the survey;
 * "Save draft" sends what is there without checks.
 */
export default function SurveyForm({
  definition,
  answers,
  readOnly,
  language,
  pending,
  labels,
  onSaveDraft,
  onSubmit,
}: {
  definition: Record<string, unknown>;
  answers: Answers;
  readOnly: boolean;
  language: string;
  pending: boolean;
  labels: { saveDraft: string; submit: string };
  onSaveDraft: (answers: Answers) => void;
  onSubmit: (answers: Answers) => void;
}) {
  const model = useMemo(() => {
    const m = new Model(definition);
    m.locale = language === "de" ? "de" : "";
    m.data = answers;
    m.mode = readOnly ? "display" : "edit";
    m.clearInvisibleValues = "onHidden";
    m.showCompletedPage = false;
    m.completeText = labels.submit;
    m.onComplete.add((sender) => onSubmit(sender.data as Answers));
    return m;
    // The model is made once per form (the page remounts it with a new key).
  }, []);
  return (
    <section className="card" data-testid="survey">
      <div className="card-body">
        <Survey model={model} />
      </div>
      {!readOnly && (
        <div className="card-body row" style={{ borderTop: "1px solid var(--color-border)", justifyContent: "flex-end" }}>
          <button
            type="button"
            className="btn"
            disabled={pending}
            onClick={() => onSaveDraft(model.data as Answers)}
            data-testid="survey-save-draft"
          >
            {labels.saveDraft}
          </button>
        </div>
      )}
    </section>
  );
}
