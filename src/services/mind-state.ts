/**
 * Loading and saving one user's mind state in one chat (persona, learned style, mood, the bot's
 * affect). An in-process copy saves a database read per turn; a version token in the shared cache
 * tells an instance when another instance has written, so every instance sees the same persona.
 */
import type { CacheBus } from "../cache/types.ts";
import { createVersionedCache } from "../cache/versioned.ts";
import type { MindRepository } from "../db/mind-repository.ts";
import { type AffectState, type MoodState, restoreMood } from "../engines/emotion/index.ts";
import {
  DEFAULT_PERSONA_ID,
  getPersona,
  initialStyleProfile,
  type Persona,
  parsePersona,
  parseStyleProfile,
  type StyleProfile,
  serializePersona,
} from "../engines/personality/index.ts";

export interface MindSnapshot {
  persona: Persona;
  /** Set when the persona is the user's own character. */
  customPersona: Persona | null;
  profile: StyleProfile;
  mood: MoodState | null;
  affect: AffectState | null;
}

const TOKEN_TTL_MS = 7 * 24 * 3_600_000;
const MAX_CACHED = 5_000;

/** Creates the store; `minds` is the database side, `cache` carries the version tokens. */
export function createMindStateStore(minds: MindRepository, cache: CacheBus) {
  const local = createVersionedCache<MindSnapshot>({
    cache,
    prefix: "mindv:",
    ttlMs: TOKEN_TTL_MS,
    maxEntries: MAX_CACHED,
  });
  const keyOf = (userId: number, chatId: number) => `${userId}:${chatId}`;

  async function load(userId: number, chatId: number): Promise<MindSnapshot> {
    const key = keyOf(userId, chatId);
    const { version, entry } = await local.lookup(key);
    if (entry) return entry.value;
    const row = await minds.loadMind(userId, chatId);
    const custom = row?.customPersona ? parsePersona(row.customPersona) : null;
    const customPersona = custom?.ok ? custom.persona : null;
    const persona =
      (customPersona && row?.personaId === customPersona.id
        ? customPersona
        : getPersona(row?.personaId ?? "")) ?? getPersona(DEFAULT_PERSONA_ID)!;
    const snapshot: MindSnapshot = {
      persona,
      customPersona,
      profile: parseStyleProfile(row?.style) ?? initialStyleProfile(),
      mood: restoreMood(row?.mood),
      affect: (row?.affect as AffectState | null) ?? null,
    };
    local.remember(key, snapshot, version);
    return snapshot;
  }

  async function save(userId: number, chatId: number, snapshot: MindSnapshot): Promise<void> {
    await minds.saveMind(userId, chatId, {
      personaId: snapshot.persona.id,
      customPersona: snapshot.customPersona ? JSON.parse(serializePersona(snapshot.customPersona)) : null,
      style: snapshot.profile,
      mood: snapshot.mood,
      affect: snapshot.affect,
    });
    const key = keyOf(userId, chatId);
    local.remember(key, snapshot, await local.publish(key));
  }

  return { load, save };
}

export type MindStateStore = ReturnType<typeof createMindStateStore>;
