/**
 * Inverted index with BM25+ scoring over weighted fields (a BM25F-style sum of field-weighted term
 * frequencies). A memory's own text counts fully; its neighbour context and speaker name count
 * less. Documents are small integers so accumulation stays cheap at ten thousand memories.
 */

export interface IndexField {
  tokens: readonly string[];
  weight: number;
}

export interface WeightedTerm {
  term: string;
  weight: number;
}

interface DocEntry {
  terms: Map<string, number>;
  length: number;
}

const K1 = 1.2;
const B = 0.75;
const DELTA = 1.0;

/** Mutable BM25+ index keyed by numeric document ids. */
export class LexicalIndex {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly docs = new Map<number, DocEntry>();
  private totalLength = 0;

  /** Number of indexed documents. */
  get size(): number {
    return this.docs.size;
  }

  /** Index (or re-index) a document from weighted token fields. */
  add(doc: number, fields: readonly IndexField[]): void {
    if (this.docs.has(doc)) this.remove(doc);
    const terms = new Map<string, number>();
    let length = 0;
    for (const f of fields) {
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
    this.docs.set(doc, { terms, length });
    this.totalLength += length;
  }

  /** Drop a document from the index; unknown ids are ignored. */
  remove(doc: number): void {
    const entry = this.docs.get(doc);
    if (!entry) return;
    for (const t of entry.terms.keys()) {
      const p = this.postings.get(t);
      if (!p) continue;
      p.delete(doc);
      if (p.size === 0) this.postings.delete(t);
    }
    this.totalLength -= entry.length;
    this.docs.delete(doc);
  }

  /** Number of documents containing `term`. */
  docFreq(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** Inverse document frequency of `term` (BM25 form, always positive). */
  idf(term: string): number {
    const n = this.docs.size;
    const df = this.docFreq(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Terms of a document with their weighted frequencies (for feedback expansion). */
  docTerms(doc: number): ReadonlyMap<string, number> | undefined {
    return this.docs.get(doc)?.terms;
  }

  /**
   * BM25+ scores of all documents sharing at least one query term, accumulated into `out`.
   * Term weights scale each term's contribution (expanded terms count less than typed ones).
   */
  score(query: readonly WeightedTerm[], out: Map<number, number> = new Map()): Map<number, number> {
    const n = this.docs.size;
    if (n === 0) return out;
    const avg = this.totalLength / n || 1;
    for (const { term, weight } of query) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5)) * weight;
      for (const [doc, tf] of p) {
        const len = this.docs.get(doc)!.length;
        const norm = tf + K1 * (1 - B + (B * len) / avg);
        // The BM25+ floor is scaled by tf below 1 so a match only in down-weighted context earns less.
        const s = idf * ((tf * (K1 + 1)) / norm + DELTA * Math.min(1, tf));
        out.set(doc, (out.get(doc) ?? 0) + s);
      }
    }
    return out;
  }
}
