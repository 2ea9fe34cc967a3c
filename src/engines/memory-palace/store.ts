/**
 * In-memory state of one palace: memories by id, their derived features (stems, time windows) and
 * the lexical index. Derived features are recomputed from the plain memory, so a palace rebuilt
 * from storage behaves exactly like the one that produced the rows.
 */
import { LexicalIndex } from "./lexical-index.ts";
import { stemWord } from "./stemmers.ts";
import { textLanguage } from "./text-language.ts";
import { hasTimeCue, timeWindows } from "./time.ts";
import { contentStems, words } from "./tokenize.ts";
import { TUNING } from "./tuning.ts";
import type { Memory, TimeWindow } from "./types.ts";

/** A memory with the features recall needs, computed once at insertion. */
export interface Entry {
  mem: Memory;
  doc: number;
  /** Language the text was indexed in (stems and stop words depend on it). */
  lang: string;
  stems: string[];
  stemSet: Set<string>;
  /** Windows of the time expressions in the text, resolved against `createdAt`. */
  windows: TimeWindow[];
  timeCue: boolean;
  /** Lower-cased speaker name words. */
  speakerWords: readonly string[];
  /** Adjacent episodes of the same conversation (derived from creation order and session gaps). */
  prev?: Entry;
  next?: Entry;
}

/** Lower-cased words of a speaker's name ("Mary Ann" -> ["mary", "ann"]). */
export function nameWords(name: string): string[] {
  return words(name);
}

/** Mutable container of entries and their index; all palace mutations go through it. */
export class PalaceStore {
  readonly entries = new Map<string, Entry>();
  /** Entries by document number (sparse after removals). */
  readonly byDoc: (Entry | undefined)[] = [];
  readonly index = new LexicalIndex();
  /** Speaker name word -> number of memories by that speaker. */
  readonly speakers = new Map<string, number>();
  /** Language -> number of memories written in it; the most common one settles unclear texts. */
  private readonly languages = new Map<string, number>();
  private dominant: string | undefined;
  private nextDoc = 0;
  private scratchSpace = {
    own: new Float64Array(0),
    lexical: new Float64Array(0),
    mark: new Uint32Array(0),
    gen: 0,
  };

  get size(): number {
    return this.entries.size;
  }

  /** One past the highest document number ever used (array bound for per-document scratch). */
  get docBound(): number {
    return this.nextDoc;
  }

  /**
   * Per-document scratch space reused by recall so a query allocates nothing proportional to the
   * palace. `own` and `lexical` are all zeros between queries (users reset what they set); `mark`
   * entries equal to the returned generation mean "seen in this query".
   */
  scratch(): { own: Float64Array; lexical: Float64Array; mark: Uint32Array; gen: number } {
    const n = this.nextDoc;
    if (this.scratchSpace.own.length < n) {
      const size = Math.max(n, this.scratchSpace.own.length * 2, 1024);
      this.scratchSpace = {
        own: new Float64Array(size),
        lexical: new Float64Array(size),
        mark: new Uint32Array(size),
        gen: 0,
      };
    }
    const s = this.scratchSpace;
    s.gen = s.gen === 0xffffffff ? 1 : s.gen + 1;
    if (s.gen === 1) s.mark.fill(0);
    return s;
  }

  /** The language most memories are written in, or undefined for an empty palace. */
  get dominantLanguage(): string | undefined {
    if (this.dominant === undefined && this.languages.size > 0) {
      let top = 0;
      for (const [lang, n] of this.languages) {
        if (n > top) {
          top = n;
          this.dominant = lang;
        }
      }
    }
    return this.dominant;
  }

  /** Every language some memory of this palace is written in. */
  get languageList(): string[] {
    return [...this.languages.keys()];
  }

  /** The language of a new text of this palace, with its dominant language settling unclear cases. */
  languageOf(text: string): string {
    return textLanguage(text, this.dominantLanguage);
  }

  private countLanguage(lang: string, delta: number): void {
    const n = (this.languages.get(lang) ?? 0) + delta;
    if (n <= 0) this.languages.delete(lang);
    else this.languages.set(lang, n);
    this.dominant = undefined;
  }

  /** Make `b` the episode following `a` in the conversation. */
  link(a: Entry, b: Entry): void {
    a.next = b;
    b.prev = a;
  }

  /** Insert a memory (its id must be new) and index it; `lang` is detected when not given. */
  insert(mem: Memory, lang = this.languageOf(mem.text)): Entry {
    const stems = contentStems(mem.text, lang);
    const entry: Entry = {
      mem,
      doc: this.nextDoc++,
      lang,
      stems,
      stemSet: new Set(stems),
      windows: timeWindows(mem.text, mem.createdAt, lang),
      timeCue: hasTimeCue(mem.text, lang),
      speakerWords: nameWords(mem.speaker),
      // Declared up front so every entry has one object shape (keeps property access monomorphic).
      prev: undefined,
      next: undefined,
    };
    this.entries.set(mem.id, entry);
    this.byDoc[entry.doc] = entry;
    for (const w of entry.speakerWords) this.speakers.set(w, (this.speakers.get(w) ?? 0) + 1);
    this.countLanguage(lang, 1);
    this.reindex(entry);
    return entry;
  }

  /** Re-index an entry after its text, context or speaker changed. */
  reindex(entry: Entry): void {
    this.index.add(entry.doc, [
      { tokens: entry.stems, weight: 1 },
      {
        tokens: entry.mem.context ? contentStems(entry.mem.context, entry.lang) : [],
        weight: TUNING.contextWeight,
      },
      { tokens: entry.speakerWords.map((w) => stemWord(w, entry.lang)), weight: TUNING.speakerWeight },
    ]);
  }

  /** Replace an entry's memory text, recomputing its features. */
  retext(entry: Entry, text: string): void {
    entry.mem.text = text;
    this.countLanguage(entry.lang, -1);
    entry.lang = this.languageOf(text);
    this.countLanguage(entry.lang, 1);
    const stems = contentStems(text, entry.lang);
    entry.stems = stems;
    entry.stemSet = new Set(stems);
    entry.windows = timeWindows(text, entry.mem.createdAt, entry.lang);
    entry.timeCue = hasTimeCue(text, entry.lang);
    this.reindex(entry);
  }

  /** Remove a memory by id; returns false when it was not there. */
  delete(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    // Close the gap in the conversation chain.
    if (entry.prev) entry.prev.next = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
    entry.prev = undefined;
    entry.next = undefined;
    this.byDoc[entry.doc] = undefined;
    this.index.remove(entry.doc);
    this.countLanguage(entry.lang, -1);
    for (const w of entry.speakerWords) {
      const n = (this.speakers.get(w) ?? 1) - 1;
      if (n <= 0) this.speakers.delete(w);
      else this.speakers.set(w, n);
    }
    return true;
  }
}
