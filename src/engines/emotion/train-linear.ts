import type { SparseVector } from "./features.ts";
import { mulberry32, shuffledIndices } from "./rng.ts";

/** Hyper-parameters of the one-vs-rest logistic regression trainer. */
export interface LinearTrainOptions {
  bits: number;
  classes: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Positive examples of class c weigh (neg_c/pos_c)^power: 0 = unweighted, 1 = fully balanced. */
  balancePower: number;
  seed: number;
}

/** Dense float weights of a hashed linear model: weights[bucket * classes + c]. */
export interface LinearWeights {
  classes: number;
  bits: number;
  weights: Float32Array;
  bias: Float32Array;
}

/**
 * Logits of a hashed linear model for one sparse vector, written into `out`. Kept separate from
 * the trainer so inference and training compute exactly the same function.
 */
export function linearLogits(m: LinearWeights, x: SparseVector, out: Float32Array | Float64Array): void {
  const k = m.classes;
  for (let c = 0; c < k; c++) out[c] = m.bias[c]!;
  for (let i = 0; i < x.indices.length; i++) {
    const base = x.indices[i]! * k;
    const v = x.values[i]!;
    for (let c = 0; c < k; c++) out[c]! += v * m.weights[base + c]!;
  }
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Train one-vs-rest logistic regression with AdaGrad on hashed sparse features. AdaGrad suits
 * hashed text features: rare n-grams keep large steps while frequent ones settle. `labels` is a
 * row-major n × classes 0/1 matrix.
 */
export function trainLinear(
  xs: readonly SparseVector[],
  labels: Uint8Array,
  opts: LinearTrainOptions,
  onEpoch?: (epoch: number, m: LinearWeights) => void,
): LinearWeights {
  const k = opts.classes;
  const n = xs.length;
  const m: LinearWeights = {
    classes: k,
    bits: opts.bits,
    weights: new Float32Array((1 << opts.bits) * k),
    bias: new Float32Array(k),
  };
  const g2 = new Float32Array(m.weights.length);
  const b2 = new Float64Array(k);
  const posWeight = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let pos = 0;
    for (let i = 0; i < n; i++) pos += labels[i * k + c]!;
    posWeight[c] = ((n - pos) / Math.max(pos, 1)) ** opts.balancePower;
    m.bias[c] = Math.log(Math.max(pos, 1) / Math.max(n - pos, 1));
  }
  const rand = mulberry32(opts.seed);
  const z = new Float64Array(k);
  const g = new Float64Array(k);
  const eps = 1e-6;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const order = shuffledIndices(n, rand);
    for (const i of order) {
      const x = xs[i]!;
      linearLogits(m, x, z);
      for (let c = 0; c < k; c++) {
        const y = labels[i * k + c]!;
        g[c] = (sigmoid(z[c]!) - y) * (y ? posWeight[c]! : 1);
        b2[c]! += g[c]! * g[c]!;
        m.bias[c]! -= (opts.learningRate * g[c]!) / (Math.sqrt(b2[c]!) + eps);
      }
      for (let j = 0; j < x.indices.length; j++) {
        const base = x.indices[j]! * k;
        const v = x.values[j]!;
        for (let c = 0; c < k; c++) {
          const w = m.weights[base + c]!;
          const grad = g[c]! * v + opts.l2 * w;
          const acc = g2[base + c]! + grad * grad;
          g2[base + c] = acc;
          m.weights[base + c] = w - (opts.learningRate * grad) / (Math.sqrt(acc) + eps);
        }
      }
    }
    onEpoch?.(epoch, m);
  }
  return m;
}
