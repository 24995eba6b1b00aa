// The counters every sync run carries; the schema default, the API view and the pipeline start from these.
export const syncCountKeys = ["fetched", "transformed", "failed", "inserted", "updated", "duplicates", "expired"] as const;

export type SyncCounts = Record<(typeof syncCountKeys)[number], number>;

export function emptyCounts(): SyncCounts {
  return Object.fromEntries(syncCountKeys.map((key) => [key, 0])) as SyncCounts;
}
