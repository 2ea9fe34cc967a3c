import type { FeatureConfig, SparseVector } from "./features.ts";
import { NUM_LABELS } from "./labels.ts";

/**
 * A hash-bucket table quantised to int8 with one float scale per stored row; rows never touched
 * in training are all-zero and cost nothing in the file.
 */
export interface QuantizedTable {
  bits: number;
  dim: number;
  /** q[row * dim + d], dequantised as q * scale[row]. */
  q: Int8Array;
  scale: Float32Array;
  /**
   * bucket → row, or -1 for a bucket training never hit. Absent when rows are dense (row = bucket,
   * as training builds them); the shipped weights load compact, since ~60 % of buckets are empty.
   */
  rowOf?: Int32Array;
}

/** A hashed-embedding network: ReLU(bias + Σ x_j · E[j]) → dense layer → Ekman logits. */
export interface MlpMember {
  embeddings: QuantizedTable;
  hiddenBias: Float32Array;
  /** output[c * hidden + h] for the seven Ekman classes only. */
  output: Float32Array;
  outputBias: Float32Array;
}

/** Everything needed to score a message: how to featurise it, the ensemble, and decision points. */
export interface EmotionModel {
  features: FeatureConfig;
  /** Networks whose logits are averaged (one is enough for the shipped model). */
  members: MlpMember[];
  /** Per-class decision thresholds on the averaged ensemble logit, tuned for F1 out of fold. */
  thresholds: Float32Array;
  /**
   * Per-class logistic calibration of the margin over the threshold, as (slope, intercept)
   * pairs: P(class present) = sigmoid(slope · margin + intercept). Fitted on out-of-fold logits.
   */
  calibration?: Float32Array;
  /** Free-form provenance (training data, metrics) carried in the weights header. */
  meta: Record<string, unknown>;
}

/**
 * Quantise a float table to int8 with a per-row scale, so a 2^18-row table costs one byte per
 * weight plus four per non-empty row; the precision lost is far below what moves macro-F1.
 */
export function quantizeTable(values: Float32Array, bits: number, dim: number): QuantizedTable {
  const rows = 1 << bits;
  const q = new Int8Array(rows * dim);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    const base = r * dim;
    for (let d = 0; d < dim; d++) max = Math.max(max, Math.abs(values[base + d]!));
    if (max === 0) continue;
    const s = max / 127;
    scale[r] = s;
    for (let d = 0; d < dim; d++) q[base + d] = Math.round(values[base + d]! / s);
  }
  return { bits, dim, q, scale };
}

// Scratch buffers reused across calls: analyze() is synchronous, so sharing them is safe.
let hiddenScratch = new Float64Array(64);
const memberScratch = new Float64Array(NUM_LABELS);

function accumulate(t: QuantizedTable, x: SparseVector, out: Float64Array): void {
  const dim = t.dim;
  const mask = (1 << t.bits) - 1;
  for (let i = 0; i < x.indices.length; i++) {
    const bucket = x.indices[i]! & mask;
    const row = t.rowOf ? t.rowOf[bucket]! : bucket;
    if (row < 0) continue;
    const s = t.scale[row]!;
    if (s === 0) continue;
    const v = x.values[i]! * s;
    const base = row * dim;
    for (let d = 0; d < dim; d++) out[d]! += v * t.q[base + d]!;
  }
}

function memberLogits(m: MlpMember, x: SparseVector, out: Float64Array): void {
  const hdim = m.embeddings.dim;
  if (hiddenScratch.length < hdim) hiddenScratch = new Float64Array(hdim);
  const a = hiddenScratch;
  for (let h = 0; h < hdim; h++) a[h] = m.hiddenBias[h]!;
  accumulate(m.embeddings, x, a);
  for (let c = 0; c < NUM_LABELS; c++) {
    let z = m.outputBias[c]!;
    const base = c * hdim;
    for (let h = 0; h < hdim; h++) {
      const v = a[h]!;
      if (v > 0) z += m.output[base + h]! * v;
    }
    out[c] = z;
  }
}

/**
 * Ensemble logits for one featurised message: the plain mean of the members' logits. Averaging
 * in logit space keeps the result a log-odds, so the tuned thresholds stay meaningful.
 */
export function modelLogits(model: EmotionModel, x: SparseVector, out: Float64Array): void {
  out.fill(0, 0, NUM_LABELS);
  for (const m of model.members) {
    memberLogits(m, x, memberScratch);
    for (let c = 0; c < NUM_LABELS; c++) out[c]! += memberScratch[c]! / model.members.length;
  }
}
