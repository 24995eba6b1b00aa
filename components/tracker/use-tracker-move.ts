"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { moveTrackedApplication, trackerKey, type ApiError, type TrackerPage } from "./api";
import { trackerPageAfterMove, type TrackerMove } from "./tracker-cache";

/**
 * Moves a card at once in every cached page of the seeker's board, then asks the server; a
 * refusal puts it back and `onRefused` says why. Refetches either way.
 */
export function useTrackerMove(handlers: { onMoved: (move: TrackerMove) => void; onRefused: (move: TrackerMove, error: ApiError) => void }) {
  const queryClient = useQueryClient();
  const shift = (move: TrackerMove, restore = false) => {
    for (const [key, data] of queryClient.getQueriesData<TrackerPage>({ queryKey: [...trackerKey, "stage"] })) {
      const [, , stage, page] = key as unknown as [string, string, TrackerMove["to"], number];
      if (data) queryClient.setQueryData(key, trackerPageAfterMove(stage, page, data, move, restore));
    }
  };
  return useMutation<unknown, ApiError, TrackerMove>({
    mutationFn: (move) => moveTrackedApplication(move.item.id, { status: move.to, ...(move.note ? { note: move.note } : {}) }),
    onMutate: async (move) => {
      // A refetch landing now would put the card back in its old column until the server answers.
      await queryClient.cancelQueries({ queryKey: trackerKey });
      shift(move);
    },
    onError: (error, move) => {
      shift({ ...move, from: move.to, to: move.from }, true);
      handlers.onRefused(move, error);
    },
    onSuccess: (_data, move) => handlers.onMoved(move),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trackerKey }),
  });
}
