/**
 * JSON persistence for personas and style profiles. Parsing re-validates everything, because
 * a stored row is only as trustworthy as the code (and people) that last wrote it.
 */
import { z } from "zod";
import { detectInjection, SAFETY_BOUNDARIES } from "./guard.ts";
import { getPersona } from "./personas.ts";
import type { Persona, PersonaResult, StyleProfile } from "./types.ts";
import { sanitizeText } from "./util.ts";

const unit = z.number().min(0).max(1);
const range = z.object({ min: unit, max: unit }).refine((r) => r.min <= r.max, "min must not exceed max");
const style = z.object({ formality: unit, verbosity: unit, emoji: unit, humour: unit });
const text = (max: number) => z.string().min(1).max(max);

const PersonaSchema = z.object({
  v: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]{1,24}$/),
  kind: z.enum(["builtin", "custom"]),
  ownerId: z.string().max(64).nullable(),
  name: text(64),
  emoji: text(16),
  tagline: text(120),
  brief: z.string().max(500).nullable(),
  bigFive: z.object({
    openness: unit,
    conscientiousness: unit,
    extraversion: unit,
    agreeableness: unit,
    neuroticism: unit,
  }),
  voice: text(1000),
  boundaries: z.array(text(400)).max(20),
  exampleLines: z.array(text(300)).max(5),
  temperament: z.object({ warmth: unit, reactivity: unit, baselineValence: z.number().min(-1).max(1) }),
  styleBounds: z.object({ formality: range, verbosity: range, emoji: range, humour: range }),
  defaultStyle: style,
  sampling: z.object({ temperature: z.number().min(0).max(2), topP: z.number().gt(0).max(1) }),
});

const StyleProfileSchema = z.object({
  v: z.literal(1),
  messages: z.number().int().min(0),
  avgChars: z.number().min(0).max(1e6),
  emoji: unit,
  formality: unit,
  humour: unit,
  languages: z.record(z.string().regex(/^[a-z]{2,3}$/), unit),
  nudges: z.object({
    formality: z.number().min(-1).max(1),
    verbosity: z.number().min(-1).max(1),
    emoji: z.number().min(-1).max(1),
    humour: z.number().min(-1).max(1),
  }),
  lastSeenAt: z.number().nullable(),
});

/** Serialises a persona to JSON for storage (e.g. a user's custom persona row). */
export function serializePersona(persona: Persona): string {
  return JSON.stringify(persona);
}

/**
 * Parses and validates a stored persona (a JSON string or an already-parsed value). Built-ins
 * resolve to the current canonical definition; custom text fields are re-checked for injection
 * and the shared safety boundaries are restored if missing.
 */
export function parsePersona(input: unknown): PersonaResult {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, error: "Stored persona is not valid JSON." };
    }
  }
  const parsed = PersonaSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `Stored persona is invalid at ${issue?.path.join(".") || "root"}: ${issue?.message}`,
    };
  }
  const p = parsed.data;
  if (p.kind === "builtin") {
    const builtin = getPersona(p.id);
    return builtin
      ? { ok: true, persona: builtin }
      : { ok: false, error: `Unknown built-in persona "${p.id}".` };
  }
  if (p.brief === null || p.ownerId === null)
    return { ok: false, error: "A custom persona needs an owner and a brief." };
  for (const dim of ["formality", "verbosity", "emoji", "humour"] as const) {
    const b = p.styleBounds[dim];
    if (p.defaultStyle[dim] < b.min || p.defaultStyle[dim] > b.max) {
      return { ok: false, error: `Stored persona's default ${dim} lies outside its bounds.` };
    }
  }
  const free = [p.name, p.tagline, p.brief, p.voice, ...p.exampleLines];
  for (const t of free) {
    if (sanitizeText(t) !== t) return { ok: false, error: "Stored persona contains control characters." };
    const reason = detectInjection(t);
    if (reason) return { ok: false, error: reason };
  }
  const boundaries = [...SAFETY_BOUNDARIES, ...p.boundaries.filter((b) => !SAFETY_BOUNDARIES.includes(b))];
  return { ok: true, persona: { ...p, boundaries } };
}

/**
 * Parses a stored style profile (JSON string or value); returns null when it is missing or
 * invalid so the caller can start over with initialStyleProfile().
 */
export function parseStyleProfile(input: unknown): StyleProfile | null {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return null;
    }
  }
  const parsed = StyleProfileSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
