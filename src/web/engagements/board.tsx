import {
  DndContext,
  DragOverlay,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import { CalendarClock, ChevronLeft, ChevronRight, GripVertical, ListTodo } from "lucide-react";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { isHealthStage, usePortfolioHealth, type HealthItem } from "../health/api";
import { OutlookBadge, useHealthText } from "../health/health-card";
import { formatDate, todayIso } from "../lib/format";
import { STAGES, type Card, type EngagementStage } from "./api";
import { ModeBadges, ScreeningBadge, WarningBadges } from "./badges";
import { MoveMenu, useStageMove } from "./stage-move";

type Column = { stage: EngagementStage; total: number; items: Card[] };

/**
 * Keyboard dragging jumps a whole column left or right (the default moves 25 px at a time): space or enter picks
 * the card up by its handle, the arrow keys move it between columns, space or enter drops it, escape cancels.
 */
const columnJump: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  const rects = [...context.droppableRects.values()].sort((a, b) => a.left - b.left);
  const x = currentCoordinates.x;
  const here = rects.findIndex((r) => x >= r.left && x <= r.left + r.width);
  const next = event.code === KeyboardCode.Right ? rects[here + 1] : rects[here - 1];
  if (!next) return currentCoordinates;
  return { x: next.left + next.width / 2 - (context.activeNode?.offsetWidth ?? 0) / 2 + 1, y: currentCoordinates.y };
};

