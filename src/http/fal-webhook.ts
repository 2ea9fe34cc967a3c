/**
 * POST /fal/webhook: FAL's result callbacks. The Ed25519 signature over
 * `request_id \n user_id \n timestamp \n sha256(raw body)` is checked against FAL's JWKS (keys
 * cached for a day, refetched at most once a minute when no key matches, for key rotation);
 * timestamps more than 300 s away are refused as replays; duplicates are answered 200 and ignored.
 */
import { createHash, createPublicKey, type KeyObject, verify } from "node:crypto";
import type { Logger } from "../observability/logger.ts";
import { BodyTooLargeError, readBody } from "./body.ts";
import { sendJson } from "./respond.ts";
import type { RouteHandler } from "./server.ts";

export const FAL_WEBHOOK_PATH = "/fal/webhook";
const MAX_SKEW_S = 300;
const KEYS_TTL_MS = 24 * 3600_000;
const REFETCH_MIN_MS = 60_000;

/** Fetches and caches FAL's webhook public keys. */
export function createJwksCache(url: string, fetchImpl: typeof fetch = fetch) {
  let keys: KeyObject[] = [];
  let fetchedAt = 0;
  async function load(): Promise<KeyObject[]> {
    const res = await fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`JWKS fetch failed: HTTP ${res.status}`);
    const body = (await res.json()) as { keys?: { kty?: string; crv?: string; x?: string }[] };
    keys = (body.keys ?? [])
      .filter((k) => k.kty === "OKP" && k.crv === "Ed25519" && typeof k.x === "string")
      .map((k) => createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: k.x! }, format: "jwk" }));
    fetchedAt = Date.now();
    return keys;
  }
  return {
    /** Cached keys, loaded when missing or older than a day. */
    async get(): Promise<KeyObject[]> {
      return keys.length && Date.now() - fetchedAt < KEYS_TTL_MS ? keys : load();
    },
    /** Fresh keys, unless fetched within the last minute (so bad signatures cannot hammer FAL). */
    async refresh(): Promise<KeyObject[] | null> {
      return Date.now() - fetchedAt < REFETCH_MIN_MS ? null : load();
    },
  };
}

export type JwksCache = ReturnType<typeof createJwksCache>;

export type VerifyResult = { ok: true } | { ok: false; reason: string };

/** Verifies FAL's webhook headers and signature over the raw body. */
export async function verifyFalWebhook(
  headers: Record<string, string | string[] | undefined>,
  raw: Buffer,
  jwks: JwksCache,
  nowS = Math.floor(Date.now() / 1000),
): Promise<VerifyResult> {
  const h = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const requestId = h("x-fal-webhook-request-id");
  const userId = h("x-fal-webhook-user-id");
  const timestamp = h("x-fal-webhook-timestamp");
  const signature = h("x-fal-webhook-signature");
  if (!requestId || !userId || !timestamp || !signature) return { ok: false, reason: "missing headers" };
  const ts = Number(timestamp);
  if (!Number.isFinite(ts) || Math.abs(nowS - ts) > MAX_SKEW_S)
    return { ok: false, reason: "stale timestamp" };
  if (!/^[0-9a-f]+$/i.test(signature)) return { ok: false, reason: "malformed signature" };
  const digest = createHash("sha256").update(raw).digest("hex");
  const message = Buffer.from(`${requestId}\n${userId}\n${timestamp}\n${digest}`, "utf8");
  const sig = Buffer.from(signature, "hex");
  const matches = (keys: KeyObject[]) => keys.some((k) => verify(null, message, k, sig));
  if (matches(await jwks.get())) return { ok: true };
  const fresh = await jwks.refresh();
  if (fresh && matches(fresh)) return { ok: true };
  return { ok: false, reason: "bad signature" };
}

export interface FalWebhookDeps {
  jwks: JwksCache;
  /** `jobId` is the job named in the webhook URL's `job` parameter, when it has one. */
  handle(
    body: { request_id?: string; status?: string; payload?: unknown; error?: string },
    jobId?: string,
  ): Promise<string>;
}

/** The route handler: 401 on a bad or stale signature, 400 on a bad body, 200 otherwise. */
export function createFalWebhookHandler(deps: FalWebhookDeps): RouteHandler {
  return async (req, res, log: Logger) => {
    let raw: Buffer;
    try {
      raw = await readBody(req, 5 * 1024 * 1024);
    } catch (err) {
      if (err instanceof BodyTooLargeError) return sendJson(res, 413, { error: "too large" });
      throw err;
    }
    const verdict = await verifyFalWebhook(req.headers, raw, deps.jwks);
    if (!verdict.ok) {
      log.warn({ reason: verdict.reason }, "FAL webhook rejected");
      return sendJson(res, 401, { error: verdict.reason });
    }
    let body: { request_id?: string; status?: string; payload?: unknown; error?: string };
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      log.warn("FAL webhook body is not JSON");
      return sendJson(res, 400, { error: "invalid JSON" });
    }
    const jobId = new URL(req.url ?? "/", "http://local").searchParams.get("job") ?? undefined;
    const outcome = await deps.handle(body, jobId);
    log.info({ request_id: body.request_id, status: body.status, outcome }, "FAL webhook");
    // A webhook can beat our own write of the request id after submit: ask FAL to retry later.
    if (outcome === "unknown") return sendJson(res, 409, { error: "unknown request id, retry later" });
    sendJson(res, 200, { ok: true, outcome });
  };
}
