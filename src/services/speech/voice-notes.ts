/**
 * Voice and video notes in: checks a note against the limits, charges for it when transcription
 * has a price (refunded when it fails), transcribes it and hands back the text for a normal chat
 * turn. Every way it can go wrong is a typed outcome, so the adapter can tell the user exactly
 * what happened; nothing here knows Telegram beyond the two note kinds.
 */
import type { Logger } from "../../observability/logger.ts";
import { creditHold } from "../credits/hold.ts";
import type { CreditsLedger } from "../credits/ledger.ts";
import { audioFor, SpeechError, type SpeechToText } from "./types.ts";

/** Telegram serves bots files of at most 20 MB. */
export const BOT_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

/** Thrown by a download the Bot API refused because the file is over its limit. */
export class FileTooBigError extends Error {
  constructor() {
    super("file is too big for the Bot API");
    this.name = "FileTooBigError";
  }
}

export interface VoiceNote {
  kind: "voice" | "video_note";
  userId: number;
  chatId: number;
  messageId: number;
  durationSeconds: number;
  /** As Telegram reported it (it may not). */
  fileSize?: number;
  /** Fetches the bytes; throws FileTooBigError when the Bot API will not serve them. */
  download(): Promise<Uint8Array>;
}

export type VoiceOutcome =
  | { type: "ok"; text: string; language?: string; ms: { download: number; transcribe: number } }
  | { type: "not_configured" }
  | { type: "too_long"; seconds: number; maxSeconds: number }
  | { type: "too_big" }
  | { type: "no_credits"; cost: number; balance: number }
  | { type: "empty"; refunded: number }
  | { type: "failed"; refunded: number };

/**
 * Whether a transcript has words in it. Silence comes back as "", as bracketed sound tags
 * ("[music]", "(silence)") or as punctuation alone.
 */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ""));
}

/** Creates the voice-note service; `stt` null means voice is not set up on this bot. */
export function createVoiceNotes(deps: {
  stt: SpeechToText | null;
  ledger: CreditsLedger;
  /** Credits per transcription (0: free). */
  credits: number;
  maxSeconds: number;
  logger: Logger;
}) {
  const { credits } = deps;
  // One ref per note: a re-run of the same update finds the entries and charges nothing twice.
  const holdFor = (n: VoiceNote) =>
    creditHold(deps.ledger, {
      userId: n.userId,
      ref: `voice:${n.chatId}:${n.messageId}`,
      amount: credits,
      note: "stt",
    });

  return {
    /** True when a transcriber is configured. */
    configured: deps.stt !== null,

    /** Runs one note from the limits to its transcript. Throws only for faults of our own
     * (the database); every provider or user problem is an outcome. */
    async transcribe(note: VoiceNote, log: Logger = deps.logger): Promise<VoiceOutcome> {
      const stt = deps.stt;
      if (!stt) return { type: "not_configured" };
      if (note.durationSeconds > deps.maxSeconds) {
        return { type: "too_long", seconds: note.durationSeconds, maxSeconds: deps.maxSeconds };
      }
      if ((note.fileSize ?? 0) > BOT_DOWNLOAD_LIMIT) return { type: "too_big" };
      const hold = holdFor(note);
      const reserved = await hold.reserve();
      if (!reserved.ok) return { type: "no_credits", cost: credits, balance: reserved.balance };
      const context = {
        component: "voice",
        kind: note.kind,
        duration_s: note.durationSeconds,
        provider: stt.provider,
        model: stt.model,
      };
      const started = performance.now();
      let bytes: Uint8Array;
      try {
        bytes = await note.download();
      } catch (err) {
        if (err instanceof FileTooBigError) {
          await hold.release("file too big");
          return { type: "too_big" };
        }
        log.warn({ ...context, err: (err as Error).message }, "could not download the voice note");
        return { type: "failed", refunded: await hold.release("download failed") };
      }
      const downloaded = performance.now();
      try {
        const transcript = await stt.transcribe(audioFor(note.kind, bytes));
        const ms = {
          download: Math.round(downloaded - started),
          transcribe: Math.round(performance.now() - downloaded),
        };
        const text = transcript.text.trim();
        if (!hasWords(text)) {
          log.info({ ...context, bytes: bytes.length, ...ms }, "voice note transcribed to nothing");
          return { type: "empty", refunded: await hold.release("empty transcript") };
        }
        await hold.capture();
        log.info(
          { ...context, bytes: bytes.length, chars: text.length, language: transcript.language, ...ms },
          "voice note transcribed",
        );
        return { type: "ok", text, language: transcript.language, ms };
      } catch (err) {
        const e = err instanceof SpeechError ? err : new SpeechError("unavailable", String(err));
        log.warn(
          {
            ...context,
            bytes: bytes.length,
            kind_of_failure: e.kind,
            status: e.status,
            detail: e.detail,
            err: e.message,
          },
          "transcription failed",
        );
        return { type: "failed", refunded: await hold.release("transcription failed") };
      }
    },
  };
}

export type VoiceNotes = ReturnType<typeof createVoiceNotes>;
