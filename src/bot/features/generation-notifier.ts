/**
 * Shows generation progress in Telegram, from the generation events on the bus: one status message
 * edited through queued → running → done, then the photo or video. Media goes by URL when Telegram
 * can fetch it itself (photos ≤5 MB, other files ≤20 MB: Telegram's limits for sending by URL); larger files, or URLs Telegram
 * fails to fetch, are downloaded and uploaded (≤50 MB; photos over 10 MB go as documents); anything
 * bigger is sent as a link.
 *
 * With several instances every one of them hears every event (Redis pub/sub). Only the instance
 * that published an event acts on it, so each edit and each photo is sent once; if that instance
 * dies before the user has seen a job's outcome, the job's next leaseholder publishes it again
 * (see the generation service), and `delivered` is how this side reports that the user has seen it.
 * Events of one job are handled in the order they arrived, so a late "running" never overwrites
 * "done". Each job speaks the language of whoever asked: the group's, or the user's.
 */
import { type Api, InlineKeyboard, InputFile } from "grammy";
import type { CacheBus } from "../../cache/types.ts";
import type { GenerationOutput } from "../../engines/generation/catalog.ts";
import { FAILURE_REASONS, type FailureReason, validationDetail } from "../../engines/generation/explain.ts";
import type { BotI18n, Translate } from "../../i18n/index.ts";
import type { Logger } from "../../observability/logger.ts";
import {
  type BusEvent,
  EVENTS_CHANNEL,
  type EventOf,
  type GenerationJobPayload,
  type GenerationStage,
  publishedHere,
} from "../../services/events.ts";
import { truncate } from "../../util/text.ts";
import { isNotModified } from "../telegram-send.ts";
import { animateCreationKeyboard } from "./animate.ts";

const MB = 1024 * 1024;

type GenerationEvent = EventOf<
  "generation.queued" | "generation.progress" | "generation.completed" | "generation.failed"
>;

const GENERATION_TYPES = new Set<BusEvent["type"]>([
  "generation.queued",
  "generation.progress",
  "generation.completed",
  "generation.failed",
]);

/** A job as the notifier needs it: the event's payload and the chat it belongs to. */
type Job = GenerationJobPayload & { chatId: number };

/** The status text of a job at a stage. */
export function statusText(job: Job, line: string): string {
  return `${job.kind === "video" ? "🎬" : "🎨"} ${job.modelName}\n“${truncate(job.prompt, 300)}”\n\n${line}`;
}

/** The status line of a stage; the queue position is counted from 1 for people. */
function stageLine(t: Translate, stage: GenerationStage, pos?: number): string {
  if (stage === "queued" && pos !== undefined) return t("gen-stage-queued-position", { position: pos + 1 });
  return t(`gen-stage-${stage}`);
}

/** Why a job failed, in the user's language; unknown reasons read as a problem on the service's side. */
export function failureLine(t: Translate, reason: string, englishText: string): string {
  const known = (FAILURE_REASONS as readonly string[]).includes(reason)
    ? (reason as FailureReason)
    : "service";
  const detail = known === "validation" ? validationDetail(englishText) : undefined;
  if (detail) return t("gen-failed-validation-detail", { detail });
  return t(`gen-failed-${known.replace(/_/g, "-")}`);
}

/**
 * Reads a generation event this instance published, or null for anything else (other types,
 * other instances' events, or a payload without what a Telegram message needs).
 */
function readOwnGenerationEvent(raw: string): GenerationEvent | null {
  // Every event on the channel passes through here; skip the parse for most of them.
  if (!raw.includes('"generation.')) return null;
  let event: GenerationEvent;
  try {
    event = JSON.parse(raw) as GenerationEvent;
  } catch {
    return null;
  }
  if (!GENERATION_TYPES.has(event?.type) || typeof event.id !== "string" || !publishedHere(event))
    return null;
  const p = event.payload as Partial<GenerationJobPayload> | undefined;
  if (typeof event.chatId !== "number" || typeof p?.jobId !== "string") return null;
  if (typeof p.prompt !== "string" || typeof p.modelName !== "string" || typeof p.cost !== "number")
    return null;
  if (event.type === "generation.completed" && typeof event.payload.output?.url !== "string") return null;
  if (event.type === "generation.failed" && typeof event.payload.text !== "string") return null;
  return event;
}

async function download(url: string, maxBytes: number): Promise<Buffer> {
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!res.ok) throw new Error(`download failed: HTTP ${res.status}`);
  if (Number(res.headers.get("content-length") ?? 0) > maxBytes) throw new Error("file too large");
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > maxBytes) throw new Error("file too large");
  return bytes;
}

export interface GenerationNotifierDeps {
  bus: CacheBus;
  /** Read lazily: the bot is built after the services. */
  api: () => Api;
  logger: Logger;
  /** Records that the user has seen a finished job's outcome (the generation service's markDelivered). */
  delivered(jobId: string): Promise<unknown>;
  /** The languages; each job is told in its user's (or group's) language. */
  i18n: BotI18n;
  /** More buttons under a creation's photo or video (add to a project, details, remix). */
  resultButtons?: (t: Translate, jobId: string) => InlineKeyboard;
}

