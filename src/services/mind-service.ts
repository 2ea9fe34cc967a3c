/**
 * The mind: emotion, personality and memory engines applied to a chat turn, with their state
 * persisted. It shapes each prompt (persona, style, tone, recalled memories), learns from each
 * turn afterwards (mood, style, memories), and serves the /persona, /mood, /memory and /forget
 * commands. Every adapter — bot, terminal chat, WebSocket — goes through this one service.
 */

import type { CacheBus } from "../cache/types.ts";
import type { MoodHistoryRepository } from "../db/mood-history-repository.ts";
import type { LlmProvider } from "../engines/dialogue/types.ts";
import {
  type AffectState,
  botAffect,
  describeMood,
  type EmotionAnalysis,
  type EmotionEngine,
  type EmotionLabel,
  emptyMood,
  type MoodCertainty,
  moodCertainty,
  toneHint,
  updateMood,
} from "../engines/emotion/index.ts";
import { decayMood, salientEmotion, streakDays } from "../engines/emotion/mood.ts";
import { formatWhen } from "../engines/memory-palace/index.ts";
import type {
  DocumentRecord,
  DreamRecord,
  Memory,
  MemoryTurn,
  RoomId,
  RoomSummary,
} from "../engines/memory-palace/types.ts";
import {
  createCustomPersona,
  getPersona,
  observeUserMessage,
  type Persona,
  type PersonaResult,
  styleDirectives,
} from "../engines/personality/index.ts";
import { detectSecondSight, sightDirective } from "../engines/second-sight/index.ts";
import type { Logger } from "../observability/logger.ts";
import type { ChatTurnInput, Mind, TurnShaping } from "./chat-service.ts";
import { createEmotionClassifier, type EmotionClassifier } from "./emotion-classifier.ts";
import { extractFactsWithLlm } from "./fact-extraction.ts";
import { type MemoryStore, mergeChanges } from "./memory-store.ts";
import { memoryEditing } from "./mind-memories.ts";
import type { MindStateStore } from "./mind-state.ts";

export interface MindServiceDeps {
  states: MindStateStore;
  memories: MemoryStore;
  emotion: EmotionEngine;
  /**
   * Reads emotions in every language (the LLM for languages the model cannot read); without it
   * the engine alone reads them, with word lists for other languages.
   */
  emotionClassifier?: EmotionClassifier;
  logger: Logger;
  /** When set (and not offline), facts are also extracted by the LLM after each reply. */
  llm?: LlmProvider | null;
  recallLimit?: number;
  /** Notes which memories each reply used (the Mini App shows them). */
  cache?: CacheBus;
  /** Keeps each day's mood of private chats (the Mini App charts it). */
  moodHistory?: MoodHistoryRepository;
}

interface TurnNotes {
  analysis: EmotionAnalysis;
  recalled: string[];
}

