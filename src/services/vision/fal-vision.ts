/**
 * Seeing on FAL, for deployments with FAL and no LLM_VISION_MODEL: the pictures go to FAL storage
 * (FAL never gets a Telegram file URL, which carries the bot token), then the catalogue's `vision`
 * endpoint runs through the queue. Its default, `openrouter/router/vision`, takes the pictures, a
 * prompt, a system prompt and an OpenRouter model; single-picture caption endpoints (Moondream,
 * Florence) can be chosen through FAL_MODELS and see the first picture only.
 */
import type { ChatMessage, CompletionRequest, LlmProvider } from "../../engines/dialogue/types.ts";
import { LlmError } from "../../engines/dialogue/types.ts";
import { FalCallError, type FalGateway } from "../generation/fal-gateway.ts";
import { abortion, subscribe } from "../generation/fal-subscribe.ts";
import { cleanDescription, describePrompt, type Vision, VisionError } from "./types.ts";

/** The OpenRouter model FAL's vision route runs when LLM_VISION_MODEL does not name one. */
export const DEFAULT_FAL_VISION_MODEL = "google/gemini-2.5-flash";

const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
};

/** The endpoint's input for pictures, an instruction and a system prompt. */
export function visionInput(
  endpoint: string,
  model: string,
  call: { urls: string[]; prompt: string; system?: string; maxTokens?: number },
): Record<string, unknown> {
  if (/moondream|florence/.test(endpoint)) {
    // One picture, no system prompt: the instruction carries everything.
    const prompt = call.system ? `${call.system}\n\n${call.prompt}` : call.prompt;
    return /caption/.test(endpoint) ? { image_url: call.urls[0] } : { image_url: call.urls[0], prompt };
  }
  return {
    image_urls: call.urls,
    prompt: call.prompt,
    model,
    ...(call.system ? { system_prompt: call.system } : {}),
    ...(call.maxTokens ? { max_tokens: call.maxTokens } : {}),
  };
}

/** The text out of the vision outputs (`{output}` for the router and Moondream, `{results}` for Florence). */
export function visionOutput(data: unknown): string {
  const d = (data ?? {}) as { output?: unknown; results?: unknown };
  const text =
    typeof d.output === "string" ? d.output : typeof d.results === "string" ? d.results : undefined;
  if (text === undefined) throw new VisionError("unavailable", "the vision output has no text");
  return text;
}

/** FAL's errors as VisionErrors: a content policy is the model declining, other 4xx a refusal. */
function visionError(err: unknown, timedOut: boolean, timeoutMs: number): VisionError {
  if (err instanceof VisionError) return err;
  if (timedOut) return new VisionError("unavailable", `no answer within ${timeoutMs} ms`);
  if (err instanceof FalCallError) {
    if (/content_policy|safety/i.test(JSON.stringify(err.body ?? ""))) {
      return new VisionError("refused", err.message, err.status, err.body);
    }
    const rejected = err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429;
    return new VisionError(rejected ? "rejected" : "unavailable", err.message, err.status, err.body);
  }
  return new VisionError("unavailable", (err as Error)?.message ?? String(err));
}

/** The conversation as one prompt: the route takes a system prompt and a single user prompt. */
function flatten(messages: ChatMessage[]): { system?: string; prompt: string; images: string[] } {
  const system = messages.find((m) => m.role === "system")?.content;
  const turns = messages.filter((m) => m.role !== "system");
  const last = turns.at(-1);
  const earlier = turns
    .slice(0, -1)
    .map((m) => `${m.role === "user" ? "They" : "You"}: ${m.content}`)
    .join("\n");
  const now = last?.content ?? "";
  const prompt = earlier ? `Earlier in the conversation:\n${earlier}\n\nNow they write:\n${now}` : now;
  return { system, prompt, images: last?.images ?? [] };
}

/** Creates the FAL vision for one endpoint (the catalogue's `vision`, overridable in FAL_MODELS). */
export function createFalVision(deps: {
  gateway: FalGateway;
  endpoint: string;
  /** The OpenRouter model the router runs. */
  model: string;
  /** Deadline for one look (uploads, queue and result together). */
  timeoutMs: number;
}): Vision {
  const { gateway, endpoint, model, timeoutMs } = deps;

  /** Runs one call under the deadline (and the caller's signal), errors as VisionErrors. */
  async function run<T>(outer: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>) {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = outer ? AbortSignal.any([deadline, outer]) : deadline;
    try {
      return await work(signal);
    } catch (err) {
      throw visionError(err, deadline.aborted, timeoutMs);
    }
  }

  const replier: LlmProvider = {
    name: "fal-vision",
    offline: false,
    async *stream(request: CompletionRequest) {
      const { system, prompt, images } = flatten(request.messages);
      let output: string;
      try {
        output = await run(request.signal, async (signal) =>
          visionOutput(
            await subscribe(
              gateway,
              endpoint,
              visionInput(endpoint, model, { urls: images, prompt, system, maxTokens: request.maxTokens }),
              signal,
            ),
          ),
        );
      } catch (err) {
        const e = err as VisionError;
        if (request.signal?.aborted) throw new LlmError("aborted", "vision request cancelled");
        throw new LlmError(e.kind === "unavailable" ? "network" : "http", e.message, e.status);
      }
      // The route answers in one piece: it arrives as one chunk.
      if (output) yield output;
    },
  };

  return {
    provider: "fal",
    model: `${endpoint} (${model})`,
    replier,

    prepare(images, outer) {
      return run(outer, (signal) =>
        Promise.all(
          images.map((image, i) =>
            Promise.race([
              gateway.upload(
                image.bytes,
                image.contentType,
                `photo-${i + 1}.${EXTENSIONS[image.contentType] ?? "jpg"}`,
              ),
              abortion(signal),
            ]),
          ),
        ),
      );
    },

    async describe(urls, options, outer) {
      const prompt = describePrompt(options);
      const output = await run(outer, async (signal) =>
        visionOutput(
          await subscribe(
            gateway,
            endpoint,
            visionInput(endpoint, model, { urls, prompt: prompt.user, system: prompt.system, maxTokens: 80 }),
            signal,
          ),
        ),
      );
      const description = cleanDescription(output);
      if (!description) throw new VisionError("refused", "the model said nothing about the picture");
      return description;
    },
  };
}
