/**
 * How a REST endpoint under /api is declared: method, path, zod schemas for its path parameters,
 * query, body and answer, and a handler that receives them parsed. The same declarations produce
 * the HTTP routes (Bearer token check, per-user rate limit, validation, errors as JSON) and the
 * OpenAPI document (openapi.ts), so the two cannot drift apart.
 */
import type { IncomingMessage } from "node:http";
import { z } from "zod";
import type { CacheBus } from "../cache/types.ts";
import { BodyTooLargeError, readBody } from "../http/body.ts";
import { sendJson } from "../http/respond.ts";
import type { RouteHandler } from "../http/server.ts";
import type { Logger } from "../observability/logger.ts";
import type { VerifyResult } from "../ws/jwt.ts";

import { ApiError } from "./error.ts";

export { ApiError } from "./error.ts";

export const errorSchema = z
  .object({
    error: z.string().describe("What went wrong, in English"),
    code: z.string().describe("A stable code: unauthorized, invalid_request, not_found, rate_limited, …"),
  })
  .meta({ id: "Error" });

/** What a handler is given. */
export interface ApiCall<P, Q, B> {
  userId: number;
  params: P;
  query: Q;
  body: B;
  req: IncomingMessage;
  log: Logger;
}

export interface Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** With `:name` segments, e.g. /api/memories/:id. */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Status of a success (200 unless said). */
  status?: number;
  /** Error statuses this endpoint may answer besides 400, 401 and 429. */
  errors?: number[];
  handler(call: ApiCall<z.output<P>, z.output<Q>, z.output<B>>): Promise<z.input<R>>;
}

/** Declares an endpoint (keeps the schemas' types flowing into the handler). */
export function endpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  e: Endpoint<P, Q, B, R>,
): Endpoint {
  return e as unknown as Endpoint;
}

export interface ApiDeps {
  verify(token: string): VerifyResult;
  cache: CacheBus;
  /** Requests per user per minute across the whole API. */
  perMinute: number;
  /** Largest JSON body accepted. */
  maxBody: number;
}

const bearer = (req: IncomingMessage) => /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];

/** "memories.0.text: Too big" — the first problem of a failed parse, for the error message. */
function describe(where: string, error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where} ${path}${issue.message}`;
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.output<T> {
  if (!schema) return undefined as z.output<T>;
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, "invalid_request", describe(where, result.error));
  return result.data;
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  let raw: Buffer;
  try {
    raw = await readBody(req, limit);
  } catch (err) {
    if (err instanceof BodyTooLargeError)
      throw new ApiError(413, "too_large", `body larger than ${limit} bytes`);
    throw err;
  }
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new ApiError(400, "invalid_request", "body is not JSON");
  }
}

/** Turns endpoints into HTTP routes ("METHOD /path" → handler). */
export function apiRoutes(deps: ApiDeps, endpoints: Endpoint[]): Record<string, RouteHandler> {
  const routes: Record<string, RouteHandler> = {};
  for (const e of endpoints) {
    routes[`${e.method} ${e.path}`] = async (req, res, log, ctx) => {
      try {
        const token = bearer(req);
        if (!token) throw new ApiError(401, "unauthorized", "send Authorization: Bearer <token>");
        const verified = deps.verify(token);
        if (!verified.ok) throw new ApiError(401, "unauthorized", verified.error);
        const userId = Number(verified.claims.sub);
        const limit = await deps.cache.rateLimit(`api:rl:${userId}`, deps.perMinute, 60_000);
        if (!limit.allowed) {
          res.setHeader("retry-after", String(Math.ceil(limit.retryAfterMs / 1000)));
          throw new ApiError(429, "rate_limited", `at most ${deps.perMinute} requests a minute`);
        }
        const url = new URL(req.url ?? "/", "http://localhost");
        const params = parse(e.params, ctx.params, "path");
        const query = parse(e.query, Object.fromEntries(url.searchParams), "query");
        const body = e.body ? parse(e.body, await readJson(req, deps.maxBody), "body") : undefined;
        const result = await e.handler({
          userId,
          params,
          query,
          body,
          req,
          log: log.child({ user_id: userId }),
        });
        sendJson(res, e.status ?? 200, result);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if (err.status >= 500) log.warn({ code: err.code, err: err.message }, "api request failed");
        else log.info({ code: err.code, status: err.status, reason: err.message }, "api request refused");
        if (err.status === 401) res.setHeader("www-authenticate", 'Bearer realm="velro"');
        sendJson(res, err.status, { error: err.message, code: err.code });
      }
    };
  }
  return routes;
}
