/**
 * Replies spoken as voice notes: prices a reply, charges it, has it spoken in the persona's voice,
 * makes an Ogg/Opus voice note of it and hands it to the adapter to send. Every way this can go
 * wrong is a typed outcome; the adapter then sends the reply as text, so no reply is ever lost.
 *
 * Exactly once across a crash: every turn has a record keyed by the user's message (the chat and
 * its message id, which come from the update), and its ledger entries carry the same key. A re-run
 * of the update finds a voice already sent (nothing is sent or charged again), a reply that went
 * out as text (it goes out as text again, which the intake's send record answers without
 * Telegram), or an unfinished attempt (tried again; the charge is not repeated, and a voice that
 * did reach Telegram is answered from the send record).
 */
import type { Logger } from "../../observability/logger.ts";
import { creditHold } from "../credits/hold.ts";
import type { CreditsLedger } from "../credits/ledger.ts";
import { AudioFormatError, type OggOpus, toOggOpus } from "./ogg-opus.ts";
import type { TextToSpeech } from "./tts-types.ts";
import { SpeechError } from "./types.ts";
import { voiceFor } from "./voices.ts";

/** Characters one price unit covers: a reply costs the unit price per started block. */
export const CHARS_PER_PRICE_UNIT = 500;

/** The credits a spoken text costs. */
export const voiceReplyCost = (chars: number, perUnit: number) =>
  perUnit > 0 ? Math.max(1, Math.ceil(chars / CHARS_PER_PRICE_UNIT)) * perUnit : 0;

/** One turn's record, as storage keeps it. */
export interface VoiceReplyRecord {
  status: "pending" | "sent" | "text";
  voiceMessageId: number | null;
}

/** Where turn records live (src/db/voice-reply-repository.ts). */
export interface VoiceReplyStore {
  begin(chatId: number, sourceMessageId: number, userId: number): Promise<VoiceReplyRecord>;
  markSent(chatId: number, sourceMessageId: number, voiceMessageId: number): Promise<void>;
  markText(chatId: number, sourceMessageId: number): Promise<void>;
}

/** One reply to speak. */
export interface VoiceTurn {
  userId: number;
  chatId: number;
  /** The user's message this replies to: with the chat, it names the turn. */
  sourceMessageId: number;
  personaId: string;
  /** What is said aloud: the reply as plain text. */
  spoken: string;
}

export type VoiceReplyOutcome =
  | {
      type: "sent";
      messageId: number;
      credits: number;
      ms: { synthesize: number; convert: number; upload: number };
    }
  /** An earlier run of the same update sent it. */
  | { type: "already_sent"; messageId: number }
  /** An earlier run sent the reply as text: so does this one (the intake answers it from its record). */
  | { type: "already_text" }
  | { type: "not_configured" }
  | { type: "too_long"; chars: number; maxChars: number }
  | { type: "no_credits"; cost: number; balance: number }
  /** `reason`: the provider's or Telegram's words, for the adapter to recognise a refusal. */
  | { type: "failed"; stage: "synthesize" | "convert" | "upload"; refunded: number; reason: string };

export function createVoiceReplies(deps: {
  tts: TextToSpeech | null;
  ledger: CreditsLedger;
  store: VoiceReplyStore;
  /** Credits per started 500 characters (0: free). */
  creditsPer500: number;
  /** TTS_VOICES: persona id → voice name for the configured provider. */
  voices: Record<string, string>;
  logger: Logger;
  /** Replaces the converter (tests). */
  convert?: (bytes: Uint8Array) => Promise<OggOpus>;
}) {
  const { store } = deps;
  const convert = deps.convert ?? toOggOpus;

  return {
    configured: deps.tts !== null,
    creditsPer500: deps.creditsPer500,

    /**
     * Speaks one reply and sends it through `send` (which returns the sent message's id). Throws
     * only for faults of our own (the database); a provider's or Telegram's refusal is an outcome.
     */
    async speak(
      turn: VoiceTurn,
      send: (voice: OggOpus) => Promise<number>,
      log: Logger = deps.logger,
    ): Promise<VoiceReplyOutcome> {
      const tts = deps.tts;
      if (!tts) return { type: "not_configured" };
      const record = await store.begin(turn.chatId, turn.sourceMessageId, turn.userId);
      if (record.status === "sent") return { type: "already_sent", messageId: record.voiceMessageId ?? 0 };
      if (record.status === "text") return { type: "already_text" };
      const chars = turn.spoken.length;
      if (chars > tts.maxChars) {
        await store.markText(turn.chatId, turn.sourceMessageId);
        return { type: "too_long", chars, maxChars: tts.maxChars };
      }
      const cost = voiceReplyCost(chars, deps.creditsPer500);
      const credits = creditHold(deps.ledger, {
        userId: turn.userId,
        ref: `tts:${turn.chatId}:${turn.sourceMessageId}`,
        amount: cost,
        note: "voice reply",
      });
      const reserved = await credits.reserve();
      if (!reserved.ok) {
        await store.markText(turn.chatId, turn.sourceMessageId);
        return { type: "no_credits", cost, balance: reserved.balance };
      }
      const voice = voiceFor(tts.family, turn.personaId, deps.voices);
      const context = { component: "voice-reply", provider: tts.provider, model: tts.model, voice, chars };
      const t0 = performance.now();
      let stage: "synthesize" | "convert" | "upload" = "synthesize";
      let audio: Awaited<ReturnType<TextToSpeech["synthesize"]>> | undefined;
      let note: OggOpus;
      let messageId: number;
      const ms = { synthesize: 0, convert: 0, upload: 0 };
      try {
        audio = await tts.synthesize(turn.spoken, voice);
        stage = "convert";
        const t1 = performance.now();
        ms.synthesize = Math.round(t1 - t0);
        note = await convert(audio.bytes);
        stage = "upload";
        const t2 = performance.now();
        ms.convert = Math.round(t2 - t1);
        messageId = await send(note);
        ms.upload = Math.round(performance.now() - t2);
      } catch (err) {
        const e = err instanceof SpeechError ? err : undefined;
        const expected = e || err instanceof AudioFormatError || stage === "upload";
        // A codec that would not load is as good as a failed conversion, but it is our fault.
        log[expected ? "warn" : "error"](
          {
            ...context,
            stage,
            kind_of_failure: e?.kind,
            status: e?.status,
            detail: e?.detail,
            audio_type: audio?.contentType,
            audio_bytes: audio?.bytes.length,
            err: (err as Error)?.message ?? String(err),
          },
          "voice reply failed; sending text",
        );
        const refunded = await credits.release(`voice reply failed (${stage})`);
        await store.markText(turn.chatId, turn.sourceMessageId);
        return { type: "failed", stage, refunded, reason: (err as Error)?.message ?? String(err) };
      }
      // Outside the try: the voice is out, so a failure here must not refund or send text. The
      // update then fails and is run again, which finds the send in the intake's record.
      await store.markSent(turn.chatId, turn.sourceMessageId, messageId);
      await credits.capture();
      log.info(
        {
          ...context,
          credits: cost,
          from: note.source,
          converted: note.converted,
          bytes: note.bytes.length,
          seconds: note.durationSeconds,
          ...ms,
        },
        "voice reply sent",
      );
      return { type: "sent", messageId, credits: cost, ms };
    },
  };
}

export type VoiceReplies = ReturnType<typeof createVoiceReplies>;
