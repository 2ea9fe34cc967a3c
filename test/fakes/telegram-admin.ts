/**
 * Bot-level methods of the fake Bot API: getMe, getUpdates, webhook management
 * and bot commands.
 */
import type { BotCommand } from "grammy/types";
import { badRequest, TgError } from "./telegram-http.ts";
import { Described, type Handler } from "./telegram-methods.ts";

function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "[::1]" || host.startsWith("127.");
}

function commandsKey(p: Record<string, unknown>): string {
  const scope = (p.scope as { type?: string } | undefined) ?? { type: "default" };
  return `${JSON.stringify(scope)}|${typeof p.language_code === "string" ? p.language_code : ""}`;
}

/**
 * setMy<X>/getMy<X> for the bot's name, description and short description: one value per
 * language_code (none = the default), an empty string removes it, longer than `max` is refused.
 * Reading a language with no value of its own gives the default one, as Telegram's clients show.
 */
function profileMethods(field: string, method: string, max: number): Record<string, Handler> {
  const key = (p: Record<string, unknown>) =>
    `${field}|${typeof p.language_code === "string" ? p.language_code : ""}`;
  return {
    [`setMy${method}`](s, p) {
      const value = p[field] ?? "";
      if (typeof value !== "string") throw badRequest(`parameter "${field}" must be a string`);
      if (value.length > max) throw badRequest(`${field.replace("_", " ")} is too long`);
      if (value) s.profile.set(key(p), value);
      else s.profile.delete(key(p));
      return true;
    },
    [`getMy${method}`]: (s, p) => {
      const fallback = field === "name" ? s.bot.first_name : "";
      return { [field]: s.profile.get(key(p)) ?? s.profile.get(`${field}|`) ?? fallback };
    },
  };
}

/** Handlers for bot-level methods, keyed by canonical method name. */
export const adminMethods: Record<string, Handler> = {
  getMe: (s) => s.bot,

  getUpdates: (s, p, ctx) => s.getUpdates(p, ctx.signal),

  setWebhook(s, p) {
    const url = p.url === undefined || p.url === null ? "" : String(p.url);
    if (url === "") {
      const had = s.webhook !== null;
      s.webhook = null;
      return new Described(true, had ? "Webhook was deleted" : "Webhook is already deleted");
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badRequest("bad webhook: Failed to resolve host: Name or service not known");
    }
    // Telegram demands HTTPS; the fake also accepts plain http on loopback so tests need no TLS.
    if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && isLoopbackHost(parsed.hostname))) {
      throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    const secret = p.secret_token === undefined ? undefined : String(p.secret_token);
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw badRequest("secret token contains unallowed characters"); // UNVERIFIED text
    }
    const maxConnections = p.max_connections === undefined ? 40 : Number(p.max_connections);
    if (!Number.isInteger(maxConnections) || maxConnections < 1 || maxConnections > 100) {
      throw badRequest("bad webhook: max_connections must be between 1 and 100"); // UNVERIFIED text
    }
    const allowed = Array.isArray(p.allowed_updates) ? p.allowed_updates.map(String) : undefined;
    if (allowed) s.allowedUpdates = allowed;
    if (p.drop_pending_updates === true) s.queue = [];
    const same = s.webhook?.url === url && s.webhook.secret_token === secret;
    // A long poll in progress is cut off when a webhook is set.
    s.terminatePoller(new TgError(409, "Conflict: terminated by setWebhook request"));
    s.webhook = {
      ...(same ? s.webhook : {}),
      url,
      secret_token: secret,
      max_connections: maxConnections,
      allowed_updates: allowed ?? s.webhook?.allowed_updates,
    };
    return new Described(true, same ? "Webhook is already set" : "Webhook was set");
  },

  deleteWebhook(s, p) {
    if (p.drop_pending_updates === true) s.queue = [];
    const had = s.webhook !== null;
    s.webhook = null;
    return new Described(true, had ? "Webhook was deleted" : "Webhook is already deleted");
  },

  getWebhookInfo(s) {
    const w = s.webhook;
    const info: Record<string, unknown> = {
      url: w?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: s.queue.length,
    };
    if (w) {
      info.ip_address = "127.0.0.1";
      info.max_connections = w.max_connections;
      if (w.allowed_updates) info.allowed_updates = w.allowed_updates;
      if (w.last_error_date !== undefined) info.last_error_date = w.last_error_date;
      if (w.last_error_message !== undefined) info.last_error_message = w.last_error_message;
    }
    return info;
  },

  setMyCommands(s, p) {
    const list = p.commands;
    if (!Array.isArray(list)) throw badRequest('parameter "commands" is required');
    if (list.length > 100) throw badRequest("BOT_COMMANDS_TOO_MUCH");
    for (const c of list as Partial<BotCommand>[]) {
      if (typeof c?.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command))
        throw badRequest("BOT_COMMAND_INVALID");
      const d = c.description;
      if (typeof d !== "string" || d.length < 1 || d.length > 256)
        throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    }
    s.commands.set(commandsKey(p), list as BotCommand[]);
    return true;
  },

  getMyCommands: (s, p) => s.commands.get(commandsKey(p)) ?? [],

  ...profileMethods("name", "Name", 64),
  ...profileMethods("description", "Description", 512),
  ...profileMethods("short_description", "ShortDescription", 120),

  /**
   * The menu button of one private chat, or the default (no chat_id). A web_app button needs an
   * https URL (Telegram's WebAppInfo); the error text is UNVERIFIED.
   */
  setChatMenuButton(s, p) {
    const button = (p.menu_button ?? { type: "default" }) as {
      type?: string;
      text?: unknown;
      web_app?: { url?: unknown };
    };
    if (!["default", "commands", "web_app"].includes(String(button.type)))
      throw badRequest("BUTTON_TYPE_INVALID");
    if (button.type === "web_app") {
      if (typeof button.text !== "string" || button.text.length === 0)
        throw badRequest("BUTTON_TEXT_INVALID");
      if (!/^https:\/\/\S+$/i.test(String(button.web_app?.url ?? "")))
        throw badRequest("WEB_APP_URL_INVALID");
    }
    s.menuButtons.set(p.chat_id === undefined ? "" : String(s.resolveChatId(p.chat_id)), button);
    return true;
  },

  getChatMenuButton: (s, p) =>
    s.menuButtons.get(p.chat_id === undefined ? "" : String(p.chat_id)) ??
    s.menuButtons.get("") ?? { type: "commands" },

  deleteMyCommands(s, p) {
    s.commands.delete(commandsKey(p));
    return true;
  },
};