/** Creates the mind service. */
export function createMindService(deps: MindServiceDeps) {
  const notes = new WeakMap<ChatTurnInput, TurnNotes>();
  const background = new Set<Promise<void>>();
  const recallLimit = deps.recallLimit ?? 5;
  const classifier = deps.emotionClassifier ?? createEmotionClassifier({ engine: deps.emotion });
  const editing = memoryEditing(deps);

  const memoryTurn = (
    input: ChatTurnInput,
    sourceId: string,
    analysis: EmotionAnalysis,
    now: number,
  ): MemoryTurn => ({
    text: input.text,
    speaker: input.user.firstName,
    timestamp: now,
    sourceId,
    emotion: { label: analysis.dominant, valence: analysis.valence },
  });

  const mind: Mind = {
    async shape(input): Promise<TurnShaping> {
      const now = (input.now ?? new Date()).getTime();
      const snapshot = await deps.states.load(input.user.id, input.chat.id);
      const analysis = await classifier.classify(input.text);
      const mood = updateMood(snapshot.mood, analysis, now);
      const profile = observeUserMessage(snapshot.profile, {
        text: input.text,
        languageCode: input.user.languageCode,
        at: now,
      });
      const persona = snapshot.persona;
      const affect = botAffect(mood, persona.temperament);
      const palace = await deps.memories.palaceFor(input.user.id);
      const hits = palace.recall({
        text: input.text,
        now,
        emotion: { label: analysis.dominant, valence: analysis.valence },
        limit: recallLimit,
        speaker: input.user.firstName,
      });
      const style = styleDirectives({
        persona,
        profile,
        emotion: { dominant: analysis.dominant, valence: analysis.valence, arousal: analysis.arousal },
        mood: { valence: mood.valence, arousal: mood.arousal, days: streakDays(mood, now) },
      });
      await deps.states.save(input.user.id, input.chat.id, { ...snapshot, profile, mood, affect });
      notes.set(input, { analysis, recalled: hits.map((h) => h.memory.id) });
      const tone = toneHint(mood, analysis, now);
      // A decision, torn feelings or an unclear ask: a question back, or perspectives (one directive).
      const sight = detectSecondSight(input.text, { analysis, analyze: (t) => deps.emotion.analyze(t) });
      const sightNote = sightDirective(sight);
      return {
        persona: {
          name: persona.name,
          systemPrompt: style.systemPrompt,
          emoji: persona.emoji,
          id: persona.id,
        },
        directives: sightNote ? [...style.directives, sightNote] : [...style.directives],
        ...(sight.action !== "none" ? { secondSight: sight } : {}),
        emotionNote: `${tone} Your own stance toward them right now: ${affect.stance}.`,
        emotion: { dominant: analysis.dominant, valence: analysis.valence },
        memories: hits.map((h) => ({
          text: h.memory.text,
          when: formatWhen(h.memory.createdAt, now),
          at: h.memory.createdAt,
          relevance: h.components.lexical,
        })),
        sampling: style.sampling,
        debug: {
          emotion: {
            dominant: analysis.dominant,
            labels: analysis.labels,
            valence: round(analysis.valence),
            arousal: round(analysis.arousal),
            confidence: round(analysis.confidence),
            source: analysis.source,
            language: analysis.language,
          },
          mood: { valence: round(mood.valence), arousal: round(mood.arousal), samples: mood.samples, tone },
          personality: {
            persona: persona.id,
            style: style.style,
            language: style.language,
            directives: style.directives,
            sampling: style.sampling,
          },
          memory: hits.map((h) => ({ text: h.memory.text, room: h.memory.room, score: round(h.score) })),
          affect,
          secondSight: sight,
        },
      };
    },

    async afterTurn(input, _reply, userMessageId) {
      const now = (input.now ?? new Date()).getTime();
      const turnNotes = notes.get(input) ?? { analysis: deps.emotion.analyze(input.text), recalled: [] };
      const source = input.memorySource ?? userMessageId.toString();
      const turn = memoryTurn(input, source, turnNotes.analysis, now);
      const { analysis } = turnNotes;
      await Promise.all([
        deps.memories.change(input.user.id, (palace) =>
          mergeChanges(palace.ingest(turn), palace.markRecalled(turnNotes.recalled, now)),
        ),
        editing.noteRecall(input.user.id, input.chat.id, turnNotes.recalled),
        input.chat.id === input.user.id &&
          editing.recordMood(input.user.id, input.chat.id, new Date(now), {
            valence: analysis.valence,
            arousal: analysis.arousal,
            weight: analysis.confidence,
            label: analysis.dominant,
          }),
      ]);
      const llm = deps.llm;
      if (llm && !llm.offline && input.text.length >= 12) {
        const job = (async () => {
          const facts = await extractFactsWithLlm(
            llm,
            input.user.firstName,
            input.text,
            AbortSignal.timeout(30_000),
          );
          if (facts.length)
            await deps.memories.change(input.user.id, (palace) => palace.ingestFacts(facts, turn));
        })()
          .catch((err) => deps.logger.warn({ err }, "LLM fact extraction failed"))
          .finally(() => background.delete(job));
        background.add(job);
      }
    },
  };

  return {
    mind,
    ...editing,

    /** The persona in use for a user in a chat. */
    async persona(userId: number, chatId: number): Promise<Persona> {
      return (await deps.states.load(userId, chatId)).persona;
    },

    /** The custom persona the user described in a chat, if any (chosen or not). */
    async customPersona(userId: number, chatId: number): Promise<Persona | null> {
      return (await deps.states.load(userId, chatId)).customPersona ?? null;
    },

    /** Switches to a built-in persona (or back to the user's custom one by its id). */
    async choosePersona(userId: number, chatId: number, personaId: string): Promise<Persona | null> {
      const snapshot = await deps.states.load(userId, chatId);
      const persona =
        getPersona(personaId) ?? (snapshot.customPersona?.id === personaId ? snapshot.customPersona : null);
      if (!persona) return null;
      await deps.states.save(userId, chatId, { ...snapshot, persona });
      return persona;
    },

    /** Creates and switches to a custom persona from a short description. */
    async createPersona(userId: number, chatId: number, description: string): Promise<PersonaResult> {
      const result = createCustomPersona(userId, description);
      if (!result.ok) return result;
      const snapshot = await deps.states.load(userId, chatId);
      await deps.states.save(userId, chatId, {
        ...snapshot,
        persona: result.persona,
        customPersona: result.persona,
      });
      return result;
    },

    /** What the bot has noticed about the user's mood in this chat. */
    async describeMood(userId: number, chatId: number, now = Date.now()): Promise<string> {
      const { mood, persona } = await deps.states.load(userId, chatId);
      if (!mood) return describeMood(emptyMood(now), now);
      const affect = botAffect(decayMood(mood, now), persona.temperament);
      return `${describeMood(mood, now)}\n\nMy stance: ${affect.stance}.`;
    },

    /**
     * The mood as data, for a /mood that renders its own (localised) text: where it stands, how
     * sure the bot is (confidence 0..1, its band, and the reader behind most messages: the
     * English model, the LLM, or word lists), and the bot's stance. Null before any message.
     */
    async moodReport(
      userId: number,
      chatId: number,
      now = Date.now(),
    ): Promise<{
      valence: number;
      arousal: number;
      salient: EmotionLabel | null;
      streakDays: number;
      certainty: MoodCertainty;
      stance: AffectState["stance"];
    } | null> {
      const { mood, persona } = await deps.states.load(userId, chatId);
      if (!mood || mood.samples === 0) return null;
      const current = decayMood(mood, now);
      return {
        valence: round(current.valence),
        arousal: round(current.arousal),
        salient: salientEmotion(current),
        streakDays: streakDays(current, now),
        certainty: moodCertainty(mood, now),
        stance: botAffect(current, persona.temperament).stance,
      };
    },

    async rooms(userId: number): Promise<RoomSummary[]> {
      return (await deps.memories.palaceFor(userId)).rooms().filter((r) => r.count > 0);
    },

    async list(userId: number, room?: RoomId): Promise<Memory[]> {
      return (await deps.memories.palaceFor(userId)).list(room);
    },

    /**
     * Files a document the user sent in the "documents" room, in chunks that recall finds by their
     * words and file name; a new copy of a file replaces the old one. Returns the chunks kept.
     */
    async fileDocument(userId: number, doc: DocumentRecord): Promise<number> {
      const changes = await deps.memories.change(userId, (palace) => palace.fileDocument(doc));
      return changes.added.length;
    },

    /**
     * Files a dream Velro composed in the "dreams" room. Recall never returns it, so it is never
     * retold as something the user said. Returns the stored memory.
     */
    async fileDream(userId: number, dream: DreamRecord): Promise<Memory | undefined> {
      const changes = await deps.memories.change(userId, (palace) => palace.fileDream(dream));
      return changes.added[0];
    },

    /** The memory that best matches a description ("my sister's job"), if any matches at all. */
    async findMemory(userId: number, description: string): Promise<Memory | undefined> {
      const palace = await deps.memories.palaceFor(userId);
      const [best] = palace.recall({ text: description, now: Date.now(), limit: 1 });
      return best && best.components.lexical > 0 ? best.memory : undefined;
    },

    /**
     * Deletes one memory, a room, or everything; returns how many memories were removed. Removing
     * one memory also removes what was distilled from the same messages, so a forgotten fact does
     * not survive as a copy in another room.
     */
    async forget(userId: number, target: { memoryId: string } | { room: RoomId } | "all"): Promise<number> {
      const changes = await deps.memories.change(userId, (palace) => {
        if (target === "all") return palace.clear();
        if ("room" in target) return palace.removeRoom(target.room);
        const memory = palace.get(target.memoryId);
        if (!memory) return { added: [], updated: [], removed: [] };
        const sources = new Set(memory.sourceIds);
        const related = palace
          .all()
          .filter((m) => m.id !== memory.id && m.sourceIds.every((s) => sources.has(s)));
        return mergeChanges(palace.remove(memory.id), ...related.map((m) => palace.remove(m.id)));
      });
      return changes.removed.length;
    },

    /** Waits for background work (LLM fact extraction) to finish; used by shutdown. */
    async drain(): Promise<void> {
      while (background.size) await Promise.allSettled([...background]);
      await classifier.drain();
    },
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export type MindService = ReturnType<typeof createMindService>;
