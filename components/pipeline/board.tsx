"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { useId, useMemo, useState, type ReactNode } from "react";
import { boardAnnouncements, boardInstructions } from "./announcements";
import { columnCollision, columnKeyboardCoordinates } from "./board-geometry";

export type BoardColumn<C> = {
  id: string;
  title: string;
  /** All cards in the column, which may be more than `cards` when the column is paged. */
  count: number;
  cards: C[];
  /** End columns (hired, rejected, withdrawn) are narrow and start collapsed. */
  end?: boolean;
  loading?: boolean;
  /** Under the cards: e.g. a "Show more" button for a paged column. */
  footer?: ReactNode;
};

export type BoardProps<C extends { id: string }> = {
  /** The board's accessible name, e.g. "Pipeline for Data engineer". */
  label: string;
  columns: BoardColumn<C>[];
  /** The card's name in announcements and on its move handle, e.g. "Priya Raman". */
  cardName: (card: C) => string;
  renderCard: (card: C) => ReactNode;
  /** Columns this card may be dropped in, besides its own; the others look disabled while it is dragged. */
  allowedTargets: (card: C, fromColumn: string) => readonly string[];
  /** Cards that cannot move have no handle (e.g. recruiter-driven stages on a seeker's board). */
  canDrag?: (card: C) => boolean;
  onMove: (card: C, fromColumn: string, toColumn: string) => void;
  /** Shown in a column with no cards. */
  emptyText?: string;
};

/**
 * A Kanban board with drag and drop by pointer or keyboard (Space or Enter to pick up, arrows to
 * change column, Space or Enter to drop, Escape to cancel) and plain-words announcements. It
 * only reports moves through `onMove`: the caller decides (optimistically) where cards are.
 */
export function Board<C extends { id: string }>({ label, columns, cardName, renderCard, allowedTargets, canDrag = () => true, onMove, emptyText = "No cards" }: BoardProps<C>) {
  const dndId = useId();
  const [active, setActive] = useState<{ card: C; column: string } | null>(null);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the card's link still navigates.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates, scrollBehavior: "auto" }),
  );

  const where = useMemo(() => {
    const map = new Map<string, { card: C; column: string }>();
    for (const column of columns) for (const card of column.cards) map.set(card.id, { card, column: column.id });
    return map;
  }, [columns]);
  const titles = useMemo(() => new Map(columns.map((c) => [c.id, c.title])), [columns]);

  const allowed = useMemo(() => (active ? new Set(allowedTargets(active.card, active.column)) : null), [active, allowedTargets]);
  const announcements = useMemo(
    () =>
      boardAnnouncements({
        cardName: (id) => {
          const found = where.get(String(id)) ?? (active?.card.id === id ? active : undefined);
          return found ? cardName(found.card) : "The card";
        },
        columnOf: (id) => where.get(String(id))?.column ?? (active?.card.id === id ? active.column : undefined),
        columnTitle: (id: UniqueIdentifier) => titles.get(String(id)) ?? String(id),
        canDrop: (cardId, columnId) => {
          const found = where.get(String(cardId)) ?? (active?.card.id === cardId ? active : undefined);
          return !!found && allowedTargets(found.card, found.column).includes(String(columnId));
        },
      }),
    [where, titles, active, cardName, allowedTargets],
  );

  function handleStart(event: DragStartEvent) {
    const found = where.get(String(event.active.id));
    setActive(found ?? null);
  }

  function handleEnd(event: DragEndEvent) {
    const moving = active;
    setActive(null);
    const to = event.over ? String(event.over.id) : null;
    if (!moving || !to || to === moving.column) return;
    if (!allowedTargets(moving.card, moving.column).includes(to)) return;
    onMove(moving.card, moving.column, to);
  }

  return (
    <DndContext
      id={dndId}
      sensors={sensors}
      collisionDetection={columnCollision}
      accessibility={{ announcements, screenReaderInstructions: boardInstructions }}
      onDragStart={handleStart}
      onDragEnd={handleEnd}
      onDragCancel={() => setActive(null)}
    >
      <div role="group" aria-label={label} className="flex gap-3 overflow-x-auto pb-3">
        {columns.map((column) => {
          const state = !active ? "idle" : column.id === active.column ? "source" : allowed?.has(column.id) ? "allowed" : "disallowed";
          return (
            <BoardColumnView key={column.id} column={column} state={state} emptyText={emptyText}>
              {column.cards.map((card) => (
                <BoardCard key={card.id} id={card.id} name={cardName(card)} columnTitle={column.title} draggable={canDrag(card)} hidden={active?.card.id === card.id}>
                  {renderCard(card)}
                </BoardCard>
              ))}
            </BoardColumnView>
          );
        })}
      </div>
      <DragOverlay dropAnimation={null}>{active ? <div className="rounded-lg border border-brand-500 bg-white p-3 shadow-lg">{renderCard(active.card)}</div> : null}</DragOverlay>
    </DndContext>
  );
}

