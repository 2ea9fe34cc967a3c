/**
 * Record types of the fake Bot API: what it logs (calls, drafts), stores (files, invoices, charges,
 * webhook settings) and injects (faults, flood limits). Shared by the state, handlers and tests.
 */
import type { MessageEntity } from "grammy/types";
import type { ErrorParameters, Payload, TgError } from "./telegram-http.ts";

/** One recorded API request (HTTP or executed webhook reply), including failed ones. */
export interface RecordedCall {
  method: string;
  payload: Payload;
  /** Arrival time (ms since epoch); calls are appended when they complete. */
  at: number;
  via: "http" | "webhook-reply";
  ok: boolean;
  result?: unknown;
  error?: { error_code: number; description: string; parameters?: ErrorParameters };
}

/** One `sendMessageDraft` call as the user's client would render it. */
export interface DraftRecord {
  chat_id: number;
  draft_id: number;
  text: string;
  entities: MessageEntity[];
  /** Sent with `can_stop` (Bot API 10.3): the client shows a stop button on this draft. */
  can_stop: boolean;
  at: number;
}

/** A file the fake can serve through `getFile` + `/file/bot<token>/<path>`. */
export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  size: number;
  mime: string;
  /** Absent for files only known from incoming updates: zero bytes of `size` are served. */
  bytes?: Buffer;
}

/** A sent invoice or created invoice link (the first step of a Stars purchase). */
export interface InvoiceRecord {
  chat_id?: number;
  title: string;
  description: string;
  payload: string;
  currency: string;
  amount: number;
  link?: string;
}

/** A Stars charge created by `simulatePurchase`. */
export interface ChargeRecord {
  telegram_payment_charge_id: string;
  user_id: number;
  amount: number;
  payload: string;
  currency: string;
  refunded: boolean;
}

/** Webhook settings from `setWebhook`, plus delivery diagnostics for `getWebhookInfo`. */
export interface WebhookState {
  url: string;
  secret_token?: string;
  max_connections: number;
  allowed_updates?: string[];
  last_error_date?: number;
  last_error_message?: string;
}

/** An injected failure for the next `remaining` matching calls. */
export interface Fault {
  remaining: number;
  /** Lower-cased method name; undefined = any method except getUpdates. */
  method?: string;
  /** Only calls to this chat (undefined = any chat). */
  chatId?: number;
  error: TgError;
}

/** Opt-in flood model (Telegram's per-chat and global send limits); undefined fields are not enforced. */
export interface FloodLimits {
  /** Messages per second to one chat (Telegram FAQ: about 1). */
  perChatPerSecond?: number;
  /** Messages per minute to one group (Telegram FAQ: 20). */
  perGroupPerMinute?: number;
  /** Messages per second overall (Telegram FAQ: about 30). */
  globalPerSecond?: number;
}

/** Pending `pre_checkout_query` waiting for `answerPreCheckoutQuery`. */
export interface PreCheckoutState {
  answered: boolean;
  expired: boolean;
  answer?: { ok: boolean; error_message?: string };
  notify?: () => void;
}
