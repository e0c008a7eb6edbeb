import { AlertTriangle, CalendarClock, ListTodo, Repeat2, Trash2, UserRound } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { AddButton } from "../components/add-button";
import { FormDialog, FormField } from "../components/form-dialog";
import { EmptyState, ErrorState } from "../components/states";
import { taskTitle } from "../lib/built-in";
import { formatDate } from "../lib/format";
import { useMembers } from "../lib/members";
import { useAddTask, useDeleteTask, useEngagementTasks, useUpdateTask, type Task } from "./api";

/** One task: a checkbox to mark it done, its due date (overdue in words and colour), assignee and, optionally, where it belongs. */
export function TaskItem({ task, showEngagement, canWrite }: { task: Task; showEngagement?: boolean; canWrite: boolean }) {
  const { t } = useTranslation("engagements");
  const update = useUpdateTask();
  const del = useDeleteTask();
  const { isAdmin, me } = useActiveOrg();
  const checkboxId = `task-${task.id}`;
  return (
    <li
      className={`${task.overdue ? "overdue" : ""} ${task.done ? "done" : ""}`}
      data-testid="task"
      data-overdue={task.overdue || undefined}
    >
      <input
        id={checkboxId}
        type="checkbox"
        className="task-check"
        checked={task.done}
        disabled={!canWrite || update.isPending}
        onChange={(e) => update.mutate({ id: task.id, done: e.target.checked })}
        data-testid="task-done"
      />
      <div className="task-main">
        <label htmlFor={checkboxId} className="task-title">
          {taskTitle(t, task.title)}
          <span className="sr-only"> — {task.done ? t("tasks.markOpen") : t("tasks.markDone")}</span>
        </label>
        <div className="task-sub">
          {task.kind === "handover" && (
            <span className="badge badge-warning">
              <Repeat2 size={12} aria-hidden /> {t("tasks.handover")}
            </span>
          )}
          {task.dueOn ? (
            <span className={task.overdue ? "due overdue" : "due"}>
              {task.overdue ? <AlertTriangle size={13} aria-hidden /> : <CalendarClock size={13} aria-hidden />}
              {task.overdue
                ? t("tasks.overdueSince", { date: formatDate(task.dueOn) })
                : t("tasks.dueOn", { date: formatDate(task.dueOn) })}
            </span>
          ) : (
            <span>{t("tasks.noDue")}</span>
          )}
          <span className="due">
            <UserRound size={13} aria-hidden /> {task.assignee?.name ?? t("tasks.unassigned")}
          </span>
          {showEngagement && (
            <span>
              <Link to={`/partnerships/${task.engagementId}`} data-testid="task-engagement-link">
                {task.engagement.title}
              </Link>{" "}
              · {task.company.name}
            </span>
          )}
          {task.done && task.doneAt && <span>{t("tasks.doneOn", { date: formatDate(task.doneAt) })}</span>}
        </div>
      </div>
      {canWrite && (task.createdBy?.id === me?.user.id || isAdmin) && (
        <button
          type="button"
          className="btn btn-ghost btn-icon btn-sm"
          onClick={() => del.mutate(task.id)}
          aria-label={t("tasks.deleteNamed", { title: task.title })}
          title={t("tasks.delete")}
          disabled={del.isPending}
        >
          <Trash2 size={14} aria-hidden />
        </button>
      )}
    </li>
  );
}

/** An engagement's next steps: open first, with a form to add one (title, due date, assignee). */
export function TasksPanel({ engagementId, headingLevel = 2, limit }: { engagementId: string; headingLevel?: 2 | 3; limit?: number }) {
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const q = useEngagementTasks(engagementId);
  const [showDone, setShowDone] = useState(false);
  const [adding, setAdding] = useState(false);
  const H = headingLevel === 2 ? "h2" : "h3";
  const all = q.data?.items ?? [];
  const open = all.filter((x) => !x.done);
  const done = all.filter((x) => x.done);
  const shown = limit ? open.slice(0, limit) : [...open, ...(showDone ? done : [])];
  return (
    <section className="card" aria-labelledby={`tasks-title-${limit ?? "all"}`} data-testid="tasks-panel">
      <div className="card-header">
        <H id={`tasks-title-${limit ?? "all"}`}>{limit ? t("tasks.next") : t("tasks.title")}</H>
        <span className="badge">{t("tasks.openCount", { count: open.length })}</span>
        {canWrite && !limit && (
          <div className="row" style={{ marginLeft: "auto" }}>
            <AddButton label={t("tasks.add")} onClick={() => setAdding(true)} testId="task-new" />
          </div>
        )}
      </div>
      {adding && <TaskDialog engagementId={engagementId} onClose={() => setAdding(false)} />}
      {q.isPending ? (
        <div className="card-body muted">{t("common:loading")}</div>
      ) : q.error ? (
        <div className="card-body">
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        </div>
      ) : shown.length === 0 ? (
        limit ? (
          <div className="card-body muted">{t("tasks.noneOpen")}</div>
        ) : (
          <EmptyState icon={ListTodo} title={t("tasks.emptyTitle")}>
            {t("tasks.emptyBody")}
          </EmptyState>
        )
      ) : (
        <ul className="task-list">
          {shown.map((task) => (
            <TaskItem key={task.id} task={task} canWrite={canWrite} />
          ))}
        </ul>
      )}
      {!limit && done.length > 0 && (
        <div className="card-body" style={{ paddingTop: 8, paddingBottom: 8, borderTop: "1px solid var(--color-border)" }}>
          <button type="button" className="link-button small" aria-expanded={showDone} onClick={() => setShowDone((s) => !s)}>
            {showDone ? t("tasks.hideDone") : t("tasks.showDone", { count: done.length })}
          </button>
        </div>
      )}
    </section>
  );
}

function TaskDialog({ engagementId, onClose }: { engagementId: string; onClose: () => void }) {
  const { t } = useTranslation("engagements");
  const add = useAddTask(engagementId);
  const members = useMembers();
  const { me } = useActiveOrg();
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [assigneeId, setAssigneeId] = useState(me?.user.id ?? "");
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!title.trim()) return setMissing(true);
    setMissing(false);
    add.mutate({ title: title.trim(), dueOn: dueOn || null, assigneeId: assigneeId || null }, { onSuccess: onClose });
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("tasks.add")}
      onSubmit={submit}
      submitLabel={t("tasks.add")}
      pending={add.isPending}
      error={add.error}
      formTestId="task-form"
      submitTestId="task-add"
    >
      <div className="form-grid">
        <FormField label={t("tasks.newTitle")} className="span-2" name="title" error={missing && !title.trim() && t("tasks.titleRequired")}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder={t("tasks.newPlaceholder")}
              data-testid="task-title"
            />
          )}
        </FormField>
        <FormField label={t("tasks.due")} name="dueOn">
          {(p) => (
            <input {...p} type="date" className="input" value={dueOn} onChange={(e) => setDueOn(e.target.value)} data-testid="task-due" />
          )}
        </FormField>
        <FormField label={t("tasks.assignee")} name="assigneeId">
          {(p) => (
            <select
              {...p}
              className="select"
              value={assigneeId}
              onChange={(e) => setAssigneeId(e.target.value)}
              data-testid="task-assignee"
            >
              <option value="">{t("tasks.unassigned")}</option>
              {members.data?.items.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
    </FormDialog>
  );
}
