/**
 * The memory palace of one user: ingests turns (episode + extracted facts), merges near-duplicates,
 * links neighbouring turns, bounds its size by evicting the least salient memories, forgets decayed
 * ones and answers recall queries. Pure: every mutation returns the changes for storage to apply.
 */
import { ChangeLog, clone, defaultIdFactory, emptyChanges } from "./change-log.ts";
import { extractFacts } from "./extract.ts";
import { withPinned } from "./pins.ts";
import { recallFromStore } from "./recall.ts";
import { classifyRoom } from "./rooms.ts";
import { effectiveSalience, episodeSalience, FORGET_THRESHOLD } from "./salience.ts";
import { type Entry, PalaceStore } from "./store.ts";
import { contentStems, jaccard } from "./tokenize.ts";
import { TUNING } from "./tuning.ts";
import {
  DOCUMENT_ROOM,
  type DocumentRecord,
  DREAM_ROOM,
  type DreamRecord,
  type ExtractedFact,
  type Memory,
  type MemoryPalace,
  type MemoryPalaceOptions,
  type MemoryTurn,
  type PalaceChanges,
  ROOM_IDS,
  type RoomId,
  type RoomSummary,
} from "./types.ts";

/** Default per-user bound: far above a long chat history (LoCoMo has ~600 turns per pair). */
export const DEFAULT_MAX_MEMORIES = 10_000;
/** Turns further apart than this start a new conversation (no neighbour context across it). */
export const DEFAULT_SESSION_GAP_MS = 6 * 3_600_000;
/** Stemmed-token Jaccard at or above which two memories of one speaker are the same memory. */
export const EPISODE_MERGE_SIMILARITY = 0.8;
export const FACT_MERGE_SIMILARITY = 0.6;
/** What a document chunk starts with, before the file name. */
export const DOCUMENT_MARK = "📄";
/** Base salience of a document chunk: kept for years, like a fact (it is what the user gave us). */
const DOCUMENT_SALIENCE = 0.6;

/** Each restatement adds this much base salience. */
const MENTION_BOOST = 0.05;

function truncateTail(text: string, n: number): string {
  return text.length <= n ? text : text.slice(text.length - n);
}

/**
 * Build a palace from stored memories (any order). Ids come from `idFactory`, by default a counter
 * continuing after the highest loaded "m<n>" id, so the same inputs always give the same palace.
 */
