import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { FormError } from "../components/field";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { useOwnResponse, useRound, useSaveResponse } from "./api";
import { StatusBadge } from "./progress";
import { RoundBreadcrumb } from "./round-page";

// SurveyJS weighs about 350 kB: it is its own chunk, loaded only here.
const SurveyForm = lazy(() => import("./survey-form"));

/** The organisation's response to a round, filled in with SurveyJS: save a draft and come back, or submit. */
export default function AnswerPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("assessment");
  const round = useRound(id);
  const response = useOwnResponse(id);
  const save = useSaveResponse(id);
  const toast = useToast();
  // A new form after a failed submission, so the survey leaves its completed state and keeps the answers.
  const [attempt, setAttempt] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string | string[]> | null>(null);
  if (round.isPending || response.isPending) return <Loading />;
  if (round.error) return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  if (response.error) return <ErrorState error={response.error} onRetry={() => void response.refetch()} />;
  const r = round.data;
  const own = response.data;
  const submitted = own.status === "submitted";
  const data = answers ?? own.answers;
  const send = (values: Record<string, string | string[]>, submit: boolean) => {
    setAnswers(values);
    save.mutate(
      { answers: values, submit },
      {
        onSuccess: () => toast.success(submit ? t("answer.submitted") : t("answer.draftSaved")),
        onError: () => setAttempt((a) => a + 1),
      },
    );
  };
  return (
    <>
      <PageHeader
        breadcrumb={<RoundBreadcrumb round={r} here={t("answer.crumb")} />}
        title={<span data-testid="answer-title">{t("answer.title", { name: r.name })}</span>}
        description={submitted ? t("answer.submittedHint") : t("answer.hint")}
        actions={<StatusBadge status={own.status} />}
      />
      <div className="stack-lg">
        <FormError error={save.error} />
        <Suspense fallback={<Loading />}>
          <SurveyForm
            key={`${attempt}-${own.status}`}
            definition={r.definition}
            answers={data}
            readOnly={submitted}
            language={i18n.language}
            pending={save.isPending}
            labels={{ saveDraft: t("answer.saveDraft"), submit: t("answer.submit") }}
            onSaveDraft={(values) => send(values, false)}
            onSubmit={(values) => send(values, true)}
          />
        </Suspense>
      </div>
    </>
  );
}
