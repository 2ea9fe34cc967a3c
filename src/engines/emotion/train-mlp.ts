import type { SparseVector } from "./features.ts";
import { mulberry32, shuffledIndices } from "./rng.ts";

/** Hyper-parameters of the hashed-embedding network (fastText with one hidden non-linearity). */
export interface MlpTrainOptions {
  /** log2 of the embedding table size; feature buckets are folded into it by masking. */
  bits: number;
  hidden: number;
  classes: number;
  epochs: number;
  learningRate: number;
  balancePower: number;
  /** Probability of zeroing a hidden unit during training. */
  dropout: number;
  seed: number;
}

/** Weights of the network: embeddings[bucket * hidden + h], then a dense hidden→class layer. */
export interface MlpWeights {
  bits: number;
  hidden: number;
  classes: number;
  embeddings: Float32Array;
  hiddenBias: Float32Array;
  /** out[c * hidden + h]. */
  output: Float32Array;
  outputBias: Float32Array;
}

// Hidden activations: ReLU of the weighted sum of the input buckets' embeddings. The shipped
// (quantised) model computes the same function in model.ts.
function mlpHidden(m: MlpWeights, x: SparseVector, out: Float32Array | Float64Array): void {
  const hdim = m.hidden;
  const mask = (1 << m.bits) - 1;
  for (let h = 0; h < hdim; h++) out[h] = m.hiddenBias[h]!;
  for (let i = 0; i < x.indices.length; i++) {
    const base = (x.indices[i]! & mask) * hdim;
    const v = x.values[i]!;
    for (let h = 0; h < hdim; h++) out[h]! += v * m.embeddings[base + h]!;
  }
  for (let h = 0; h < hdim; h++) if (out[h]! < 0) out[h] = 0;
}

// Class logits from hidden activations.
function mlpOutput(m: MlpWeights, hidden: ArrayLike<number>, out: Float32Array | Float64Array): void {
  const hdim = m.hidden;
  for (let c = 0; c < m.classes; c++) {
    let z = m.outputBias[c]!;
    const base = c * hdim;
    for (let h = 0; h < hdim; h++) z += m.output[base + h]! * hidden[h]!;
    out[c] = z;
  }
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Train the network with AdaGrad on weighted binary cross-entropy. It learns dense features that
 * a linear model cannot (word interactions, shared structure between rare classes), which is why
 * it is worth ensembling with the linear model despite scoring about the same alone.
 */
export function trainMlp(
  xs: readonly SparseVector[],
  labels: Uint8Array,
  opts: MlpTrainOptions,
  onEpoch?: (epoch: number, m: MlpWeights) => void,
): MlpWeights {
  const { hidden: hdim, classes: k } = opts;
  const n = xs.length;
  const rand = mulberry32(opts.seed);
  const size = 1 << opts.bits;
  const m: MlpWeights = {
    bits: opts.bits,
    hidden: hdim,
    classes: k,
    embeddings: new Float32Array(size * hdim),
    hiddenBias: new Float32Array(hdim),
    output: new Float32Array(k * hdim),
    outputBias: new Float32Array(k),
  };
  // Embeddings start at zero (the random output layer already makes hidden units differ), so a
  // bucket no training example touches stays exactly zero: unseen n-grams add no noise at
  // inference and cost nothing in the sparse weights file.
  const glorot = Math.sqrt(6 / (hdim + k));
  for (let i = 0; i < m.output.length; i++) m.output[i] = (rand() * 2 - 1) * glorot;
  for (let h = 0; h < hdim; h++) m.hiddenBias[h] = 0.1;
  const posWeight = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let pos = 0;
    for (let i = 0; i < n; i++) pos += labels[i * k + c]!;
    posWeight[c] = ((n - pos) / Math.max(pos, 1)) ** opts.balancePower;
    m.outputBias[c] = Math.log(Math.max(pos, 1) / Math.max(n - pos, 1));
  }
  const gE = new Float32Array(m.embeddings.length);
  const gHB = new Float64Array(hdim);
  const gO = new Float64Array(m.output.length);
  const gOB = new Float64Array(k);
  const a = new Float64Array(hdim);
  const z = new Float64Array(k);
  const dz = new Float64Array(k);
  const da = new Float64Array(hdim);
  const keep = new Uint8Array(hdim);
  const lr = opts.learningRate;
  const eps = 1e-6;
  const mask = size - 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const i of shuffledIndices(n, rand)) {
      const x = xs[i]!;
      mlpHidden(m, x, a);
      const scale = 1 / (1 - opts.dropout);
      for (let h = 0; h < hdim; h++) {
        keep[h] = rand() >= opts.dropout ? 1 : 0;
        a[h] = keep[h] ? a[h]! * scale : 0;
      }
      mlpOutput(m, a, z);
      da.fill(0);
      for (let c = 0; c < k; c++) {
        const y = labels[i * k + c]!;
        const d = (sigmoid(z[c]!) - y) * (y ? posWeight[c]! : 1);
        dz[c] = d;
        const base = c * hdim;
        for (let h = 0; h < hdim; h++) {
          da[h]! += d * m.output[base + h]!;
          const g = d * a[h]!;
          gO[base + h]! += g * g;
          m.output[base + h]! -= (lr * g) / (Math.sqrt(gO[base + h]!) + eps);
        }
        gOB[c]! += d * d;
        m.outputBias[c]! -= (lr * d) / (Math.sqrt(gOB[c]!) + eps);
      }
      // Back through dropout and ReLU: only kept, active units pass gradient.
      for (let h = 0; h < hdim; h++) {
        da[h] = keep[h] && a[h]! > 0 ? da[h]! * scale : 0;
        gHB[h]! += da[h]! * da[h]!;
        m.hiddenBias[h]! -= (lr * da[h]!) / (Math.sqrt(gHB[h]!) + eps);
      }
      for (let j = 0; j < x.indices.length; j++) {
        const base = (x.indices[j]! & mask) * hdim;
        const v = x.values[j]!;
        for (let h = 0; h < hdim; h++) {
          const g = da[h]! * v;
          if (g === 0) continue;
          const acc = gE[base + h]! + g * g;
          gE[base + h] = acc;
          m.embeddings[base + h]! -= (lr * g) / (Math.sqrt(acc) + eps);
        }
      }
    }
    onEpoch?.(epoch, m);
  }
  return m;
}
