/**
 * What the REST endpoints work with: the services the bot uses (so the app and Telegram always
 * agree), the user's language for the few texts the server words itself (room names, persona
 * taglines, the mood summary, invoices), and the Telegram sends the app can ask for.
 */
import type { ChatRepository } from "../db/chat-repository.ts";
import type { CreationsRepository } from "../db/creations-repository.ts";
import type { Memory } from "../domain/memory.ts";
import type { Catalog, CreditPack } from "../engines/generation/catalog.ts";
import type { BotI18n, Translate } from "../i18n/index.ts";
import type { CreditsLedger } from "../services/credits/ledger.ts";
import type { MindService } from "../services/mind-service.ts";
import type { CreationView, MemoryView } from "./schemas.ts";

/** The Telegram side of the app's actions, done through the bot's API. */
export interface MiniAppTelegram {
  /** Sends a creation to the user's private chat again. */
  sendCreation(userId: number, creation: CreationView, t: Translate): Promise<void>;
  /** An invoice link for a credit pack bought by this user (for Telegram.WebApp.openInvoice). */
  invoiceLink(userId: number, pack: CreditPack, t: Translate): Promise<string>;
}

export interface ApiServices {
  version: string;
  botUsername: string;
  mind: MindService;
  repo: ChatRepository;
  ledger: CreditsLedger;
  /** Whether creation is set up, and cancelling an unfinished one. */
  generation: { configured: boolean; cancel(jobId: string, userId: number): Promise<boolean> };
  catalog: Catalog;
  creations: CreationsRepository;
  i18n: BotI18n;
  telegram: MiniAppTelegram;
}

/** The user's language, as the bot would choose it for their private chat. */
export async function userLocale(s: ApiServices, userId: number): Promise<string> {
  return s.i18n.localeFor({ userId, chatId: userId, chatType: "private" });
}

/** A translator for the user's language. */
export async function userT(s: ApiServices, userId: number): Promise<Translate> {
  return s.i18n.t(await userLocale(s, userId));
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A memory as the API shows it. */
export function memoryView(m: Memory, t: Translate): MemoryView {
  return {
    id: m.id,
    room: m.room,
    room_title: t(`room-${m.room}`),
    text: m.text,
    kind: m.kind,
    pinned: m.pinned === true,
    mentions: m.mentions,
    created_at: iso(m.createdAt),
    updated_at: iso(m.updatedAt),
  };
}