export function createMemoryPalace(opts: MemoryPalaceOptions = {}): MemoryPalace {
  const maxMemories = Math.max(1, opts.maxMemories ?? DEFAULT_MAX_MEMORIES);
  const sessionGap = opts.sessionGapMs ?? DEFAULT_SESSION_GAP_MS;
  const store = new PalaceStore();
  const loaded = [...(opts.memories ?? [])].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
  );
  for (const m of loaded) if (!store.entries.has(m.id)) store.insert(clone(m));
  // Ids of the pinned memories: recall adds them, decay and the size bound spare them.
  const pinned = new Set(loaded.filter((m) => m.pinned).map((m) => m.id));
  const nextId = opts.idFactory ?? defaultIdFactory(store.entries.keys());
  // Rebuild the conversation chain: consecutive episodes within a session gap are neighbours, and
  // the latest episode links to the next turn.
  let lastEpisode: Entry | undefined;
  for (const e of store.entries.values()) {
    if (e.mem.kind !== "episode") continue;
    if (lastEpisode && e.mem.createdAt - lastEpisode.mem.createdAt <= sessionGap) store.link(lastEpisode, e);
    lastEpisode = e;
  }

  function freshId(): string {
    let id = nextId();
    while (store.entries.has(id)) id = nextId();
    return id;
  }

  function removeEntry(id: string, log: ChangeLog): void {
    const e = store.entries.get(id);
    if (!e) return;
    store.delete(id);
    pinned.delete(id);
    if (lastEpisode === e) lastEpisode = undefined;
    log.remove(id);
  }

  /**
   * Existing memory of the same speaker and kind that says the same thing, if any. Prefix
   * filtering keeps this exact and cheap: a set with Jaccard >= t against A lacks at most
   * (1 - t)|A| of A's terms, so it must contain one of A's floor((1 - t)|A|) + 1 rarest terms.
   */
  function findDuplicate(kind: Memory["kind"], speaker: string, stems: Set<string>): Entry | undefined {
    if (stems.size < 2) return undefined;
    const threshold = kind === "fact" ? FACT_MERGE_SIMILARITY : EPISODE_MERGE_SIMILARITY;
    const byRarity = [...stems].sort(
      (a, b) => store.index.docFreq(a) - store.index.docFreq(b) || (a < b ? -1 : 1),
    );
    const probe = byRarity.slice(0, Math.floor((1 - threshold) * stems.size) + 1);
    let best: Entry | undefined;
    let bestSim = threshold;
    const seen = new Set<number>();
    for (const term of probe) {
      for (const doc of store.index.docsWith(term)) {
        if (seen.has(doc)) continue;
        seen.add(doc);
        const e = store.byDoc[doc]!;
        // A document's chunks are the file's own words: a fact is never merged into one.
        if (e.mem.kind !== kind || e.mem.speaker !== speaker || e.mem.room === DOCUMENT_ROOM) continue;
        const sim = jaccard(stems, e.stemSet);
        if (sim > bestSim || (sim === bestSim && !best)) {
          best = e;
          bestSim = sim;
        }
      }
    }
    return best;
  }

  function merge(e: Entry, turn: MemoryTurn, salience: number, text: string, log: ChangeLog): void {
    const m = e.mem;
    if (!m.sourceIds.includes(turn.sourceId)) m.sourceIds.push(turn.sourceId);
    m.mentions += 1;
    m.updatedAt = Math.max(m.updatedAt, turn.timestamp);
    m.salience = Math.min(1, Math.max(m.salience, salience) + MENTION_BOOST);
    if (turn.emotion) m.emotion = { ...turn.emotion };
    // Facts take the newest wording (it may correct the old one); episodes keep the first.
    if (m.kind === "fact" && text !== m.text) store.retext(e, text);
    log.update(m);
  }

  function addFact(fact: ExtractedFact, turn: MemoryTurn, log: ChangeLog): void {
    const text = fact.text.trim();
    if (!text) return;
    const salience = Math.min(1, Math.max(0, fact.salience ?? 0.7));
    const lang = store.languageOf(text);
    const dup = findDuplicate("fact", turn.speaker, new Set(contentStems(text, lang)));
    if (dup) {
      merge(dup, turn, salience, text, log);
      return;
    }
    const m: Memory = {
      id: freshId(),
      room: fact.room ?? classifyRoom(text),
      text,
      speaker: turn.speaker,
      kind: "fact",
      createdAt: turn.timestamp,
      updatedAt: turn.timestamp,
      sourceIds: [turn.sourceId],
      salience,
      mentions: 1,
      ...(turn.emotion ? { emotion: { ...turn.emotion } } : {}),
    };
    store.insert(m, lang);
    log.add(m);
  }

  function enforceBound(now: number, log: ChangeLog): void {
    const excess = store.size - maxMemories;
    if (excess <= 0) return;
    // Score once, then pick the weakest; ties go to the least recently updated, then the lowest id.
    const scored = [...store.entries.values()]
      .filter((e) => !e.mem.pinned)
      .map((e) => ({ e, s: effectiveSalience(e.mem, now) }));
    const weaker = (a: (typeof scored)[number], b: (typeof scored)[number]): number =>
      a.s - b.s || a.e.mem.updatedAt - b.e.mem.updatedAt || (a.e.mem.id < b.e.mem.id ? -1 : 1);
    scored.sort(weaker);
    for (let i = 0; i < Math.min(excess, scored.length); i++) removeEntry(scored[i]!.e.mem.id, log);
  }

  function ingest(turn: MemoryTurn): PalaceChanges {
    const log = new ChangeLog();
    const text = turn.text.trim();
    if (!text) return emptyChanges();
    const lang = store.languageOf(text);
    const facts = opts.ruleFacts === false ? [] : extractFacts(text, turn.speaker, lang);
    const stems = contentStems(text, lang);
    const stemSet = new Set(stems);
    const prev =
      lastEpisode &&
      turn.timestamp - lastEpisode.mem.createdAt <= sessionGap &&
      turn.timestamp >= lastEpisode.mem.createdAt
        ? lastEpisode
        : undefined;
    const dup = findDuplicate("episode", turn.speaker, stemSet);
    if (dup) {
      merge(dup, turn, 0, text, log);
      lastEpisode = dup;
    } else {
      const m: Memory = {
        id: freshId(),
        room: classifyRoom(text),
        text,
        speaker: turn.speaker,
        kind: "episode",
        createdAt: turn.timestamp,
        updatedAt: turn.timestamp,
        sourceIds: [turn.sourceId],
        salience: 0,
        mentions: 1,
        ...(turn.emotion ? { emotion: { ...turn.emotion } } : {}),
      };
      const entryDraft = store.insert(m, lang);
      m.salience = episodeSalience(text, stems.length, facts.length, turn.emotion, entryDraft.timeCue);
      if (prev) {
        // Each turn is indexed with a down-weighted copy of its neighbours: answers often sit in
        // the turn after the question that names the topic.
        m.context = truncateTail(`${prev.mem.speaker}: ${prev.mem.text}`, TUNING.contextChars);
        store.reindex(entryDraft);
        const next = `${turn.speaker}: ${text}`.slice(0, TUNING.contextChars);
        prev.mem.context = prev.mem.context ? `${prev.mem.context}\n${next}` : next;
        store.reindex(prev);
        store.link(prev, entryDraft);
        log.update(prev.mem);
      }
      log.add(m);
      lastEpisode = entryDraft;
    }
    for (const f of facts) addFact(f, turn, log);
    enforceBound(turn.timestamp, log);
    return log.result();
  }

  function fileDream(dream: DreamRecord): PalaceChanges {
    const log = new ChangeLog();
    const text = dream.text.trim();
    if (!text) return emptyChanges();
    const m: Memory = {
      id: freshId(),
      room: DREAM_ROOM,
      text,
      // Not the user's name: a dream is never merged with, or counted as, what the user said.
      speaker: "dream",
      kind: "dream",
      createdAt: dream.timestamp,
      updatedAt: dream.timestamp,
      sourceIds: [dream.sourceId],
      salience: Math.min(1, Math.max(0, dream.salience ?? 0.4)),
      mentions: 1,
      ...(dream.emotion ? { emotion: { ...dream.emotion } } : {}),
    };
    store.insert(m);
    log.add(m);
    enforceBound(dream.timestamp, log);
    return log.result();
  }

  function fileDocument(doc: DocumentRecord): PalaceChanges {
    const log = new ChangeLog();
    const chunks = doc.chunks.map((c) => c.trim()).filter(Boolean);
    const name = doc.name.trim() || "document";
    const sameFile = (m: Memory) =>
      m.sourceIds.includes(doc.sourceId) || (m.speaker === doc.speaker && m.context === name);
    const stale = [...store.entries.values()].filter((e) => e.mem.room === DOCUMENT_ROOM && sameFile(e.mem));
    for (const e of stale) removeEntry(e.mem.id, log);
    chunks.forEach((chunk, i) => {
      const part = chunks.length > 1 ? ` (${i + 1}/${chunks.length})` : "";
      const m: Memory = {
        id: freshId(),
        room: DOCUMENT_ROOM,
        text: `${DOCUMENT_MARK} ${name}${part}: ${chunk}`,
        speaker: doc.speaker,
        kind: "fact",
        // Chunks keep their order through equal timestamps and ascending ids.
        createdAt: doc.timestamp,
        updatedAt: doc.timestamp,
        sourceIds: [doc.sourceId],
        salience: DOCUMENT_SALIENCE,
        mentions: 1,
        // What surrounds a chunk is its file: the name, indexed at the lower weight context has.
        context: name,
      };
      store.insert(m);
      log.add(m);
    });
    enforceBound(doc.timestamp, log);
    return log.result();
  }

  function ingestFacts(facts: ExtractedFact[], turn: MemoryTurn): PalaceChanges {
    const log = new ChangeLog();
    for (const f of facts) addFact(f, turn, log);
    enforceBound(turn.timestamp, log);
    return log.result();
  }

  function removeWhere(pred: (e: Entry) => boolean): PalaceChanges {
    const log = new ChangeLog();
    const ids = [...store.entries.values()].filter(pred).map((e) => e.mem.id);
    for (const id of ids) removeEntry(id, log);
    return log.result();
  }

  return {
    ingest,
    ingestFacts,
    fileDream,
    fileDocument,
    recall: (q) => withPinned(store, pinned, q, recallFromStore(store, q)),
    rooms(): RoomSummary[] {
      const out = new Map<RoomId, RoomSummary>(ROOM_IDS.map((room) => [room, { room, count: 0 }]));
      for (const e of store.entries.values()) {
        const s = out.get(e.mem.room)!;
        s.count++;
        s.lastUpdatedAt = Math.max(s.lastUpdatedAt ?? Number.NEGATIVE_INFINITY, e.mem.updatedAt);
      }
      return [...out.values()];
    },
    list(room?: RoomId): Memory[] {
      const out: Memory[] = [];
      for (const e of store.entries.values())
        if (room === undefined || e.mem.room === room) out.push(clone(e.mem));
      return out;
    },
    get: (id) => {
      const e = store.entries.get(id);
      return e ? clone(e.mem) : undefined;
    },
    remove: (id) => removeWhere((e) => e.mem.id === id),
    removeRoom: (room) => removeWhere((e) => e.mem.room === room),
    clear: () => removeWhere(() => true),
    decay: (now) => removeWhere((e) => !e.mem.pinned && effectiveSalience(e.mem, now) < FORGET_THRESHOLD),
    pin(id: string, on: boolean): PalaceChanges {
      const log = new ChangeLog();
      const e = store.entries.get(id);
      if (!e || Boolean(e.mem.pinned) === on) return log.result();
      if (on) {
        e.mem.pinned = true;
        pinned.add(id);
      } else {
        delete e.mem.pinned;
        pinned.delete(id);
      }
      log.update(e.mem);
      return log.result();
    },
    edit(id: string, change: { text?: string; room?: RoomId }, now: number): PalaceChanges {
      const log = new ChangeLog();
      const e = store.entries.get(id);
      const text = change.text?.trim();
      if (!e) return log.result();
      const retext = text !== undefined && text !== "" && text !== e.mem.text;
      const move = change.room !== undefined && change.room !== e.mem.room;
      if (!retext && !move) return log.result();
      if (retext) store.retext(e, text);
      if (move) e.mem.room = change.room!;
      // Correcting a memory is saying it again: it counts as reinforced at the time of the edit.
      e.mem.updatedAt = Math.max(e.mem.updatedAt, now);
      log.update(e.mem);
      return log.result();
    },
    get pinnedCount() {
      return pinned.size;
    },
    markRecalled(ids: readonly string[], now: number): PalaceChanges {
      const log = new ChangeLog();
      for (const id of ids) {
        const e = store.entries.get(id);
        if (!e) continue;
        e.mem.lastRecalledAt = Math.max(e.mem.lastRecalledAt ?? 0, now);
        log.recall(e.mem);
      }
      return log.result();
    },
    all: () => [...store.entries.values()].map((e) => clone(e.mem)),
    get size() {
      return store.size;
    },
  };
}
