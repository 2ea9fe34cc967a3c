import { FNV_PRIME, fnv1a } from "../../util/hash.ts";
import { EKMAN_LABELS } from "./labels.ts";
import type { Tokenized } from "./tokenize.ts";

/** How a message becomes a sparse vector; stored in the weights header so training and inference agree. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  charMin: number;
  charMax: number;
  /** Per-group multipliers applied after each group is L2-normalised. */
  unigramWeight: number;
  bigramWeight: number;
  charWeight: number;
  cueWeight: number;
}

/** Settings the shipped model was tuned with; training uses them unless told otherwise. */
export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bits: 18,
  charMin: 3,
  charMax: 5,
  unigramWeight: 1,
  bigramWeight: 0.7,
  charWeight: 1,
  cueWeight: 0.5,
};

/** A sparse vector as parallel arrays; an index may repeat (hash collisions across groups simply add). */
export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

const SEED_UNI = 0x9e3779b1;
const SEED_BI = 0x85ebca77;
const SEED_CHAR = 0xc2b2ae3d;
// Negated words get their own character n-grams, or "not happy" would still light up "happ".
const SEED_CHAR_NEGATED = 0x165667b1;
const SEED_CUE = 0x27d4eb2f;

// Murmur3 finaliser: FNV alone leaves the low bits (the ones a bucket mask keeps) poorly mixed.
function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

// FNV-1a seeded per feature namespace, so "joy" the word and "joy" the cue differ.
const hashString = (s: string, seed: number): number => fmix(fnv1a(s, seed));

/** Accumulates one group's bucket hits, then emits sublinear-tf, L2-normalised values. */
class GroupBuffer {
  private keys = new Uint32Array(256);
  private n = 0;

  add(bucket: number): void {
    if (this.n === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.n++] = bucket;
  }

  flush(weight: number, outIdx: number[], outVal: number[]): void {
    if (this.n === 0 || weight === 0) {
      this.n = 0;
      return;
    }
    const keys = this.keys.subarray(0, this.n).sort();
    const start = outIdx.length;
    let norm = 0;
    for (let i = 0; i < keys.length; ) {
      let j = i + 1;
      while (j < keys.length && keys[j] === keys[i]) j++;
      // Sublinear tf: a word said three times is more telling than once, but not three times so.
      const v = 1 + Math.log(j - i);
      outIdx.push(keys[i]!);
      outVal.push(v);
      norm += v * v;
      i = j;
    }
    const scale = weight / Math.sqrt(norm);
    for (let k = start; k < outVal.length; k++) outVal[k]! *= scale;
    this.n = 0;
  }
}

const uni = new GroupBuffer();
const bi = new GroupBuffer();
const chars = new GroupBuffer();

let frame = new Uint16Array(64);

function addCharGrams(word: string, seed: number, cfg: FeatureConfig, mask: number): void {
  // The word is framed as "<word>" (codes 1 and 2) so prefixes and suffixes get n-grams of their
  // own; hashes are extended one character at a time instead of slicing substrings.
  const len = word.length + 2;
  if (frame.length < len) frame = new Uint16Array(len * 2);
  frame[0] = 1;
  for (let i = 0; i < word.length; i++) frame[i + 1] = word.charCodeAt(i);
  frame[len - 1] = 2;
  const { charMin, charMax } = cfg;
  for (let start = 0; start + charMin <= len; start++) {
    let h = seed;
    const end = Math.min(len, start + charMax);
    for (let k = start; k < end; k++) {
      h = Math.imul(h ^ frame[k]!, FNV_PRIME);
      const n = k - start + 1;
      if (n >= charMin) chars.add(fmix(h ^ n) & mask);
    }
  }
}

const cueHashes = new Map<string, number>();
const cueHash = (name: string): number => {
  let h = cueHashes.get(name);
  if (h === undefined) {
    h = hashString(name, SEED_CUE);
    cueHashes.set(name, h);
  }
  return h;
};

function cueFeatures(t: Tokenized): Array<[string, number]> {
  const c = t.cues;
  const out: Array<[string, number]> = [];
  c.lex.forEach((n, i) => {
    if (n > 0) out.push([`lex:${EKMAN_LABELS[i]}`, Math.log1p(n)]);
  });
  if (c.capsWords > 0) out.push(["caps", 1]);
  if (c.words >= 2 && c.capsWords * 2 > c.words) out.push(["caps:most", 1]);
  if (c.exclamations > 0) out.push([c.exclamations > 1 ? "excl:2" : "excl:1", 1]);
  if (c.questions > 0) out.push([c.questions > 1 ? "quest:2" : "quest:1", 1]);
  if (c.elongated > 0) out.push(["elong", 1]);
  if (c.negations > 0) out.push(["neg", 1]);
  if (c.intensifiers > 0) out.push(["intens", Math.log1p(c.intensifiers)]);
  if (c.diminishers > 0) out.push(["dimin", 1]);
  const len = c.words <= 2 ? "len:1" : c.words <= 6 ? "len:2" : c.words <= 14 ? "len:3" : "len:4";
  out.push([len, 1]);
  return out;
}

/**
 * Turn already-tokenised text into a hashed sparse vector: word unigrams, word bigrams,
 * character n-grams inside word boundaries, and surface-cue features, each group normalised
 * separately so long messages do not drown the cue features.
 */
export function featurizeTokens(t: Tokenized, cfg: FeatureConfig): SparseVector {
  const mask = (1 << cfg.bits) - 1;
  const idx: number[] = [];
  const val: number[] = [];
  const hashes = t.tokens.map((tok) => hashString(tok, SEED_UNI));
  for (const h of hashes) uni.add(h & mask);
  // Bigrams include sentence edges, so "<s> thanks" and "lol </s>" are features of their own.
  for (let i = 0; i <= hashes.length; i++) {
    const a = i === 0 ? 0x1234567 : hashes[i - 1]!;
    const b = i === hashes.length ? 0x7654321 : hashes[i]!;
    if (hashes.length > 0) bi.add(fmix(Math.imul(a, 31) ^ b ^ SEED_BI) & mask);
  }
  for (let i = 0; i < t.words.length; i++) {
    addCharGrams(t.words[i]!, t.negated[i] ? SEED_CHAR_NEGATED : SEED_CHAR, cfg, mask);
  }
  uni.flush(cfg.unigramWeight, idx, val);
  bi.flush(cfg.bigramWeight, idx, val);
  chars.flush(cfg.charWeight, idx, val);
  for (const [name, v] of cueFeatures(t)) {
    idx.push(cueHash(name) & mask);
    val.push(v * cfg.cueWeight);
  }
  return { indices: Uint32Array.from(idx), values: Float32Array.from(val) };
}
