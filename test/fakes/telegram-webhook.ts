/**
 * Telegram→bot delivery of the fake: webhook POSTs with the secret header, bounded retries on non-2xx,
 * per-chat sequential delivery and webhook-reply execution as Telegram does them, and the Stars purchase flow
 * on top of either polling or webhook delivery.
 */
import { randomInt } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Update, User } from "grammy/types";
import type { Payload } from "./telegram-http.ts";
import { unixNow } from "./telegram-methods.ts";
import type { PreCheckoutState, RecordedCall, TelegramState } from "./telegram-state.ts";
import { DEFAULT_USER_ID } from "./updates.ts";

/** Runs one API call through the fake's full pipeline and records it. */
export type Invoke = (
  method: string,
  payload: Payload,
  via: "http" | "webhook-reply",
) => Promise<RecordedCall>;

/** Per-delivery overrides for `deliverWebhook`. */
export interface DeliverOpts {
  /** Attempts before giving up (default from the fake's options, 4). */
  maxAttempts?: number;
  /** Backoff before attempt 2, 3, …; the last value repeats (default [20, 50, 100] ms). */
  retryDelaysMs?: number[];
  /** Per-attempt timeout in ms (default 15000). */
  timeoutMs?: number;
  /** Override the secret header: a string sends that value, `null` omits the header. */
  secretToken?: string | null;
}

/** Outcome of a webhook delivery. */
export interface WebhookDelivery {
  update: Update;
  ok: boolean;
  /** HTTP status of the last attempt; 0 when the connection failed or timed out. */
  status: number;
  body: string;
  attempts: number;
  error?: string;
  /** The executed webhook reply (`{"method":…}` response body), if any. */
  reply?: RecordedCall;
}

/** Options of `simulatePurchase`; invoice fields default to the last sent invoice. */
export interface PurchaseOpts {
  userId?: number;
  chatId?: number;
  firstName?: string;
  invoicePayload?: string;
  amount?: number;
  currency?: string;
  /** How long the "user" waits for answerPreCheckoutQuery (Telegram: 10 s). */
  timeoutMs?: number;
}

/** What happened to a simulated purchase. */
export interface PurchaseOutcome {
  status: "paid" | "declined" | "timeout";
  preCheckoutQueryId: string;
  errorMessage?: string;
  chargeId?: string;
  /** The updates sent to the bot (pre_checkout_query, then the successful_payment message). */
  updates: Update[];
}

/** Delivery defaults configurable per fake. */
export interface WebhookDefaults {
  maxAttempts: number;
  retryDelaysMs: number[];
  timeoutMs: number;
}

// Telegram delivers one chat's updates one after another and other chats concurrently.
function chatKey(u: Update): string {
  const r = u as unknown as Record<
    string,
    { chat?: { id: number }; from?: { id: number }; message?: { chat: { id: number } } }
  >;
  for (const [k, v] of Object.entries(r)) {
    if (k === "update_id" || typeof v !== "object" || v === null) continue;
    const id = v.chat?.id ?? v.message?.chat.id ?? v.from?.id;
    if (id !== undefined) return `chat:${id}`;
  }
  return `update:${u.update_id}`;
}

function updateType(u: Update): string {
  return Object.keys(u).find((k) => k !== "update_id") ?? "";
}

