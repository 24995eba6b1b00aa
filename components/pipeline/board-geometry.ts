import { pointerWithin, type ClientRect, type CollisionDetection, type KeyboardCoordinateGetter, type UniqueIdentifier } from "@dnd-kit/core";

type ColumnRect = { id: UniqueIdentifier; rect: ClientRect };

const centreX = (rect: Pick<ClientRect, "left" | "width">) => rect.left + rect.width / 2;

/**
 * The column the arrow key leads to from a card centred at `fromCentre`: the nearest enabled
 * column to the right (or left). Disabled columns are not in `columns`, so arrows skip them.
 */
export function neighbourColumn(columns: ColumnRect[], fromCentre: number, direction: 1 | -1): ColumnRect | undefined {
  const ahead = columns.filter((c) => (direction === 1 ? centreX(c.rect) > fromCentre + 1 : centreX(c.rect) < fromCentre - 1));
  ahead.sort((a, b) => direction * (centreX(a.rect) - centreX(b.rect)));
  return ahead[0];
}

/** Left and right arrows jump the dragged card to the centre of the next allowed column; up and down do nothing. */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = event.code === "ArrowRight" ? 1 : event.code === "ArrowLeft" ? -1 : 0;
  if (direction === 0) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const columns: ColumnRect[] = [];
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (rect) columns.push({ id: container.id, rect });
  }
  const target = neighbourColumn(columns, centreX(collisionRect), direction);
  if (!target) return undefined;
  return { x: target.rect.left + (target.rect.width - collisionRect.width) / 2, y: currentCoordinates.y };
};

/**
 * With a pointer: the column under it (a gap or a disabled column is no target). From the
 * keyboard: the enabled column whose centre is horizontally nearest the card's.
 */
export const columnCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const cardCentre = centreX(args.collisionRect);
  let best: { id: UniqueIdentifier; distance: number; container: (typeof args.droppableContainers)[number] } | undefined;
  for (const container of args.droppableContainers) {
    const rect = args.droppableRects.get(container.id);
    if (!rect) continue;
    const distance = Math.abs(centreX(rect) - cardCentre);
    if (!best || distance < best.distance) best = { id: container.id, distance, container };
  }
  return best ? [{ id: best.id, data: { droppableContainer: best.container, value: best.distance } }] : [];
};
