import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from "@dnd-kit/core";

/** What the announcements need to know about the board, in plain words. */
export type BoardWords = {
  /** The card's name as a person would say it, e.g. "Priya Raman". */
  cardName: (cardId: UniqueIdentifier) => string;
  /** The column a card started in. */
  columnOf: (cardId: UniqueIdentifier) => string | undefined;
  columnTitle: (columnId: UniqueIdentifier) => string;
  canDrop: (cardId: UniqueIdentifier, columnId: UniqueIdentifier) => boolean;
};

export const boardInstructions: ScreenReaderInstructions = {
  draggable:
    "To move this card, press Space or Enter to pick it up. Use the left and right arrow keys to move it between stages; stages it cannot go to are skipped. Press Space or Enter to drop it, or Escape to cancel.",
};

/** Screen-reader messages for picking up, moving over, dropping and cancelling a card. */
export function boardAnnouncements(words: BoardWords): Announcements {
  const from = (cardId: UniqueIdentifier) => {
    const column = words.columnOf(cardId);
    return column === undefined ? "its stage" : words.columnTitle(column);
  };
  return {
    onDragStart: ({ active }) => `Picked up ${words.cardName(active.id)}, in ${from(active.id)}.`,
    onDragOver: ({ active, over }) => {
      const name = words.cardName(active.id);
      if (!over) return `${name} is not over a stage.`;
      if (over.id === words.columnOf(active.id)) return `${name} is back over ${from(active.id)}, where it started.`;
      return `${name} is over ${words.columnTitle(over.id)}.`;
    },
    onDragEnd: ({ active, over }) => {
      const name = words.cardName(active.id);
      if (over && over.id !== words.columnOf(active.id) && words.canDrop(active.id, over.id)) return `${name} moved to ${words.columnTitle(over.id)}.`;
      return `${name} was not moved; it stays in ${from(active.id)}.`;
    },
    onDragCancel: ({ active }) => `Moving ${words.cardName(active.id)} was cancelled; it stays in ${from(active.id)}.`,
  };
}
