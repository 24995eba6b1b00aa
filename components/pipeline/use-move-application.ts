"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { moveApplication, type ApiError, type ApplicationsPage } from "./api";
import { pageAfterMove, pipelineKey, type Move, type StagePageKey } from "./board-cache";

export type MoveRequest = Move & { note?: string };

/**
 * Moves a card at once in every cached page of the board, then asks the server; when the server
 * refuses, the card goes back to its column and `onRefused` says why. Refetches either way.
 */
export function useMoveApplication(scope: string, handlers: { onMoved: (move: MoveRequest) => void; onRefused: (move: MoveRequest, error: ApiError) => void }) {
  const queryClient = useQueryClient();
  const shift = (move: Move) => {
    for (const [key, data] of queryClient.getQueriesData<ApplicationsPage>({ queryKey: pipelineKey(scope) })) {
      if (data && key.length === 4) queryClient.setQueryData(key, pageAfterMove(key as unknown as StagePageKey, data, move));
    }
  };
  return useMutation<unknown, ApiError, MoveRequest>({
    mutationFn: (move) => moveApplication(move.item.id, { status: move.to, ...(move.note ? { note: move.note } : {}) }),
    onMutate: async (move) => {
      // A refetch landing now would put the card back in its old column until the server answers.
      await queryClient.cancelQueries({ queryKey: pipelineKey(scope) });
      shift(move);
    },
    onError: (error, move) => {
      // Undo this move only (not a snapshot), so another move made meanwhile stays where it went.
      shift({ item: move.item, from: move.to, to: move.from, at: move.at, keep: true });
      handlers.onRefused(move, error);
    },
    onSuccess: (_data, move) => handlers.onMoved(move),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: ["pipeline"] }), queryClient.invalidateQueries({ queryKey: ["funnel"] })]),
  });
}
