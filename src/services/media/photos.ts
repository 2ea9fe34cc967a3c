/**
 * Photos understood: one photo, or an album as one turn. The pictures are downloaded, made
 * reachable for the model that sees (base64 `data:` URLs, or FAL storage), described in one line
 * for the memory palace, and handed back for a normal chat turn answered by that model. A price,
 * when there is one, is reserved first and released when anything fails. Every way it can go wrong
 * is a typed outcome; nothing here knows Telegram.
 */
import { createDialogue, type Dialogue, type PromptBudget } from "../../engines/dialogue/index.ts";
import type { Logger } from "../../observability/logger.ts";
import type { CreditsLedger } from "../credits/ledger.ts";
import { BOT_DOWNLOAD_LIMIT, FileTooBigError } from "../speech/voice-notes.ts";
import type { Vision, VisionImage } from "../vision/types.ts";
import { VisionError } from "../vision/types.ts";
import { createCharge } from "./charge.ts";

/** One picture of the turn: what Telegram says about it, and how to fetch it. */
export interface PhotoFile {
  contentType: string;
  /** As Telegram reported it (it may not). */
  fileSize?: number;
  /** Fetches the bytes; throws FileTooBigError when the Bot API will not serve them. */
  download(): Promise<Uint8Array>;
}

export interface PhotoTurn {
  userId: number;
  chatId: number;
  /** The message the turn answers (an album's first): the ledger's key. */
  messageId: number;
  photos: PhotoFile[];
  caption?: string;
  /** The user's language as an English name ("Portuguese"), for the description. */
  language: string;
}

export type PhotoOutcome =
  | {
      type: "ok";
      /** One line saying what the pictures show: what the conversation and the memory keep. */
      description: string;
      /** The prepared pictures, for the turn's user message. */
      images: string[];
      /** The engine that writes the reply: the model that sees. */
      dialogue: Dialogue;
      ms: { download: number; prepare: number; describe: number };
    }
  | { type: "not_configured" }
  | { type: "too_big"; maxMb: number }
  | { type: "no_credits"; cost: number; balance: number }
  | { type: "refused"; refunded: number }
  | { type: "failed"; refunded: number };

const MB = 1024 * 1024;

/** Creates the photo service; `vision` null means this bot cannot see. */
export function createPhotoReader(deps: {
  vision: Vision | null;
  budget: PromptBudget;
  ledger: CreditsLedger;
  /** Credits per photo turn (an album is one). */
  credits: number;
  /** Largest picture fetched (photos sent as files can be large). */
  maxImageBytes: number;
  logger: Logger;
}) {
  const charge = createCharge(deps.ledger, deps.credits, "vision");
  const refOf = (t: Pick<PhotoTurn, "chatId" | "messageId">) => `photo:${t.chatId}:${t.messageId}`;
  const maxBytes = Math.min(deps.maxImageBytes, BOT_DOWNLOAD_LIMIT);
  const dialogue = deps.vision ? createDialogue({ llm: deps.vision.replier, budget: deps.budget }) : null;

  return {
    configured: deps.vision !== null,
    /** The model or endpoint that sees, for logs and /help. */
    model: deps.vision?.model,

    /** Runs a photo turn up to its description. Throws only for faults of our own (the database). */
    async understand(turn: PhotoTurn, log: Logger = deps.logger): Promise<PhotoOutcome> {
      const vision = deps.vision;
      if (!vision || !dialogue) return { type: "not_configured" };
      const maxMb = Math.round(maxBytes / MB);
      if (turn.photos.some((p) => (p.fileSize ?? 0) > maxBytes)) return { type: "too_big", maxMb };
      const reserved = await charge.reserve(turn.userId, refOf(turn));
      if (!reserved.ok) return { type: "no_credits", cost: reserved.cost, balance: reserved.balance };
      const refund = (why: string) => charge.release(turn.userId, refOf(turn), why);
      const context = {
        component: "vision",
        provider: vision.provider,
        model: vision.model,
        photos: turn.photos.length,
      };
      const started = performance.now();
      let images: VisionImage[];
      try {
        images = await Promise.all(
          turn.photos.map(async (p) => ({ bytes: await p.download(), contentType: p.contentType })),
        );
      } catch (err) {
        if (err instanceof FileTooBigError) {
          await refund("file too big");
          return { type: "too_big", maxMb };
        }
        log.warn({ ...context, err: (err as Error).message }, "could not download the photo");
        return { type: "failed", refunded: await refund("download failed") };
      }
      if (images.some((i) => i.bytes.length > maxBytes)) {
        await refund("file too big");
        return { type: "too_big", maxMb };
      }
      const downloaded = performance.now();
      const bytes = images.reduce((sum, i) => sum + i.bytes.length, 0);
      try {
        const urls = await vision.prepare(images);
        const prepared = performance.now();
        const description = await vision.describe(urls, { caption: turn.caption, language: turn.language });
        const ms = {
          download: Math.round(downloaded - started),
          prepare: Math.round(prepared - downloaded),
          describe: Math.round(performance.now() - prepared),
        };
        log.info({ ...context, bytes, chars: description.length, ...ms }, "photo understood");
        return { type: "ok", description, images: urls, dialogue, ms };
      } catch (err) {
        const e = err instanceof VisionError ? err : new VisionError("unavailable", String(err));
        log.warn(
          { ...context, bytes, kind_of_failure: e.kind, status: e.status, detail: e.detail, err: e.message },
          e.kind === "refused" ? "the vision model declined the photo" : "looking at the photo failed",
        );
        const refunded = await refund(e.kind === "refused" ? "declined" : "vision failed");
        return { type: e.kind === "refused" ? "refused" : "failed", refunded };
      }
    },

    /** After the turn: keeps the price when the reply went out, else gives it back. */
    settle: (turn: Pick<PhotoTurn, "userId" | "chatId" | "messageId">, ok: boolean): Promise<number> =>
      charge.settle(turn.userId, refOf(turn), ok),
  };
}

export type PhotoReader = ReturnType<typeof createPhotoReader>;
