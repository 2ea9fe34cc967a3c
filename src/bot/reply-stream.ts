/**
 * Streaming a reply into Telegram. Private chats get live drafts (sendMessageDraft) and the final
 * text as real messages; groups get a message that is edited at most every ~1.5 s. Both split
 * replies longer than one message, throttle so a fast model never floods the chat, and skip
 * intermediate states rather than queueing them. While a reply streams it can carry a stop
 * control: the draft's own stop button (`can_stop`), or an inline button on the group message
 * that the final edit takes away.
 */
import { randomInt } from "node:crypto";
import { type Api, GrammyError } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Logger } from "../observability/logger.ts";
import type { ReplySink } from "../services/chat-service.ts";
import { splitMessage } from "./format.ts";
import { editFormatted, sendFormatted } from "./telegram-send.ts";

/**
 * A one-slot throttle: runs the latest task at most every `intervalMs`, dropping stale ones. With
 * `delayFirst` the first task also waits `intervalMs` from creation, so a reply that is complete by
 * then goes out as one message with no preview traffic at all; `firstOfferDelayMs` holds the first
 * task that long after it is offered, for the same reason at a shorter scale.
 */
function latestOnly(intervalMs: number, delayFirst: boolean, firstOfferDelayMs = 0) {
  let last = delayFirst ? Date.now() : 0;
  let offered = false;
  let running: Promise<void> | undefined;
  let pending: (() => Promise<void>) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const pump = () => {
    if (running || !pending) return;
    const wait = last + intervalMs - Date.now();
    if (wait > 0) {
      timer ??= setTimeout(() => {
        timer = undefined;
        pump();
      }, wait);
      return;
    }
    const task = pending;
    pending = undefined;
    last = Date.now();
    running = task().finally(() => {
      running = undefined;
      pump();
    });
  };
  return {
    offer(task: () => Promise<void>) {
      if (!offered && firstOfferDelayMs > 0 && !delayFirst)
        last = Date.now() - intervalMs + firstOfferDelayMs;
      offered = true;
      pending = task;
      pump();
    },
    /** Drops anything not yet started and waits for the task in flight. */
    async drain() {
      pending = undefined;
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}

/**
 * Runs tasks one after another. A failed task does not stop the ones after it; `settle()` waits
 * for all and rethrows the first failure, so the final send's error still reaches the caller.
 */
function serial() {
  let tail: Promise<void> = Promise.resolve();
  let failure: unknown;
  return {
    /** Queues a task; the promise settles (never rejects) when it has run. */
    run(task: () => Promise<void>): Promise<void> {
      tail = tail.then(task).catch((err) => {
        failure ??= err;
      });
      return tail;
    },
    async settle() {
      await tail;
      if (failure !== undefined) throw failure;
    },
  };
}

/**
 * A message id that can be edited. 0 is what a send cut off by a crash is replayed as (its real id
 * was never seen), so a re-run goes on in a new message instead of editing one it cannot name.
 */
const usable = (id: number | undefined) => (id ? id : undefined);

/** Telegram's answer when the message to edit no longer exists (deleted, or never known). */
const isMessageGone = (err: unknown) =>
  err instanceof GrammyError && /message to edit not found|MESSAGE_ID_INVALID/i.test(err.description);

const FIRST_DRAFT_DELAY_MS = 40;

interface SinkOptions {
  api: Api;
  chatId: number;
  log: Logger;
  replyTo?: number;
  threadId?: number;
  /** Minimum gap between intermediate updates. */
  intervalMs?: number;
}

interface DraftSinkOptions extends SinkOptions {
  /** The first draft id; later parts of a long reply count up from it. Random when unset. */
  draftBase?: number;
  /** Show the client's stop button on the drafts (`stopped_message_generation` reports a press). */
  canStop?: boolean;
}

interface EditSinkOptions extends SinkOptions {
  /** Shown under the message while it is still being written; the final edit removes it. */
  stopButton?: InlineKeyboardMarkup;
}

/** Private chats: drafts while the reply grows, then sendMessage for every chunk. */
export function createDraftSink(options: DraftSinkOptions): ReplySink {
  const { api, chatId, log } = options;
  const base = options.draftBase ?? randomInt(1, 2 ** 30);
  // keep_on_stop leaves the stopped draft on screen until the final message replaces it.
  const stopControl = options.canStop ? { can_stop: true, keep_on_stop: true } : {};
  // The first draft goes out right after the first words: that instant feedback is what drafts are
  // for. A reply that is complete within those few milliseconds (the offline responder, a cached
  // answer) is simply sent: a draft replaced at once by the message shows nothing and costs a call.
  const throttle = latestOnly(options.intervalMs ?? 400, false, FIRST_DRAFT_DELAY_MS);
  let draftsWork = true;
  let sentChunks = 0;
  let lastMessageId: number | undefined;
  const sends = serial();

  // Completed chunks are sent as soon as they are complete, in order.
  const sendCompleted = (chunks: string[], upTo: number) => {
    while (sentChunks < upTo) {
      const chunk = chunks[sentChunks++]!;
      sends.run(async () => {
        lastMessageId = await sendFormatted(api, chatId, chunk, { threadId: options.threadId });
      });
    }
  };

  return {
    progress(text) {
      const chunks = splitMessage(text);
      sendCompleted(chunks, chunks.length - 1);
      if (!draftsWork) return;
      const index = chunks.length - 1;
      const draft = chunks[index]!;
      throttle.offer(async () => {
        try {
          await api.sendMessageDraft(chatId, base + index, draft, {
            message_thread_id: options.threadId,
            ...stopControl,
          });
        } catch (err) {
          // Older servers or chats without draft support: keep going without live previews.
          draftsWork = false;
          log.debug({ err }, "sendMessageDraft refused; streaming without drafts");
        }
      });
    },
    async finish(text) {
      await throttle.drain();
      const chunks = splitMessage(text);
      sendCompleted(chunks, chunks.length);
      await sends.settle();
      return lastMessageId;
    },
  };
}

/** Groups: one message per chunk, edited as the reply grows (at most every ~1.5 s). */
export function createEditSink(options: EditSinkOptions): ReplySink {
  const { api, chatId } = options;
  // In groups every preview is a real message and edit, so short replies skip the preview.
  const throttle = latestOnly(options.intervalMs ?? 1500, true);
  const messageIds: (number | undefined)[] = [];
  const shown: string[] = [];
  const queue = serial();

  const replyTo = (index: number) => (index === 0 ? options.replyTo : undefined);
  const render = async (index: number, text: string, formatted: boolean) => {
    const id = usable(messageIds[index]);
    if (id === undefined) {
      messageIds[index] = await sendFormatted(api, chatId, text, {
        replyTo: replyTo(index),
        threadId: options.threadId,
      });
    } else if (shown[index] !== text) {
      // Without reply_markup an edit also drops the stop button: settled text never keeps one.
      try {
        await editFormatted(api, chatId, id, text, formatted);
      } catch (err) {
        if (!isMessageGone(err)) throw err;
        // Deleted meanwhile: the reply goes on in a new message.
        messageIds[index] = undefined;
        return render(index, text, formatted);
      }
    }
    shown[index] = text;
  };
  // A preview with the stop button is plain text, as every preview edit is.
  const renderWithStop = async (index: number, text: string, stop: InlineKeyboardMarkup) => {
    const id = usable(messageIds[index]);
    const common = { reply_markup: stop, link_preview_options: { is_disabled: true } };
    if (id === undefined) {
      const to = replyTo(index);
      const msg = await api.sendMessage(chatId, text, {
        ...common,
        message_thread_id: options.threadId,
        reply_parameters: to ? { message_id: to, allow_sending_without_reply: true } : undefined,
      });
      messageIds[index] = msg.message_id;
    } else if (shown[index] !== text) {
      await api.editMessageText(chatId, id, text, common);
    }
    shown[index] = text;
  };
  // Final renders go through the failure-tracking queue; previews run in the same order but
  // report their own errors instead of failing the reply.
  const show = (index: number, text: string, formatted: boolean) =>
    queue.run(() => render(index, text, formatted));
  const preview = (index: number, text: string) =>
    queue.run(() =>
      (options.stopButton
        ? renderWithStop(index, text, options.stopButton)
        : render(index, text, false)
      ).catch(() => {}),
    );

  return {
    progress(text) {
      const chunks = splitMessage(text);
      // A chunk that is complete will not change again: settle it now.
      for (let i = 0; i < chunks.length - 1; i++) if (shown[i] !== chunks[i]) show(i, chunks[i]!, true);
      const index = chunks.length - 1;
      const previewText = `${chunks[index]} …`;
      // A failed preview edit is harmless (the final edit follows), so it is not an error.
      throttle.offer(() => preview(index, previewText));
    },
    async finish(text) {
      await throttle.drain();
      const chunks = splitMessage(text);
      for (let i = 0; i < chunks.length; i++) show(i, chunks[i]!, true);
      await queue.settle();
      return messageIds[messageIds.length - 1];
    },
  };
}
