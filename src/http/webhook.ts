/**
 * POST /telegram/webhook. The secret header is checked in constant time (401 otherwise), the body
 * is validated, and the update is stored in the durable intake before Telegram gets its 200: a
 * crash after that answer loses nothing. The reply itself is worked later, so a slow LLM never
 * holds the delivery (or triggers a redelivery). When the update cannot be stored the answer is
 * 503 and Telegram delivers it again.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import type { Logger } from "../observability/logger.ts";
import { BodyTooLargeError, readBody } from "./body.ts";
import { constantTimeEqual } from "./security.ts";

const MAX_UPDATE_BYTES = 1_048_576;

export interface WebhookDeps {
  secret: string;
  logger: Logger;
  /** Stores one update durably; resolves once Telegram may be told it arrived. */
  dispatch(update: Update): Promise<void>;
  /** When false (e.g. during shutdown, or the database is down) the webhook answers 503 so
   * Telegram redelivers later. */
  accepting(): boolean;
}

/** Creates the webhook request handler. */
export function createWebhookHandler(deps: WebhookDeps) {
  return async (req: IncomingMessage, res: ServerResponse, log: Logger) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(body);
    };
    const given = req.headers["x-telegram-bot-api-secret-token"];
    if (!constantTimeEqual(typeof given === "string" ? given : undefined, deps.secret)) {
      log.warn("webhook call with a wrong or missing secret token");
      return send(401, "secret token is wrong");
    }
    if (!deps.accepting()) return send(503, "not accepting updates right now");
    let update: Update;
    try {
      const raw = await readBody(req, MAX_UPDATE_BYTES);
      update = JSON.parse(raw.toString("utf8"));
    } catch (err) {
      if (err instanceof BodyTooLargeError) return send(413, "update too large");
      log.warn({ err: (err as Error).message }, "webhook body is not JSON");
      return send(400, "body must be a JSON Telegram Update");
    }
    if (typeof update !== "object" || update === null || !Number.isSafeInteger(update.update_id)) {
      log.warn("webhook body has no update_id");
      return send(400, "body must be a Telegram Update with a numeric update_id");
    }
    try {
      await deps.dispatch(update);
    } catch (err) {
      log.warn(
        { err, update_id: update.update_id },
        "could not store the update; Telegram will redeliver it",
      );
      return send(503, "could not store the update");
    }
    send(200, "");
  };
}
