import { Check, CircleDot } from "lucide-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { criterionTitle } from "../lib/built-in";
import type { Screening } from "./api";

type Criterion = Screening["criteria"][number];

export type StepKey = "signals" | "hard" | "weighted" | "supply" | "decision";

export interface Step {
  key: StepKey;
  /** Criteria answered in this step, and those applicable (criteria steps only). */
  answered?: number;
  applicable?: number;
  /** The step's criteria still open (applicable, unanswered). */
  open: Criterion[];
}

/** Which step a criterion is answered in. */
export function stepOf(c: Criterion): StepKey {
  if (c.group === "supply_chain") return "supply";
  return c.kind === "hard_exclusion" ? "hard" : "weighted";
}

/** The workspace's steps in order: signals and risk first, then each criteria group that has criteria, then the decision. */
export function screeningSteps(s: Screening): Step[] {
  const group = (key: StepKey): Step | null => {
    const items = s.criteria.filter((c) => stepOf(c) === key);
    if (items.length === 0) return null;
    const applicable = items.filter((c) => c.applicable);
    return {
      key,
      answered: applicable.filter((c) => c.answer).length,
      applicable: applicable.length,
      open: applicable.filter((c) => !c.answer),
    };
  };
  return [{ key: "signals", open: [] }, group("hard"), group("weighted"), group("supply"), { key: "decision", open: [] }].filter(
    (x): x is Step => x !== null,
  );
}

/** The criteria still to answer before a decision can be recorded (unknown is an answer). */
export function openCriteria(s: Screening): Criterion[] {
  return s.criteria.filter((c) => c.applicable && !c.answer);
}

export function useStepTitle() {
  const { t } = useTranslation("screening");
  return (key: StepKey) => t(`guide.steps.${key}`);
}

