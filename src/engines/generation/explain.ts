/**
 * Plain-words explanations of FAL failures (from the HTTP status and FAL's error body) and recognition of natural requests such as
 * "draw me a fox in the snow". Pure functions over plain data.
 */
import type { GenerationKind } from "./catalog.ts";

export interface FalFailure {
  /** HTTP status of the failed call, when there was one. */
  status?: number;
  /** The error body FAL sent (`{detail: [...]}` or `{detail, error_type}`), if any. */
  body?: unknown;
  message?: string;
}

export type FailureReason =
  | "content_policy"
  | "validation"
  | "service"
  | "timeout"
  | "cancelled"
  | "interrupted"
  | "unconfirmed";

/** Every failure reason, for adapters that say each in the user's language (`gen-failed-<reason>`). */
export const FAILURE_REASONS: readonly FailureReason[] = [
  "content_policy",
  "validation",
  "service",
  "timeout",
  "cancelled",
  "interrupted",
  "unconfirmed",
];

export interface Explained {
  reason: FailureReason;
  /** A sentence for the user; never contains internals such as keys or URLs. */
  text: string;
}

type Detail = { loc?: unknown[]; msg?: unknown; type?: unknown };

/**
 * What the user is told for each kind of failure (a validation error may add its detail), in
 * English: the event's text for logs and WebSocket clients. Telegram users read the same sentences
 * in their own language from locales/<locale>/generation.ftl.
 */
const FAILURE_TEXTS: Record<FailureReason, string> = {
  content_policy:
    "The model's safety filter refused this request. Please rephrase your prompt — your credits were returned.",
  validation: "The model could not accept this request. Try a different prompt — your credits were returned.",
  timeout: "The model took too long and gave up. Your credits were returned — please try again.",
  service:
    "The image/video service had a problem on its side. Your credits were returned — please try again in a moment.",
  cancelled: "Cancelled — your credits were returned.",
  interrupted:
    "Your creation was interrupted before it started. Your credits were returned — please try again.",
  unconfirmed:
    "The image/video service didn't confirm it received your request, so your credits were returned. If it finishes after all, I'll send it to you free of charge.",
};

const VALIDATION_DETAIL = /^The model could not accept this request \((.+)\)\. /;

/** The model's own words inside a validation failure's sentence, if it gave any. */
export function validationDetail(text: string): string | undefined {
  return VALIDATION_DETAIL.exec(text)?.[1];
}

/** The sentence for a recorded failure reason (unknown reasons read as a service problem). */
export function failureTextOf(reason: string | null): string {
  return FAILURE_TEXTS[(reason ?? "service") as FailureReason] ?? FAILURE_TEXTS.service;
}

/** Classifies a FAL failure and says what happened in words a user understands. */
export function explainFalFailure(f: FalFailure): Explained {
  const body = (f.body ?? {}) as { detail?: unknown; error_type?: unknown };
  const details: Detail[] = Array.isArray(body.detail) ? (body.detail as Detail[]) : [];
  if (details.some((d) => d.type === "content_policy_violation")) {
    return { reason: "content_policy", text: FAILURE_TEXTS.content_policy };
  }
  if (f.status === 422 || details.length > 0) {
    const first = details[0];
    const field = Array.isArray(first?.loc) ? String(first.loc.at(-1) ?? "") : "";
    const msg = typeof first?.msg === "string" ? first.msg.slice(0, 160) : "";
    const what = field && field !== "body" ? ` (${field}: ${msg})` : msg ? ` (${msg})` : "";
    return { reason: "validation", text: FAILURE_TEXTS.validation.replace("request.", `request${what}.`) };
  }
  const type = typeof body.error_type === "string" ? body.error_type : "";
  if (type.includes("timeout") || f.status === 504) {
    return { reason: "timeout", text: FAILURE_TEXTS.timeout };
  }
  return { reason: "service", text: FAILURE_TEXTS.service };
}

export interface GenerationIntent {
  kind: GenerationKind;
  prompt: string;
}

const DRAW =
  /^(?:hey\s+)?(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:draw|paint|sketch|illustrate)\s+(?:me\s+|us\s+)?(?:(?:an?\s+)?(?:picture|image|drawing|painting|sketch|illustration)\s+of\s+)?(.{3,})$/i;
const MAKE =
  /^(?:hey\s+)?(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:i\s+want\s+you\s+to\s+)?(?:make|create|generate|render|produce)\s+(?:me\s+|us\s+)?(?:(?:an?|the)\s+)?(?:(image|picture|photo|drawing|painting|illustration|video|clip|animation)\s+(?:of|showing|with)\s+)(.{3,})$/i;

/** Recognises a request to create an image or video in ordinary chat, or returns null. */
export function detectGenerationIntent(text: string): GenerationIntent | null {
  const t = text.trim().replace(/[.!?]+$/, "");
  if (t.length > 400 || t.includes("\n")) return null;
  const draw = DRAW.exec(t);
  if (draw) return { kind: "image", prompt: cleanPrompt(draw[1]!) };
  const make = MAKE.exec(t);
  if (make) {
    const kind: GenerationKind = /video|clip|animation/i.test(make[1]!) ? "video" : "image";
    return { kind, prompt: cleanPrompt(make[2]!) };
  }
  return null;
}

function cleanPrompt(p: string): string {
  return p.replace(/\s*,?\s*please$/i, "").trim();
}
