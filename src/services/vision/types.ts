/**
 * Seeing pictures, as the photo path needs it: pictures in, made reachable for the model; a one-line
 * description for the memory palace; and a provider that writes the turn's reply with the pictures
 * in view. One error type says whether the model declined the picture, refused the request, or
 * could not be reached, so the user gets the right words and the log the provider's reason.
 */
import type { LlmProvider } from "../../engines/dialogue/types.ts";
import { truncate } from "../../util/text.ts";

/** One picture the user sent, as downloaded from Telegram. */
export interface VisionImage {
  bytes: Uint8Array;
  /** image/jpeg, image/png, image/webp or image/gif. */
  contentType: string;
}

export interface DescribeOptions {
  /** What the user wrote with the pictures; it often names what is in them ("this is Rex"). */
  caption?: string;
  /** The language the description is written in (an English name: "Russian"). */
  language: string;
}

export interface Vision {
  /** "openai" (an OpenAI-compatible API) or "fal" (FAL's vision route): for logs. */
  readonly provider: "openai" | "fal";
  /** The model or endpoint, for logs. */
  readonly model: string;
  /**
   * Makes the pictures reachable for the model: `data:` URLs, or FAL storage URLs. Never a
   * Telegram file URL, which carries the bot token.
   */
  prepare(images: VisionImage[], signal?: AbortSignal): Promise<string[]>;
  /** One short line saying what the pictures show. Throws VisionError. */
  describe(urls: string[], options: DescribeOptions, signal?: AbortSignal): Promise<string>;
  /** Writes the reply of a turn whose user message carries `images` (the prepared URLs). */
  readonly replier: LlmProvider;
}

/**
 * A failed look at a picture. `refused`: the model declined it (a refusal, a content filter);
 * `rejected`: the provider refused the request (a 4xx: no image support, a picture it cannot
 * read); `unavailable`: it failed, was unreachable or too slow.
 */
export class VisionError extends Error {
  constructor(
    readonly kind: "refused" | "rejected" | "unavailable",
    message: string,
    readonly status?: number,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = "VisionError";
  }
}

/** The instruction for the one-line description the memory palace keeps. */
export function describePrompt(options: DescribeOptions): { system: string; user: string } {
  return {
    system:
      "You write short notes about pictures someone shared, for a private memory. Answer with one line of at most 20 words saying what the picture shows: who or what, doing what, where. With several pictures, one line for all of them. Use names the person gives. No preamble, no quotes, no full stop needed. " +
      `Write it in ${options.language}.`,
    user: options.caption?.trim()
      ? `They wrote with it: ${options.caption.trim().slice(0, 500)}`
      : "They sent it without a caption.",
  };
}

/** The description as kept: one line, no wrapping quotes, at most 200 characters. */
export function cleanDescription(text: string): string {
  const line =
    text
      .split("\n")
      .map((l) => l.trim())
      .find(Boolean) ?? "";
  return truncate(line.replace(/^["'«“]+|["'»”]+$/g, "").trim(), 200);
}