/** The steps as a numbered progress list; each one says what is left in it and opens it. */
export function StepNav({ steps, current, onSelect }: { steps: Step[]; current: StepKey; onSelect: (k: StepKey) => void }) {
  const { t } = useTranslation("screening");
  const title = useStepTitle();
  const activeRef = useRef<HTMLButtonElement>(null);
  // On a phone the list scrolls sideways: keep the open step in view.
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [current]);
  return (
    <nav className="sg-steps" aria-label={t("guide.nav")} data-testid="screening-steps">
      <ol>
        {steps.map((step, i) => {
          const done = step.applicable !== undefined && step.open.length === 0;
          const active = step.key === current;
          return (
            <li key={step.key}>
              <button
                type="button"
                ref={active ? activeRef : undefined}
                className={`sg-step${active ? " active" : ""}${done ? " done" : ""}`}
                aria-current={active ? "step" : undefined}
                onClick={() => onSelect(step.key)}
                data-testid={`step-${step.key}`}
              >
                <span className="sg-step-num" aria-hidden>
                  {done ? <Check size={13} /> : i + 1}
                </span>
                <span className="sg-step-text">
                  <span className="sg-step-title">{title(step.key)}</span>
                  {step.applicable !== undefined && (
                    <span className="sg-step-state" data-testid={`step-${step.key}-state`}>
                      {step.applicable === 0
                        ? t("guide.notApplicable")
                        : done
                          ? t("guide.stepDone", { answered: step.answered, applicable: step.applicable })
                          : t("guide.stepOpen", { count: step.open.length })}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Back / next at the end of a step. */
export function StepFooter({ steps, current, onSelect }: { steps: Step[]; current: StepKey; onSelect: (k: StepKey) => void }) {
  const { t } = useTranslation("screening");
  const title = useStepTitle();
  const i = steps.findIndex((x) => x.key === current);
  const prev = steps[i - 1];
  const next = steps[i + 1];
  return (
    <div className="sg-footer">
      {prev ? (
        <button type="button" className="btn" onClick={() => onSelect(prev.key)} data-testid="step-back">
          {t("guide.back", { step: title(prev.key) })}
        </button>
      ) : (
        <span />
      )}
      {next && (
        <button type="button" className="btn btn-primary" onClick={() => onSelect(next.key)} data-testid="step-next">
          {t("guide.next", { step: title(next.key) })}
        </button>
      )}
    </div>
  );
}

/** The list of open criteria, each a link that opens its step and focuses it. */
export function OpenList({ open, onOpen, testId }: { open: Criterion[]; onOpen: (c: Criterion) => void; testId: string }) {
  const { t } = useTranslation("screening");
  const title = useStepTitle();
  if (open.length === 0)
    return (
      <p className="small sg-all-done" data-testid={`${testId}-done`}>
        <Check size={14} aria-hidden /> {t("guide.allAnswered")}
      </p>
    );
  return (
    <ul className="sg-open" data-testid={testId}>
      {open.map((c) => (
        <li key={c.key}>
          <button type="button" className="sg-open-link" onClick={() => onOpen(c)} data-testid="open-criterion" data-key={c.key}>
            <CircleDot size={12} aria-hidden />
            <span>
              {criterionTitle(t, c.key, c.title)}
              <span className="sr-only">
                {" "}
                ({title(stepOf(c))}
                {c.kind === "hard_exclusion" ? `, ${t("kind.hard_exclusion")}` : ""})
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * What is left and the way to the decision, always in view: beside the steps on a wide screen, as a bar at the
 * bottom of a phone's screen.
 */
export function GuideRail({
  s,
  current,
  onOpen,
  onDecide,
}: {
  s: Screening;
  current: StepKey;
  onOpen: (c: Criterion) => void;
  onDecide: () => void;
}) {
  const { t } = useTranslation("screening");
  const open = openCriteria(s);
  const applicable = s.criteria.filter((c) => c.applicable).length;
  const answered = applicable - open.length;
  const decided = s.status === "decided";
  const barRef = useRef<HTMLDetailsElement>(null);
  const openFromBar = (c: Criterion) => {
    if (barRef.current) barRef.current.open = false;
    onOpen(c);
  };
  const decideButton = (testId: string) =>
    current !== "decision" && (
      <button type="button" className={`btn ${open.length === 0 ? "btn-primary" : ""}`} onClick={onDecide} data-testid={testId}>
        {decided ? t("guide.showDecision") : t("guide.decide")}
      </button>
    );
  return (
    <>
      <aside className="sg-rail card" aria-labelledby="sg-rail-title" data-testid="screening-guide">
        <div className="card-body stack">
          <h2 id="sg-rail-title" className="sg-rail-title">
            {t("guide.progressTitle")}
          </h2>
          <div>
            <div className="small" data-testid="guide-progress">
              {t("page.progress", { answered, applicable })}
            </div>
            <progress className="sg-progress" max={Math.max(applicable, 1)} value={answered} aria-label={t("guide.progressTitle")} />
          </div>
          <div className="small">
            {decided ? t("guide.risk") : t("guide.riskNow")}{" "}
            <strong data-testid="guide-risk">
              {s.risk.score} · {t(`level.${s.risk.level}`)}
            </strong>
          </div>
          {!decided && (
            <div>
              <h3 className="sg-rail-sub">{t("guide.openTitle", { count: open.length })}</h3>
              <OpenList open={open} onOpen={onOpen} testId="guide-open" />
            </div>
          )}
          {decideButton("guide-decide")}
        </div>
      </aside>
      <div className="sg-bar" data-testid="screening-guide-bar">
        {!decided && open.length > 0 ? (
          <details className="sg-bar-open" ref={barRef}>
            <summary data-testid="guide-bar-open">{t("guide.openCount", { count: open.length })}</summary>
            <div className="sg-bar-list">
              <OpenList open={open} onOpen={openFromBar} testId="guide-bar-list" />
            </div>
          </details>
        ) : (
          <span className="small">{t("page.progress", { answered, applicable })}</span>
        )}
        {decideButton("guide-bar-decide")}
      </div>
    </>
  );
}
