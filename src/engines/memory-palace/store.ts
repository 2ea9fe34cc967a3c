/**
 * In-memory state of one palace: memories by id, their derived features (stems, time windows) and
 * the lexical index. Derived features are recomputed from the plain memory, so a palace rebuilt
 * from storage behaves exactly like the one that produced the rows.
 */
import { LexicalIndex } from "./lexical-index.ts";
import { stem } from "./stemmer.ts";
import { hasTimeCue, timeWindows } from "./time.ts";
import { contentStems, words } from "./tokenize.ts";
import type { Memory, TimeWindow } from "./types.ts";

/** Weight of neighbour-turn context relative to a memory's own words. */
export const CONTEXT_WEIGHT = 0.35;
/** Weight of the speaker's name, so "what did Anna say" reaches Anna's own "I" statements. */
export const SPEAKER_WEIGHT = 0.5;

/** A memory with the features recall needs, computed once at insertion. */
export interface Entry {
  mem: Memory;
  doc: number;
  stems: string[];
  stemSet: Set<string>;
  /** Windows of the time expressions in the text, resolved against `createdAt`. */
  windows: TimeWindow[];
  timeCue: boolean;
  /** Lower-cased speaker name words. */
  speakerWords: readonly string[];
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
  private nextDoc = 0;

  get size(): number {
    return this.entries.size;
  }

  /** Insert a memory (its id must be new) and index it. */
  insert(mem: Memory): Entry {
    const stems = contentStems(mem.text);
    const entry: Entry = {
      mem,
      doc: this.nextDoc++,
      stems,
      stemSet: new Set(stems),
      windows: timeWindows(mem.text, mem.createdAt),
      timeCue: hasTimeCue(mem.text),
      speakerWords: nameWords(mem.speaker),
    };
    this.entries.set(mem.id, entry);
    this.byDoc[entry.doc] = entry;
    for (const w of entry.speakerWords) this.speakers.set(w, (this.speakers.get(w) ?? 0) + 1);
    this.reindex(entry);
    return entry;
  }

  /** Re-index an entry after its text, context or speaker changed. */
  reindex(entry: Entry): void {
    this.index.add(entry.doc, [
      { tokens: entry.stems, weight: 1 },
      { tokens: entry.mem.context ? contentStems(entry.mem.context) : [], weight: CONTEXT_WEIGHT },
      { tokens: entry.speakerWords.map((w) => stem(w)), weight: SPEAKER_WEIGHT },
    ]);
  }

  /** Replace an entry's memory text, recomputing its features. */
  retext(entry: Entry, text: string): void {
    entry.mem.text = text;
    const stems = contentStems(text);
    entry.stems = stems;
    entry.stemSet = new Set(stems);
    entry.windows = timeWindows(text, entry.mem.createdAt);
    entry.timeCue = hasTimeCue(text);
    this.reindex(entry);
  }

  /** Remove a memory by id; returns false when it was not there. */
  delete(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    this.byDoc[entry.doc] = undefined;
    this.index.remove(entry.doc);
    for (const w of entry.speakerWords) {
      const n = (this.speakers.get(w) ?? 1) - 1;
      if (n <= 0) this.speakers.delete(w);
      else this.speakers.set(w, n);
    }
    return true;
  }
}
