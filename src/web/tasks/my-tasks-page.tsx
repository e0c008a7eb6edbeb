import "../engagements/engagements.css";
import { CheckCircle2, ListTodo } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { EmptyState, ErrorState, Loading, PageHeader } from "../components/states";
import { todayIso } from "../lib/format";
import { useMyTasks, type Task } from "../engagements/api";
import { TaskItem } from "../engagements/tasks-panel";
import { IcalFeed } from "./ical-feed";

/** In the next seven days (from today). */
function withinWeek(day: string): boolean {
  const d = new Date(`${todayIso()}T00:00:00`);
  d.setDate(d.getDate() + 7);
  const limit = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return day <= limit;
}

/** My open tasks across the organisation's engagements, overdue first; and my calendar feed. */
export default function MyTasksPage() {
  const { t } = useTranslation(["tasks", "engagements"]);
  const { canWrite } = useActiveOrg();
  const q = useMyTasks();

  const groups: Array<{ key: string; items: Task[] }> = [];
  if (q.data) {
    const items = q.data.items;
    groups.push({ key: "overdue", items: items.filter((x) => x.overdue) });
    groups.push({ key: "week", items: items.filter((x) => !x.overdue && x.dueOn && withinWeek(x.dueOn)) });
    groups.push({ key: "later", items: items.filter((x) => !x.overdue && x.dueOn && !withinWeek(x.dueOn)) });
    groups.push({ key: "undated", items: items.filter((x) => !x.dueOn) });
  }

  return (
    <>
      <PageHeader title={t("title")} description={q.data ? t("count", { count: q.data.total }) : t("description")} />
      <div className="grid-2">
        <div className="stack-lg">
          {q.isPending ? (
            <Loading />
          ) : q.error ? (
            <ErrorState error={q.error} onRetry={() => void q.refetch()} />
          ) : q.data.items.length === 0 ? (
            <div className="card">
              <EmptyState icon={CheckCircle2} title={t("emptyTitle")} action={<Link to="/partnerships">{t("toPartnerships")}</Link>}>
                {t("emptyBody")}
              </EmptyState>
            </div>
          ) : (
            groups
              .filter((g) => g.items.length > 0)
              .map((g) => (
                <section key={g.key} className="card" aria-labelledby={`group-${g.key}`} data-testid={`tasks-${g.key}`}>
                  <div className="card-header">
                    <h2 id={`group-${g.key}`} className="row">
                      {g.key === "overdue" ? <span className="badge badge-danger">{t(`groups.${g.key}`)}</span> : t(`groups.${g.key}`)}
                    </h2>
                    <span className="badge">{g.items.length}</span>
                  </div>
                  <ul className="task-list" data-testid="my-tasks">
                    {g.items.map((task) => (
                      <TaskItem key={task.id} task={task} canWrite={canWrite} showEngagement />
                    ))}
                  </ul>
                </section>
              ))
          )}
        </div>
        <div className="stack-lg">
          <IcalFeed />
          <section className="card" aria-labelledby="tasks-about">
            <div className="card-header">
              <h2 id="tasks-about" className="row">
                <ListTodo size={16} aria-hidden /> {t("about.title")}
              </h2>
            </div>
            <div className="card-body">
              <p className="small muted">{t("about.body")}</p>
            </div>
          </section>
        </div>
      </div>
    </>
  );
}
