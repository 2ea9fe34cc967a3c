/**
 * The REST API under /api (Bearer tokens from POST /api/auth/telegram or /token): who the user
 * is, the conversation so far, memories, creations, credits, persona and mood; and its OpenAPI
 * document at GET /api/openapi.json; teams and projects too when given. More areas add their
 * endpoint lists to `groups` below.
 */
import { z } from "zod";
import type { CacheBus } from "../cache/types.ts";
import { sendJson } from "../http/respond.ts";
import type { RouteHandler } from "../http/server.ts";
import { RTL_LOCALES } from "../i18n/index.ts";
import type { VerifyResult } from "../ws/jwt.ts";
import { type ApiServices, userLocale } from "./context.ts";
import { creationEndpoints } from "./creations.ts";
import { creditEndpoints } from "./credits.ts";
import { memoryEndpoints } from "./memories.ts";
import { type ExtraOperation, openApiDocument } from "./openapi.ts";
import { personaEndpoints } from "./persona.ts";
import { apiRoutes, type Endpoint, endpoint } from "./router.ts";
import { historyResponse, meResponse } from "./schemas.ts";
import { type TeamApiDeps, teamEndpoints } from "./teams.ts";

export type { ApiServices, MiniAppTelegram } from "./context.ts";

const HISTORY_TURNS = 60;

/** Who the user is, and the conversation so far (the same one as the Telegram private chat). */
function accountEndpoints(s: ApiServices): Endpoint[] {
  return [
    endpoint({
      method: "GET",
      path: "/api/me",
      summary: "Who you are to Velro: name, language, balance",
      tag: "account",
      response: meResponse,
      async handler({ userId }) {
        const [profile, locale, balance] = await Promise.all([
          s.repo.userProfile(userId),
          userLocale(s, userId),
          s.ledger.balance(userId),
        ]);
        return {
          user_id: userId,
          first_name: profile?.firstName ?? "",
          locale,
          rtl: (RTL_LOCALES as readonly string[]).includes(locale),
          balance,
          creations_enabled: s.generation.configured,
          bot_username: s.botUsername,
        };
      },
    }),
    endpoint({
      method: "GET",
      path: "/api/chat/history",
      summary: "The latest turns of your conversation with Velro (the private chat's)",
      tag: "account",
      response: historyResponse,
      async handler({ userId }) {
        const conversation = await s.repo.openConversation(userId);
        const turns = await s.repo.recentTurns(conversation, HISTORY_TURNS);
        return {
          messages: turns.map((t) => ({ id: String(t.id), role: t.role, text: t.content })),
        };
      },
    }),
  ];
}

/** The sign-in, served by the live-status routes, described here for the document. */
const signIn: ExtraOperation = {
  method: "POST",
  path: "/api/auth/telegram",
  summary: "Signs in with the Mini App's initData (checked against the bot token); gives the token",
  tag: "account",
  body: z.object({ initData: z.string().describe("Telegram.WebApp.initData, as it came") }),
  response: z.object({
    token: z.string(),
    expires_at: z.string(),
    ws_url: z.string().describe("Where the WebSocket is"),
  }),
  errors: [400, 401, 413, 429],
  public: true,
};

export interface ApiOptions {
  services: ApiServices;
  verify(token: string): VerifyResult;
  cache: CacheBus;
  /** Requests per user per minute (default 300: the app loads several lists per page). */
  perMinute?: number;
  /** Teams and projects (their endpoints are left out without them). */
  teams?: TeamApiDeps;
  /** Endpoint lists of other features. */
  extra?: Endpoint[];
}

/** The API's routes, the document's included. */
export function createApi(options: ApiOptions): Record<string, RouteHandler> {
  const s = options.services;
  const groups: Endpoint[] = [
    ...accountEndpoints(s),
    ...memoryEndpoints(s),
    ...creationEndpoints(s),
    ...creditEndpoints(s),
    ...personaEndpoints(s),
    ...(options.teams ? teamEndpoints(s, options.teams) : []),
    ...(options.extra ?? []),
  ];
  let document: string | undefined;
  return {
    ...apiRoutes(
      {
        verify: options.verify,
        cache: options.cache,
        perMinute: options.perMinute ?? 300,
        maxBody: 16 * 1024,
      },
      groups,
    ),
    "GET /api/openapi.json": (_req, res) => {
      document ??= JSON.stringify(
        openApiDocument({ version: s.version, endpoints: groups, extra: [signIn] }),
      );
      sendJson(res, 200, JSON.parse(document), { "cache-control": "public, max-age=300" });
    },
  };
}