/** The kanban board: a column per stage; drag a card (or use its "Move to…" menu) to move it; the server checks the rules. */
export function Board({ columns, visibleStages }: { columns: Column[]; visibleStages: EngagementStage[] }) {
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const { request, dialogs } = useStageMove();
  const [dragging, setDragging] = useState<Card | null>(null);
  // Cards shown in their new column while the server decides (put back if it refuses).
  const [moving, setMoving] = useState<Record<string, EngagementStage>>({});
  // Closed partnerships (renewed, ended) sit folded at the end until opened, so the running ones fit the screen.
  const [unfolded, setUnfolded] = useState<EngagementStage[]>([]);
  const scroller = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  const measure = useCallback(() => {
    const el = scroller.current;
    if (el) setMore({ left: el.scrollLeft > 4, right: el.scrollLeft + el.clientWidth < el.scrollWidth - 4 });
  }, []);
  useEffect(() => {
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [measure, columns, unfolded]);
  const scrollBy = (dir: 1 | -1) => scroller.current?.scrollBy({ left: dir * scroller.current.clientWidth * 0.8, behavior: "smooth" });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnJump }),
  );

  const all = columns.flatMap((c) => c.items);
  const stageOf = (card: Card) => moving[card.id] ?? card.stage;
  // Running partnerships show their health score and outlook (one request for the whole portfolio).
  const health = usePortfolioHealth(all.some((c) => isHealthStage(c.stage)));
  const healthOf = new Map(health.data?.items.map((h) => [h.engagementId, h]));
  const byStage = (stage: EngagementStage) => all.filter((c) => stageOf(c) === stage);
  const find = (id: unknown) => all.find((c) => c.id === id);
  const stageName = (id: unknown) => (typeof id === "string" && (STAGES as readonly string[]).includes(id) ? t(`stages.${id}`) : "");

  const settle = (id: string) =>
    setMoving((m) => {
      const { [id]: _, ...rest } = m;
      return rest;
    });
  // A card stays in its new column until the reloaded board has it there too (no jump back and forth).
  useEffect(() => {
    for (const c of all) if (moving[c.id] === c.stage) settle(c.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [columns]);

  const move = (card: Card, to: EngagementStage) => {
    if (to !== "ended") setMoving((m) => ({ ...m, [card.id]: to }));
    // Refused or given up: back to where it was at once.
    request({ ...card, stage: stageOf(card) }, to, (ok) => {
      if (!ok) settle(card.id);
    });
  };

  const onDragStart = (e: DragStartEvent) => setDragging(find(e.active.id) ?? null);
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const card = find(e.active.id);
    const to = e.over?.id as EngagementStage | undefined;
    if (card && to && to !== stageOf(card)) move(card, to);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.picked", { title: find(active.id)?.title ?? "" }),
    onDragOver: ({ active, over }) =>
      over
        ? t("dnd.over", { title: find(active.id)?.title ?? "", stage: stageName(over.id) })
        : t("dnd.notOver", { title: find(active.id)?.title ?? "" }),
    onDragEnd: ({ active, over }) =>
      over
        ? t("dnd.dropped", { title: find(active.id)?.title ?? "", stage: stageName(over.id) })
        : t("dnd.cancelled", { title: find(active.id)?.title ?? "" }),
    onDragCancel: ({ active }) => t("dnd.cancelled", { title: find(active.id)?.title ?? "" }),
  };

  return (
    <>
      <p className="sr-only" id="board-help">
        {t("dnd.instructions")}
      </p>
      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
      >
        {(more.left || more.right) && (
          <div className="board-scroll" data-testid="board-scroll">
            <span className="small muted">{t("board.scrollHint")}</span>
            <button type="button" className="btn btn-sm" onClick={() => scrollBy(-1)} disabled={!more.left} data-testid="board-scroll-left">
              <ChevronLeft size={14} aria-hidden /> {t("board.earlier")}
            </button>
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => scrollBy(1)}
              disabled={!more.right}
              data-testid="board-scroll-right"
            >
              {t("board.later")} <ChevronRight size={14} aria-hidden />
            </button>
          </div>
        )}
        <div
          className={`board${more.right ? " more-right" : ""}${more.left ? " more-left" : ""}`}
          data-testid="board"
          ref={scroller}
          onScroll={measure}
        >
          {columns
            .filter((c) => visibleStages.includes(c.stage))
            .map((col) => {
              const cards = byStage(col.stage);
              const shift = cards.length - col.items.length;
              const total = col.total + shift;
              // Empty columns fold to a narrow strip (they open while a card is dragged, to take it).
              const folded =
                !dragging && (total === 0 || ((col.stage === "ended" || col.stage === "renewed") && !unfolded.includes(col.stage)));
              return (
                <BoardColumn
                  key={col.stage}
                  stage={col.stage}
                  total={total}
                  folded={folded}
                  onUnfold={total > 0 ? () => setUnfolded((u) => [...u, col.stage]) : undefined}
                  onFold={
                    (col.stage === "ended" || col.stage === "renewed") && !folded
                      ? () => setUnfolded((u) => u.filter((x) => x !== col.stage))
                      : undefined
                  }
                  dragging={dragging}
                  canDrop={!!dragging && dragging.allowedMoves.includes(col.stage)}
                >
                  {cards.map((card) => (
                    <BoardCard
                      key={card.id}
                      card={card}
                      stage={stageOf(card)}
                      health={isHealthStage(stageOf(card)) ? healthOf.get(card.id) : undefined}
                      canWrite={canWrite}
                      onMove={(to) => move(card, to)}
                    />
                  ))}
                </BoardColumn>
              );
            })}
        </div>
        <DragOverlay dropAnimation={null}>
          {dragging && <CardBody card={dragging} health={isHealthStage(dragging.stage) ? healthOf.get(dragging.id) : undefined} overlay />}
        </DragOverlay>
      </DndContext>
      {dialogs}
    </>
  );
}

