/**
 * The score cut-off that maximises binary F1 for one class, found by sweeping the sorted scores.
 * Macro-F1 rewards recall on rare classes (fear, disgust), which a fixed 0.5 cut-off starves, so
 * each class gets its own. Returns the midpoint between the last accepted and first rejected score.
 */
export function bestF1Threshold(
  scores: ArrayLike<number>,
  gold: ArrayLike<number>,
): { threshold: number; f1: number } {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let positives = 0;
  for (let i = 0; i < n; i++) positives += gold[i]! ? 1 : 0;
  let tp = 0;
  let best = { threshold: Number.POSITIVE_INFINITY, f1: 0 };
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    if (gold[i]) tp++;
    const next = r + 1 < n ? scores[order[r + 1]!]! : Number.NEGATIVE_INFINITY;
    if (next === scores[i]) continue;
    const predicted = r + 1;
    const f1 = (2 * tp) / (predicted + positives);
    if (f1 > best.f1) {
      best = { threshold: Number.isFinite(next) ? (scores[i]! + next) / 2 : scores[i]! - 1, f1 };
    }
  }
  return best;
}
