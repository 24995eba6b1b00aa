/** Pairwise precision and recall of a clustering against ground-truth labels. */
export function pairwiseScores(records: Array<{ predicted: string; actual: string }>) {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const tally = (key: (r: { predicted: string; actual: string }) => string) => {
    const groups = new Map<string, number>();
    for (const r of records) groups.set(key(r), (groups.get(key(r)) ?? 0) + 1);
    let total = 0;
    for (const n of groups.values()) total += pairs(n);
    return total;
  };
  const predictedPairs = tally((r) => r.predicted);
  const actualPairs = tally((r) => r.actual);
  const truePairs = tally((r) => `${r.predicted}\u0000${r.actual}`);
  return {
    precision: predictedPairs === 0 ? 1 : truePairs / predictedPairs,
    recall: actualPairs === 0 ? 1 : truePairs / actualPairs,
    predicted_pairs: predictedPairs,
    labelled_pairs: actualPairs,
    true_pairs: truePairs,
  };
}