/** Build the delivery side of a fake around its state and call pipeline. */
export function createDelivery(s: TelegramState, invoke: Invoke, defaults: WebhookDefaults) {
  const chains = new Map<string, Promise<unknown>>();

  async function attempt(u: Update, opts: DeliverOpts): Promise<WebhookDelivery> {
    const maxAttempts = Math.max(1, opts.maxAttempts ?? defaults.maxAttempts);
    const delays = opts.retryDelaysMs ?? defaults.retryDelaysMs;
    const result: WebhookDelivery = { update: u, ok: false, status: 0, body: "", attempts: 0 };
    for (let n = 1; n <= maxAttempts; n++) {
      const w = s.webhook;
      if (!w) {
        result.error = "webhook was removed";
        return result;
      }
      result.attempts = n;
      const headers: Record<string, string> = { "content-type": "application/json" };
      const secret = opts.secretToken === undefined ? w.secret_token : opts.secretToken;
      if (secret) headers["X-Telegram-Bot-Api-Secret-Token"] = secret;
      try {
        const res = await fetch(w.url, {
          method: "POST",
          headers,
          body: JSON.stringify(u),
          signal: AbortSignal.timeout(opts.timeoutMs ?? defaults.timeoutMs),
        });
        result.status = res.status;
        result.body = await res.text();
        result.error = undefined;
        if (res.ok) {
          result.ok = true;
          result.reply = await executeReply(result.body);
          return result;
        }
        w.last_error_message = `Wrong response from the webhook: ${res.status} ${res.statusText}`;
      } catch (e) {
        result.status = 0;
        result.error = e instanceof Error ? e.message : String(e);
        const timedOut = e instanceof Error && e.name === "TimeoutError";
        w.last_error_message = timedOut ? "Read timeout expired" : "Connection refused";
      }
      w.last_error_date = unixNow();
      if (n < maxAttempts) await sleep(delays[Math.min(n - 1, delays.length - 1)] ?? 0);
    }
    return result;
  }

  // The response body may be one API call, executed by Telegram with its result discarded (a "webhook reply").
  async function executeReply(body: string): Promise<RecordedCall | undefined> {
    if (!body.trim().startsWith("{")) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return undefined;
    }
    const { method, ...payload } = parsed as Record<string, unknown>;
    if (typeof method !== "string") return undefined;
    return invoke(method, payload, "webhook-reply");
  }

  /** POST an update to the webhook, retrying non-2xx with bounded backoff. */
  function deliverWebhook(
    update: Update | Omit<Update, "update_id">,
    opts: DeliverOpts = {},
  ): Promise<WebhookDelivery> {
    const w = s.webhook;
    if (!w)
      return Promise.reject(
        new Error("deliverWebhook: no webhook is set (the bot must call setWebhook first)"),
      );
    const u = s.normalizeIncoming(s.assignUpdateId(update) as Update);
    const allowed = w.allowed_updates ?? s.allowedUpdates;
    if (allowed && allowed.length > 0 && !allowed.includes(updateType(u))) {
      return Promise.resolve({
        update: u,
        ok: false,
        status: 0,
        body: "",
        attempts: 0,
        error: "not in allowed_updates",
      });
    }
    s.observeUpdate(u);
    const key = chatKey(u);
    const run = (chains.get(key) ?? Promise.resolve()).then(() => attempt(u, opts));
    const settled = run.catch(() => undefined);
    chains.set(key, settled);
    void settled.then(() => chains.get(key) === settled && chains.delete(key));
    return run;
  }

  /** Deliver by webhook when one is set, else queue for getUpdates. */
  async function dispatchUpdate(update: Update | Omit<Update, "update_id">): Promise<Update> {
    if (s.webhook) return (await deliverWebhook(update)).update;
    return s.pushUpdate(update);
  }

  /** Simulate a user paying an invoice: pre_checkout_query → answer ≤ timeout → successful_payment. */
  async function simulatePurchase(opts: PurchaseOpts = {}): Promise<PurchaseOutcome> {
    const last = s.invoices.at(-1);
    const payload = opts.invoicePayload ?? last?.payload;
    const amount = opts.amount ?? last?.amount;
    if (payload === undefined || amount === undefined) {
      throw new Error("simulatePurchase: no invoice was sent; pass invoicePayload and amount");
    }
    const currency = opts.currency ?? last?.currency ?? "XTR";
    const userId = opts.userId ?? (last?.chat_id && last.chat_id > 0 ? last.chat_id : DEFAULT_USER_ID);
    const chatId = opts.chatId ?? userId;
    const from: User = {
      id: userId,
      is_bot: false,
      first_name: opts.firstName ?? "Alice",
      language_code: "en",
    };
    const id = `${randomInt(1e9, 2e9)}${randomInt(1e9, 2e9)}`;
    const q: PreCheckoutState = { answered: false, expired: false };
    s.preCheckouts.set(id, q);
    let timer: NodeJS.Timeout | undefined;
    const answered = new Promise<boolean>((resolve) => {
      q.notify = () => resolve(true);
      timer = setTimeout(() => resolve(false), opts.timeoutMs ?? 10_000);
    });
    const pcq = { id, from, currency, total_amount: amount, invoice_payload: payload };
    const updates = [await dispatchUpdate({ pre_checkout_query: pcq })];
    const got = await answered;
    clearTimeout(timer);
    if (!got || !q.answer) {
      q.expired = true; // a late answer now fails like on Telegram
      return { status: "timeout", preCheckoutQueryId: id, updates };
    }
    if (!q.answer.ok)
      return { status: "declined", preCheckoutQueryId: id, errorMessage: q.answer.error_message, updates };
    const chargeId = `stxFAKE${randomInt(1e9, 2e9)}${randomInt(1e9, 2e9)}`;
    s.charges.set(chargeId, {
      telegram_payment_charge_id: chargeId,
      user_id: userId,
      amount,
      payload,
      currency,
      refunded: false,
    });
    const message = {
      message_id: s.nextMessageId(chatId),
      date: unixNow(),
      chat: s.chat(chatId),
      from,
      successful_payment: {
        currency,
        total_amount: amount,
        invoice_payload: payload,
        telegram_payment_charge_id: chargeId,
        provider_payment_charge_id: "",
      },
    };
    updates.push(await dispatchUpdate({ message } as Omit<Update, "update_id">));
    return { status: "paid", preCheckoutQueryId: id, chargeId, updates };
  }

  return { deliverWebhook, dispatchUpdate, simulatePurchase };
}