function BoardColumn({
  stage,
  total,
  folded,
  onUnfold,
  onFold,
  dragging,
  canDrop,
  children,
}: {
  stage: EngagementStage;
  total: number;
  folded: boolean;
  onUnfold?: () => void;
  onFold?: () => void;
  dragging: Card | null;
  canDrop: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation("engagements");
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const headingId = `col-${stage}`;
  const state = !dragging ? "" : dragging.stage === stage ? "" : canDrop ? " drop-ok" : " drop-no";
  return (
    <section
      ref={setNodeRef}
      className={`board-col${state}${isOver ? " over" : ""}${folded ? " folded" : ""}`}
      aria-labelledby={headingId}
      data-testid={`column-${stage}`}
      data-stage={stage}
      data-folded={folded || undefined}
    >
      <header className="board-col-head">
        <h2 id={headingId} className={`stage-dot stage-${stage}`}>
          {t(`stages.${stage}`)}
        </h2>
        <span className="badge" role="img" aria-label={t("board.count", { count: total })} data-testid="column-count">
          {total}
        </span>
        {folded && onUnfold && (
          <button
            type="button"
            className="btn btn-ghost btn-icon btn-sm"
            onClick={onUnfold}
            aria-label={t("board.unfold", { stage: t(`stages.${stage}`) })}
            title={t("board.unfold", { stage: t(`stages.${stage}`) })}
            data-testid="column-unfold"
          >
            <ChevronRight size={14} aria-hidden />
          </button>
        )}
        {!folded && onFold && (
          <button
            type="button"
            className="btn btn-ghost btn-icon btn-sm"
            onClick={onFold}
            aria-label={t("board.fold", { stage: t(`stages.${stage}`) })}
            title={t("board.fold", { stage: t(`stages.${stage}`) })}
            data-testid="column-fold"
          >
            <ChevronLeft size={14} aria-hidden />
          </button>
        )}
      </header>
      {!folded && <ul className="board-list">{children}</ul>}
    </section>
  );
}

function BoardCard({
  card,
  stage,
  health,
  canWrite,
  onMove,
}: {
  card: Card;
  stage: EngagementStage;
  health?: HealthItem;
  canWrite: boolean;
  onMove: (to: EngagementStage) => void;
}) {
  const { t } = useTranslation("engagements");
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, disabled: !canWrite });
  const pendingMove = stage !== card.stage;
  return (
    <li
      ref={setNodeRef}
      className={`board-card${isDragging ? " dragging" : ""}${pendingMove ? " pending" : ""}`}
      data-testid="board-card"
      data-id={card.id}
      aria-busy={pendingMove || undefined}
    >
      <CardBody
        card={card}
        health={health}
        handle={
          canWrite && (
            <span className="card-tools">
              <MoveMenu compact target={{ ...card, stage }} allowed={card.allowedMoves} onMove={onMove} />
              <button
                type="button"
                className="drag-handle"
                {...attributes}
                {...listeners}
                aria-label={t("dnd.handle", { title: card.title })}
                aria-describedby="board-help"
                data-testid="drag-handle"
              >
                <GripVertical size={16} aria-hidden />
              </button>
            </span>
          )
        }
      />
    </li>
  );
}

function CardBody({ card, health, handle, overlay }: { card: Card; health?: HealthItem; handle?: ReactNode; overlay?: boolean }) {
  const { t } = useTranslation("engagements");
  const healthText = useHealthText();
  const why = health?.topExplanations[0];
  const overdue = !!card.nextTaskDue && card.nextTaskDue < todayIso();
  return (
    <div className={`card-inner${overlay ? " overlay" : ""}`}>
      <div className="card-top">
        <div className="card-titles">
          {overlay ? (
            <span className="card-title">{card.title}</span>
          ) : (
            <Link to={`/partnerships/${card.id}`} className="card-title" data-testid="card-link">
              {card.title}
            </Link>
          )}
          <span className="card-company">{card.company.name}</span>
        </div>
        {handle}
      </div>
      <ModeBadges modes={card.modes} max={2} />
      <div className="tag-list card-status">
        {health && (
          <OutlookBadge
            outlook={health.outlook}
            score={health.score}
            title={why ? healthText(why.code, why.values, why.text) : undefined}
          />
        )}
        <ScreeningBadge screening={card.screening} />
        <WarningBadges warnings={card.warnings} flagCount={card.flagCount} />
      </div>
      <div className="card-meta">
        <span className="card-owner">{card.owner ? card.owner.name : <span className="muted">{t("board.noOwner")}</span>}</span>
        {card.nextTaskDue ? (
          <span className={overdue ? "due overdue" : "due"} title={t("board.nextTaskDue")}>
            <CalendarClock size={13} aria-hidden />
            <span className="sr-only">{t("board.nextTaskDue")}: </span>
            {formatDate(card.nextTaskDue)}
            {overdue && <span className="sr-only"> ({t("tasks.overdue")})</span>}
          </span>
        ) : card.openTasks > 0 ? (
          <span className="due">
            <ListTodo size={13} aria-hidden /> {t("board.openTasks", { count: card.openTasks })}
          </span>
        ) : null}
      </div>
    </div>
  );
}
