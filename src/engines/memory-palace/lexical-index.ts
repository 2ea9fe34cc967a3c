/**
 * Inverted index with BM25+ scoring over weighted fields (a BM25F-style sum of field-weighted term
 * frequencies). A memory's own text counts fully; its neighbour context counts less. Documents are
 * small integers and scores accumulate in typed arrays, so a query over ten thousand memories
 * stays well under a millisecond of index work.
 */

/** Tokens of one field of a document and the weight of their occurrences. */
export interface IndexField {
  tokens: readonly string[];
  weight: number;
}

/** A query term and how much it counts. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

const K1 = 1.2;
const B = 0.75;
const DELTA = 1.0;

/** Scores of the documents that matched a query, as parallel arrays. */
export interface ScoreResult {
  docs: number[];
  scores: number[];
  max: number;
}

/** Mutable BM25+ index keyed by numeric document ids. */
export class LexicalIndex {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly docTermsById = new Map<number, Map<string, number>>();
  private lengths = new Float64Array(1024);
  private acc = new Float64Array(1024);
  private totalLength = 0;

  /** Number of indexed documents. */
  get size(): number {
    return this.docTermsById.size;
  }

  private ensure(doc: number): void {
    if (doc < this.lengths.length) return;
    let n = this.lengths.length;
    while (n <= doc) n *= 2;
    const lengths = new Float64Array(n);
    lengths.set(this.lengths);
    this.lengths = lengths;
    this.acc = new Float64Array(n);
  }

  /** Index (or re-index) a document from weighted token fields. */
  add(doc: number, fields: readonly IndexField[]): void {
    if (this.docTermsById.has(doc)) this.remove(doc);
    this.ensure(doc);
    const terms = new Map<string, number>();
    let length = 0;
    for (const f of fields) {
      if (f.weight <= 0) continue;
      for (const t of f.tokens) terms.set(t, (terms.get(t) ?? 0) + f.weight);
      length += f.tokens.length * f.weight;
    }
    for (const [t, tf] of terms) {
      let p = this.postings.get(t);
      if (!p) {
        p = new Map();
        this.postings.set(t, p);
      }
      p.set(doc, tf);
    }
    this.docTermsById.set(doc, terms);
    this.lengths[doc] = length;
    this.totalLength += length;
  }

  /** Drop a document from the index; unknown ids are ignored. */
  remove(doc: number): void {
    const terms = this.docTermsById.get(doc);
    if (!terms) return;
    for (const t of terms.keys()) {
      const p = this.postings.get(t);
      if (!p) continue;
      p.delete(doc);
      if (p.size === 0) this.postings.delete(t);
    }
    this.totalLength -= this.lengths[doc]!;
    this.lengths[doc] = 0;
    this.docTermsById.delete(doc);
  }

  /** Number of documents containing `term`. */
  docFreq(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** Documents containing `term` (live view; do not mutate the index while iterating). */
  docsWith(term: string): Iterable<number> {
    return this.postings.get(term)?.keys() ?? [];
  }

  /**
   * BM25+ scores of all documents sharing at least one query term. Term weights scale each term's
   * contribution (expanded terms count less than typed ones).
   */
  score(query: readonly WeightedTerm[]): ScoreResult {
    const result: ScoreResult = { docs: [], scores: [], max: 0 };
    const n = this.docTermsById.size;
    if (n === 0) return result;
    const avg = this.totalLength / n || 1;
    const acc = this.acc;
    const lengths = this.lengths;
    const touched = result.docs;
    const a = K1 * (1 - B);
    const b = (K1 * B) / avg;
    for (const { term, weight } of query) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5)) * weight;
      for (const [doc, tf] of p) {
        // The BM25+ floor is scaled by tf below 1 so a match only in down-weighted context earns less.
        const s = idf * ((tf * (K1 + 1)) / (tf + a + b * lengths[doc]!) + DELTA * Math.min(tf, 1));
        if (acc[doc] === 0) touched.push(doc);
        acc[doc]! += s;
      }
    }
    const scores = result.scores;
    let max = 0;
    for (const doc of touched) {
      const s = acc[doc]!;
      scores.push(s);
      if (s > max) max = s;
      acc[doc] = 0;
    }
    result.max = max;
    return result;
  }
}
