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

/**
 * Fit P(positive) = sigmoid(a · margin + b) by Newton's method on held-out margins (Platt
 * scaling). Threshold-shifted scores put every class's decision point at 0.5, but say nothing
 * about how often a reading at 0.8 is right; this turns a margin into that frequency.
 */
export function fitPlatt(margins: ArrayLike<number>, gold: ArrayLike<number>): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const n = margins.length;
  for (let iter = 0; iter < 50; iter++) {
    // Gradient and Hessian of the mean log loss in (a, b).
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < n; i++) {
      const m = margins[i]!;
      const p = 1 / (1 + Math.exp(-(a * m + b)));
      const d = p - (gold[i] ? 1 : 0);
      const w = p * (1 - p);
      ga += d * m;
      gb += d;
      haa += w * m * m;
      hab += w * m;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