type ColumnState = "idle" | "source" | "allowed" | "disallowed";

function BoardColumnView<C>({ column, state, emptyText, children }: { column: BoardColumn<C>; state: ColumnState; emptyText: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.id, disabled: state === "disallowed" });
  const [expanded, setExpanded] = useState(!column.end);
  const headingId = `column-${column.id}-heading`;
  const tone =
    state === "disallowed"
      ? "border-slate-200 bg-slate-100 opacity-50"
      : isOver && state !== "source"
        ? "border-brand-500 bg-brand-50 ring-2 ring-brand-500"
        : state === "allowed"
          ? "border-brand-200 bg-slate-50"
          : "border-slate-200 bg-slate-50";
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`column-${column.id}`}
      data-drop={state}
      className={`flex shrink-0 flex-col rounded-xl border p-2 transition-colors ${column.end ? "w-48" : "w-64"} ${tone}`}
    >
      <header className="mb-2 flex items-center justify-between gap-2 px-1">
        <h2 id={headingId} className="text-sm font-semibold text-slate-800">
          {column.title} <span className="font-normal text-slate-500" aria-label={`${column.count} ${column.count === 1 ? "card" : "cards"}`}>({column.count})</span>
          {state === "disallowed" && <span className="sr-only"> (cannot move here)</span>}
        </h2>
        {column.end && (
          <button type="button" className="rounded px-1.5 text-xs text-brand-700 hover:underline" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
            {expanded ? "Hide" : "Show"}
          </button>
        )}
      </header>
      {expanded && (
        <>
          {column.loading ? (
            <ul aria-busy="true" className="space-y-2">
              {[0, 1].map((i) => (
                <li key={i} className="h-16 animate-pulse rounded-lg bg-slate-200" />
              ))}
            </ul>
          ) : column.cards.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 px-2 py-6 text-center text-xs text-slate-500">{emptyText}</p>
          ) : (
            <ul className="min-h-16 space-y-2">{children}</ul>
          )}
          {column.footer}
        </>
      )}
      {!expanded && <p className="px-1 text-xs text-slate-500">Drop here to move.</p>}
    </section>
  );
}

function BoardCard({ id, name, columnTitle, draggable, hidden, children }: { id: string; name: string; columnTitle: string; draggable: boolean; hidden: boolean; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef } = useDraggable({ id, disabled: !draggable });
  return (
    // Pointer drags start anywhere on the card; keyboard drags only from the handle (dnd-kit checks the activator node).
    <li ref={setNodeRef} {...listeners} data-testid={`card-${id}`} className={`rounded-lg border border-slate-200 bg-white p-3 shadow-sm ${draggable ? "cursor-grab touch-none" : ""} ${hidden ? "opacity-40" : ""}`}>
      <div className="flex items-start gap-2">
        {draggable && (
          <button
            ref={setActivatorNodeRef}
            type="button"
            {...attributes}
            aria-label={`Move ${name}, in ${columnTitle}`}
            className="-ml-1 mt-0.5 rounded p-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <svg aria-hidden="true" viewBox="0 0 12 16" className="h-4 w-3 fill-current">
              {[2, 7, 12].flatMap((y) => [3, 9].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.4" />))}
            </svg>
          </button>
        )}
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </li>
  );
}
