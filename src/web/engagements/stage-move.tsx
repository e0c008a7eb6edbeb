import { ArrowRightLeft, ShieldAlert } from "lucide-react";
import { useEffect, useId, useRef, useState, type CSSProperties, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { Dialog } from "../components/dialog";
import { Field, FormError } from "../components/field";
import { useToast } from "../components/toast";
import { ApiError } from "../lib/api";
import { useMoveStage, type EngagementStage } from "./api";

/** What a stage move needs to know about the engagement. */
export interface MoveTarget {
  id: string;
  title: string;
  company: { id: string; name: string };
  stage: EngagementStage;
}

type Step = { kind: "end" } | { kind: "blocked"; error: ApiError } | { kind: "override"; error: ApiError };

interface Pending {
  target: MoveTarget;
  to: EngagementStage;
  step: Step;
  done?: (ok: boolean) => void;
}

const KNOWN_RULES = ["screening_required", "screening_rejected", "transition_not_allowed", "reopen_to_previous_stage"];

/**
 * Stage moves with the server's rules explained: ending asks for a reason; a refused move (409) says which rule in
 * plain words, links to the company, and lets an admin override the screening gate with a recorded reason.
 * Returns `request(target, to)` and the dialogs to render.
 */
export function useStageMove() {
  const { t } = useTranslation("engagements");
  const toast = useToast();
  const move = useMoveStage();
  const [pending, setPending] = useState<Pending | null>(null);

  const send = (
    target: MoveTarget,
    to: EngagementStage,
    extra: { reason?: string; override?: { reason: string } },
    done?: (ok: boolean) => void,
    fromDialog = false,
  ) => {
    move.mutate(
      { id: target.id, stage: to, ...extra },
      {
        onSuccess: () => {
          setPending(null);
          toast.success(t("move.moved", { title: target.title, stage: t(`stages.${to}`) }));
          done?.(true);
        },
        onError: (error) => {
          done?.(false);
          if (error instanceof ApiError && error.status === 409) setPending({ target, to, step: { kind: "blocked", error }, done });
          else if (!fromDialog) toast.error(error instanceof ApiError && error.detail ? error.detail : t("common:errors.unknown"));
        },
      },
    );
  };

  /** Asks to move `target` to `to`; `done(ok)` is called when the move succeeded or was given up. */
  const request = (target: MoveTarget, to: EngagementStage, done?: (ok: boolean) => void) => {
    if (to === target.stage) return done?.(false);
    move.reset();
    if (to === "ended") {
      setPending({ target, to, step: { kind: "end" }, done });
      return;
    }
    send(target, to, {}, done);
  };

  const close = () => {
    pending?.done?.(false);
    setPending(null);
  };

  const blocked = pending?.step.kind === "blocked" ? pending.step.error : null;
  const dialogs = (
    <>
      {pending?.step.kind === "end" && (
        <EndDialog
          target={pending.target}
          busy={move.isPending}
          error={move.error}
          onClose={close}
          onSubmit={(reason) => send(pending.target, "ended", { reason }, pending.done, true)}
        />
      )}
      {pending && blocked && (
        <BlockedDialog
          target={pending.target}
          to={pending.to}
          error={blocked}
          onClose={close}
          onOverride={() => setPending({ ...pending, step: { kind: "override", error: blocked } })}
        />
      )}
      {pending?.step.kind === "override" && (
        <OverrideDialog
          target={pending.target}
          to={pending.to}
          busy={move.isPending}
          error={move.error instanceof ApiError && move.error.status !== 409 ? move.error : null}
          onClose={close}
          onSubmit={(reason) => send(pending.target, pending.to, { override: { reason } }, pending.done, true)}
        />
      )}
    </>
  );
  return { request, dialogs, busy: move.isPending };
}

/** The rule a refused move broke, in plain words. */
export function RuleExplanation({ error, target, to }: { error: ApiError; target: MoveTarget; to: EngagementStage }) {
  const { t } = useTranslation("engagements");
  const rule = typeof error.body.rule === "string" ? error.body.rule : "";
  const from = typeof error.body.from === "string" ? error.body.from : target.stage;
  if (!KNOWN_RULES.includes(rule)) return <p>{error.detail}</p>;
  return (
    <p data-testid="move-rule" data-rule={rule}>
      {t(`rules.${rule}`, { company: target.company.name, from: t(`stages.${from}`), to: t(`stages.${to}`) })}
    </p>
  );
}

function BlockedDialog({
  target,
  to,
  error,
  onClose,
  onOverride,
}: {
  target: MoveTarget;
  to: EngagementStage;
  error: ApiError;
  onClose: () => void;
  onOverride: () => void;
}) {
  const { t } = useTranslation("engagements");
  const { isAdmin } = useActiveOrg();
  const rule = typeof error.body.rule === "string" ? error.body.rule : "";
  const screeningRule = rule === "screening_required" || rule === "screening_rejected";
  return (
    <Dialog
      open
      onClose={onClose}
      title={t("move.blockedTitle", { stage: t(`stages.${to}`) })}
      testId="move-blocked-dialog"
      footer={
        <>
          {screeningRule && isAdmin && (
            <button type="button" className="btn" onClick={onOverride} data-testid="move-override">
              <ShieldAlert size={15} aria-hidden /> {t("move.overrideButton")}
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t("move.understood")}
          </button>
        </>
      }
    >
      <div className="stack">
        <div className="alert alert-warning" role="alert">
          <ShieldAlert size={16} aria-hidden />
          <RuleExplanation error={error} target={target} to={to} />
        </div>
        {screeningRule && (
          <p>
            <Link to={`/companies/${target.company.id}`} data-testid="move-company-link">
              {t("move.openCompany", { company: target.company.name })}
            </Link>
          </p>
        )}
        {screeningRule && !isAdmin && <p className="muted small">{t("move.askAdmin")}</p>}
      </div>
    </Dialog>
  );
}

function ReasonDialog(props: {
  title: string;
  description: ReactNode;
  label: string;
  hint?: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  danger?: boolean;
  testId: string;
  onClose: () => void;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation("engagements");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    props.onSubmit(reason.trim());
  };
  return (
    <Dialog
      open
      onClose={props.onClose}
      title={props.title}
      description={props.description}
      testId={props.testId}
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            {t("common:actions.cancel")}
          </button>
          <button
            type="submit"
            form={`${props.testId}-form`}
            className={`btn ${props.danger ? "btn-danger" : "btn-primary"}`}
            disabled={props.busy}
            data-testid={`${props.testId}-submit`}
          >
            {props.busy && <span className="spinner" aria-hidden />}
            {props.submitLabel}
          </button>
        </>
      }
    >
      <form id={`${props.testId}-form`} className="form" onSubmit={submit} noValidate>
        <FormError error={props.error} />
        <Field label={props.label} hint={props.hint} error={missing && !reason.trim() ? t("move.reasonRequired") : undefined}>
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
              data-testid={`${props.testId}-reason`}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}

function EndDialog({
  target,
  busy,
  error,
  onClose,
  onSubmit,
}: {
  target: MoveTarget;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: (r: string) => void;
}) {
  const { t } = useTranslation("engagements");
  return (
    <ReasonDialog
      title={t("move.endTitle", { title: target.title })}
      description={t("move.endDescription")}
      label={t("move.endReason")}
      hint={t("move.endReasonHint")}
      submitLabel={t("move.endSubmit")}
      busy={busy}
      error={error}
      danger
      testId="end-dialog"
      onClose={onClose}
      onSubmit={onSubmit}
    />
  );
}

function OverrideDialog({
  target,
  to,
  busy,
  error,
  onClose,
  onSubmit,
}: {
  target: MoveTarget;
  to: EngagementStage;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: (r: string) => void;
}) {
  const { t } = useTranslation("engagements");
  return (
    <ReasonDialog
      title={t("move.overrideTitle")}
      description={t("move.overrideDescription", { company: target.company.name, stage: t(`stages.${to}`) })}
      label={t("move.overrideReason")}
      hint={t("move.overrideHint")}
      submitLabel={t("move.overrideSubmit", { stage: t(`stages.${to}`) })}
      busy={busy}
      error={error}
      testId="override-dialog"
      onClose={onClose}
      onSubmit={onSubmit}
    />
  );
}

/**
 * The keyboard alternative to dragging: a "Move to…" menu of the stages the rules allow from here. Its panel is
 * positioned against the window (not the board), so a scrolling board cannot clip it: it follows the button when
 * things scroll, opens upwards near the bottom of the window, and closes on Escape (focus back to the button) or
 * an outside click.
 */
export function MoveMenu({
  target,
  allowed,
  onMove,
  compact,
}: {
  target: MoveTarget;
  allowed: EngagementStage[];
  onMove: (to: EngagementStage) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation("engagements");
  const [pos, setPos] = useState<CSSProperties | null>(null);
  const anchor = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const open = pos !== null;

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (anchor.current && !anchor.current.contains(e.target as Node)) setPos(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setPos(null);
        button.current?.focus();
      }
    };
    // Follow the button when the board or the page scrolls.
    const follow = () => setPos(place());
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    window.addEventListener("resize", follow);
    window.addEventListener("scroll", follow, true);
    anchor.current?.querySelector<HTMLButtonElement>(".menu-item")?.focus({ preventScroll: true });
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
      window.removeEventListener("resize", follow);
      window.removeEventListener("scroll", follow, true);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  if (!allowed.length) return null;
  /** Below the button, or above it near the bottom of the window; inside the window horizontally. */
  function place(): CSSProperties | null {
    if (!button.current) return null;
    const r = button.current.getBoundingClientRect();
    const height = allowed.length * 36 + 20;
    const below = window.innerHeight - r.bottom > height + 8 || r.top < height + 8;
    const width = 200;
    const left = Math.max(8, Math.min(compact ? r.right - width : r.left, window.innerWidth - width - 8));
    return below
      ? { position: "fixed", top: r.bottom + 6, left, width, minWidth: 0 }
      : { position: "fixed", bottom: window.innerHeight - r.top + 6, top: "auto", left, width, minWidth: 0 };
  }
  const toggle = () => setPos(open ? null : place());
  const close = () => {
    setPos(null);
    button.current?.focus();
  };
  return (
    <div className="popover-anchor" ref={anchor}>
      <button
        ref={button}
        type="button"
        className={compact ? "btn btn-ghost btn-icon btn-sm move-trigger" : "btn"}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={toggle}
        data-testid="move-menu"
      >
        {compact ? (
          <>
            <ArrowRightLeft size={15} aria-hidden />
            <span className="sr-only">
              {t("move.moveTo")} {t("move.moveToFor", { title: target.title })}
            </span>
          </>
        ) : (
          <>
            <ArrowRightLeft size={14} aria-hidden /> {t("move.moveTo")}
          </>
        )}
      </button>
      {pos && (
        <div id={panelId} className="popover" style={pos} role="group" aria-label={t("move.menuLabel", { title: target.title })}>
          <ul className="menu">
            {allowed.map((s) => (
              <li key={s}>
                <button
                  type="button"
                  className="menu-item"
                  onClick={() => {
                    close();
                    onMove(s);
                  }}
                  data-testid={`move-to-${s}`}
                >
                  {t(`stages.${s}`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
