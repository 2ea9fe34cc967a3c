/**
 * Plain-words explanations of FAL failures (spec A6) and recognition of natural requests such as
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

export type FailureReason = "content_policy" | "validation" | "service" | "timeout" | "cancelled";

export interface Explained {
  reason: FailureReason;
  /** A sentence for the user; never contains internals such as keys or URLs. */
  text: string;
}

type Detail = { loc?: unknown[]; msg?: unknown; type?: unknown };

/** Classifies a FAL failure and says what happened in words a user understands. */
export function explainFalFailure(f: FalFailure): Explained {
  const body = (f.body ?? {}) as { detail?: unknown; error_type?: unknown };
  const details: Detail[] = Array.isArray(body.detail) ? (body.detail as Detail[]) : [];
  if (details.some((d) => d.type === "content_policy_violation")) {
    return {
      reason: "content_policy",
      text: "The model's safety filter refused this request. Please rephrase your prompt — your credits were returned.",
    };
  }
  if (f.status === 422 || details.length > 0) {
    const first = details[0];
    const field = Array.isArray(first?.loc) ? String(first.loc.at(-1) ?? "") : "";
    const msg = typeof first?.msg === "string" ? first.msg.slice(0, 160) : "";
    const what = field && field !== "body" ? ` (${field}: ${msg})` : msg ? ` (${msg})` : "";
    return {
      reason: "validation",
      text: `The model could not accept this request${what}. Try a different prompt — your credits were returned.`,
    };
  }
  const type = typeof body.error_type === "string" ? body.error_type : "";
  if (type.includes("timeout") || f.status === 504) {
    return {
      reason: "timeout",
      text: "The model took too long and gave up. Your credits were returned — please try again.",
    };
  }
  return {
    reason: "service",
    text: "The image/video service had a problem on its side. Your credits were returned — please try again in a moment.",
  };
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
