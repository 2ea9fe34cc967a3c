/**
 * HTTP routes of the live-status feature: the Mini App token exchange and the live page.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { z } from "zod";
import { assetUrl } from "../assets.ts";
import type { CacheBus } from "../cache/types.ts";
import { BodyTooLargeError, readBody } from "../http/body.ts";
import { sendJson as json, sendText } from "../http/respond.ts";
import type { RouteHandler } from "../http/server.ts";
import { type BotI18n, createI18n } from "../i18n/index.ts";
import { type InitDataUser, validateInitData } from "./init-data.ts";
import { livePages, pageLocale } from "./live-page.ts";
import type { TokenIssuer } from "./tokens.ts";

const MAX_AUTH_BODY = 8 * 1024;
const AUTH_PER_MINUTE = 30;
const authBody = z.object({ initData: z.string().min(1).max(MAX_AUTH_BODY) });

export interface LiveRoutesDeps {
  botToken: string;
  tokens: TokenIssuer;
  cache: CacheBus;
  /** Origins allowed to call the auth endpoint from a browser (a Mini App hosted elsewhere). */
  corsOrigins: string[];
  /** The languages of the live page (English only when unset). */
  i18n?: BotI18n;
  /** Called with the Telegram user of a valid sign-in, before the token is issued (registers them). */
  onSignIn?(user: InitDataUser): Promise<void>;
}

function corsHeaders(req: IncomingMessage, allowed: string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !(allowed.includes(origin) || allowed.includes("*"))) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "POST, OPTIONS",
    "access-control-allow-headers": "content-type",
    "access-control-max-age": "600",
    vary: "Origin",
  };
}

/** The origin the client used, for URLs in replies when PUBLIC_URL is unset. */
function requestOrigin(req: IncomingMessage): string | undefined {
  const host = req.headers.host;
  if (!host || !/^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host)) return undefined;
  const proto = req.headers["x-forwarded-proto"] === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

/** Builds the routes: POST /api/auth/telegram (+ CORS preflight) and GET /live-status. */
export function liveRoutes(deps: LiveRoutesDeps): Record<string, RouteHandler> {
  const i18n = deps.i18n ?? createI18n();
  const page = livePages(i18n, readFileSync(assetUrl("ws/live-status.html"), "utf8"));
  return {
    "POST /api/auth/telegram": async (req, res, log, { clientIp }) => {
      const cors = corsHeaders(req, deps.corsOrigins);
      // Behind a load balancer this is the client X-Forwarded-For names (TRUST_PROXY), so each
      // user has a bucket of their own instead of sharing the balancer's.
      const limit = await deps.cache.rateLimit(`ws:auth:${clientIp}`, AUTH_PER_MINUTE, 60_000);
      if (!limit.allowed) {
        const retry = String(Math.ceil(limit.retryAfterMs / 1000));
        return json(res, 429, { error: "too many token requests" }, { ...cors, "retry-after": retry });
      }
      let body: unknown;
      try {
        body = JSON.parse((await readBody(req, MAX_AUTH_BODY)).toString("utf8"));
      } catch (err) {
        if (err instanceof BodyTooLargeError) {
          return json(res, 413, { error: `body larger than ${MAX_AUTH_BODY} bytes` }, cors);
        }
        return json(res, 400, { error: 'body must be JSON: {"initData": "…"}' }, cors);
      }
      const parsed = authBody.safeParse(body);
      if (!parsed.success) return json(res, 400, { error: 'body must be JSON: {"initData": "…"}' }, cors);
      const result = validateInitData(parsed.data.initData, deps.botToken);
      if (!result.ok) {
        log.info({ reason: result.error }, "mini app initData refused");
        return json(res, 401, { error: result.error, code: result.code }, cors);
      }
      await deps.onSignIn?.(result.user);
      const issued = deps.tokens.issue(result.user.id, requestOrigin(req));
      log.info({ user_id: result.user.id }, "issued a live-status token for a mini app");
      return json(
        res,
        200,
        { token: issued.token, expires_at: issued.expiresAt.toISOString(), ws_url: issued.wsUrl },
        cors,
      );
    },
    "OPTIONS /api/auth/telegram": (req, res) => {
      const cors = corsHeaders(req, deps.corsOrigins);
      res.writeHead(Object.keys(cors).length ? 204 : 403, cors).end();
    },
    "GET /live-status": (req, res) => {
      const lang = new URL(req.url ?? "/", "http://localhost").searchParams.get("lang");
      const locale = pageLocale(i18n, lang, req.headers["accept-language"]);
      sendText(res, 200, page(locale), {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-cache",
        vary: "accept-language",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "content-security-policy":
          "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      });
    },
  };
}