/** Subscribes the Telegram notifier to the bus; `close()` stops listening and waits for sends under way. */
export async function startGenerationNotifier(
  deps: GenerationNotifierDeps,
): Promise<{ close(): Promise<void> }> {
  const { api } = deps;
  const logger = deps.logger.child({ component: "generation-notifier" });
  // The events of each job not yet handled, chained in arrival order.
  const chains = new Map<string, Promise<void>>();

  async function show(job: Job, t: Translate, text: string, cancelable: boolean): Promise<void> {
    const markup = cancelable
      ? new InlineKeyboard().text(t("gen-button-cancel"), `g:x:${job.jobId}`)
      : undefined;
    if (job.statusMessageId) {
      try {
        await api().editMessageText(job.chatId, job.statusMessageId, text, { reply_markup: markup });
        return;
      } catch (err) {
        if (isNotModified(err)) return;
        logger.debug({ err, job: job.jobId }, "status edit failed; sending a new message");
      }
    }
    await api().sendMessage(job.chatId, text, { reply_markup: markup });
  }

  async function sendMedia(job: Job, t: Translate, out: GenerationOutput): Promise<void> {
    const caption = truncate(job.prompt, 1000);
    const isPhoto = out.kind === "image";
    // Every image creation can be brought to life from the message that shows it.
    const buttons = (isPhoto ? animateCreationKeyboard(t, job.jobId) : new InlineKeyboard()).append(
      deps.resultButtons?.(t, job.jobId) ?? [],
    );
    const reply_markup = buttons.inline_keyboard.some((row) => row.length) ? buttons : undefined;
    const urlLimit = isPhoto ? 5 * MB : 20 * MB;
    const byUpload = async () => {
      const bytes = await download(out.url, 50 * MB);
      const name = isPhoto ? "image.jpg" : "video.mp4";
      const file = new InputFile(bytes, name);
      if (!isPhoto)
        await api().sendVideo(job.chatId, file, { caption, supports_streaming: true, reply_markup });
      else if (bytes.length > 10 * MB) await api().sendDocument(job.chatId, file, { caption, reply_markup });
      else await api().sendPhoto(job.chatId, file, { caption, reply_markup });
    };
    if (out.fileSize !== undefined && out.fileSize > 50 * MB) {
      await api().sendMessage(job.chatId, t("gen-result-too-large", { kind: out.kind, url: out.url }));
      return;
    }
    if (out.fileSize !== undefined && out.fileSize > urlLimit) return byUpload();
    try {
      if (isPhoto) await api().sendPhoto(job.chatId, out.url, { caption, reply_markup });
      else await api().sendVideo(job.chatId, out.url, { caption, supports_streaming: true, reply_markup });
    } catch (err) {
      // Telegram could not fetch the URL (too big, slow, unknown size): upload it ourselves.
      logger.info({ err: (err as Error).message, job: job.jobId }, "send by URL failed; uploading");
      await byUpload();
    }
  }

  async function handle(event: GenerationEvent): Promise<void> {
    const job: Job = { ...event.payload, chatId: event.chatId! };
    const t = deps.i18n.t(await deps.i18n.localeFor({ userId: event.userId, chatId: job.chatId }));
    switch (event.type) {
      case "generation.queued":
        return show(job, t, statusText(job, stageLine(t, "submitted")), true);
      case "generation.progress":
        return show(
          job,
          t,
          statusText(job, stageLine(t, event.payload.stage, event.payload.queuePosition)),
          true,
        );
      case "generation.completed": {
        const out = event.payload.output;
        // Charged nothing for a priced job: it was refunded as unconfirmed, then finished after all.
        const done =
          event.payload.charged === 0 && job.cost > 0
            ? t("gen-late-result-free")
            : t("gen-done", { cost: job.cost });
        await show(job, t, statusText(job, done), false).catch((err) =>
          logger.warn({ err }, "status edit failed"),
        );
        try {
          await sendMedia(job, t, out);
        } catch (err) {
          logger.error({ err, job: job.jobId }, "media delivery failed; sending the link");
          await api().sendMessage(job.chatId, t("gen-result-link", { kind: out.kind, url: out.url }));
        }
        break;
      }
      case "generation.failed":
        await show(
          job,
          t,
          statusText(job, `❌ ${failureLine(t, event.payload.reason, event.payload.text)}`),
          false,
        );
        break;
    }
    // Only once the user has it: a crash before this line leaves the job to be sent again.
    await deps.delivered(job.jobId);
  }

  const unsubscribe = await deps.bus.subscribe(EVENTS_CHANNEL, (raw) => {
    const event = readOwnGenerationEvent(raw);
    if (!event) return;
    const jobId = event.payload.jobId;
    const next = (chains.get(jobId) ?? Promise.resolve())
      .then(() => handle(event))
      .catch((err) => logger.error({ err, job: jobId, type: event.type }, "could not show generation event"))
      .finally(() => {
        if (chains.get(jobId) === next) chains.delete(jobId);
      });
    chains.set(jobId, next);
  });

  return {
    async close() {
      await unsubscribe();
      await Promise.all(chains.values());
    },
  };
}
