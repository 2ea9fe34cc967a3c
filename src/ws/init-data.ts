/**
 * Telegram Mini App `initData` validation (https://core.telegram.org/bots/webapps): the data is a
 * query string whose `hash` is HMAC-SHA256 of the sorted `key=value` lines, keyed with
 * HMAC-SHA256("WebAppData", bot_token). Only Telegram and the bot know the token, so a valid hash
 * proves Telegram vouched for the user; `auth_date` bounds how long a captured string stays useful.
 */
import { createHmac } from "node:crypto";
import { constantTimeEqual } from "../http/security.ts";

export interface InitDataUser {
  id: number;
  first_name?: string;
  username?: string;
  language_code?: string;
}

/** Why initData was refused: malformed, not signed with this bot's token, or signed too long ago. */
export type InitDataRefusal = "invalid" | "forged" | "stale";

export type InitDataResult =
  | { ok: true; user: InitDataUser; authDate: number }
  | { ok: false; error: string; code: InitDataRefusal };

export const INIT_DATA_MAX_AGE_SECONDS = 24 * 60 * 60;
// Telegram's clock and ours may differ a little; more than this in the future is forged or broken.
const FUTURE_SKEW_SECONDS = 300;

const secretKey = (botToken: string) => createHmac("sha256", "WebAppData").update(botToken).digest();

/** Builds the data-check-string: every field but `hash`, sorted by key, one `key=value` a line. */
function dataCheckString(params: URLSearchParams): string {
  return [...params.entries()]
    .filter(([k]) => k !== "hash")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");
}

/** Validates `initData` against the bot token; never throws. */
export function validateInitData(
  initData: string,
  botToken: string,
  options: { now?: number; maxAgeSeconds?: number } = {},
): InitDataResult {
  const params = new URLSearchParams(initData);
  const hash = params.get("hash");
  if (!hash || !/^[0-9a-f]{64}$/i.test(hash))
    return { ok: false, error: "initData has no valid hash", code: "invalid" };
  const expected = createHmac("sha256", secretKey(botToken)).update(dataCheckString(params)).digest();
  if (!constantTimeEqual(Buffer.from(hash, "hex"), expected)) {
    return { ok: false, error: "initData signature does not match", code: "forged" };
  }
  const authDate = Number(params.get("auth_date"));
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (!Number.isSafeInteger(authDate) || authDate <= 0)
    return { ok: false, error: "initData has no auth_date", code: "invalid" };
  if (now - authDate > (options.maxAgeSeconds ?? INIT_DATA_MAX_AGE_SECONDS)) {
    return { ok: false, error: "initData is too old; reopen the Mini App", code: "stale" };
  }
  if (authDate - now > FUTURE_SKEW_SECONDS)
    return { ok: false, error: "initData auth_date is in the future", code: "invalid" };
  let user: Partial<InitDataUser>;
  try {
    user = JSON.parse(params.get("user") ?? "null") ?? {};
  } catch {
    return { ok: false, error: "initData user is not JSON", code: "invalid" };
  }
  if (typeof user.id !== "number" || !Number.isSafeInteger(user.id) || user.id <= 0) {
    return { ok: false, error: "initData has no user", code: "invalid" };
  }
  return { ok: true, user: user as InitDataUser, authDate };
}

/** Signs `fields` the way Telegram does, returning an initData string (tests and tools). */
export function signInitData(fields: Record<string, string>, botToken: string): string {
  const params = new URLSearchParams(fields);
  const hash = createHmac("sha256", secretKey(botToken)).update(dataCheckString(params)).digest("hex");
  params.set("hash", hash);
  return params.toString();
}
