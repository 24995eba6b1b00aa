import { describe, expect, it } from "vitest";
import { pairwiseScores } from "./dedupe-score";

describe("pairwiseScores", () => {
  it("scores a perfect clustering 1/1 and counts pairs", () => {
    const s = pairwiseScores([
      { predicted: "a", actual: "x" },
      { predicted: "a", actual: "x" },
      { predicted: "b", actual: "y" },
    ]);
    expect(s).toMatchObject({ precision: 1, recall: 1, predicted_pairs: 1, labelled_pairs: 1, true_pairs: 1 });
  });

  it("penalises a wrong merge in precision and a missed merge in recall", () => {
    const s = pairwiseScores([
      { predicted: "a", actual: "x" },
      { predicted: "a", actual: "y" },
      { predicted: "b", actual: "z" },
      { predicted: "c", actual: "z" },
    ]);
    expect(s.precision).toBe(0);
    expect(s.recall).toBe(0);
    expect(s.predicted_pairs).toBe(1);
    expect(s.labelled_pairs).toBe(1);
  });
});
