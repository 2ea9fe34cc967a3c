/**
 * pino JSON logs. Secrets never reach the output: bot tokens inside URLs and the usual credential
 * fields are redacted, whatever module logged them.
 */
import { type Logger, pino } from "pino";
import { currentCorrelationId } from "./correlation.ts";

export type { Logger };

const TOKEN_IN_TEXT = /bot\d+:[A-Za-z0-9_-]+/g;
// Any JWT (live-status tokens, FAL webhook tokens): three base64url parts, the first a JSON header.
const JWT_IN_TEXT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BARE_BOT_TOKEN = /\b\d{5,}:[A-Za-z0-9_-]{30,}\b/g;

/** Masks bot tokens and JWTs embedded in strings (grammY error messages include request URLs). */
export function redactSecrets(text: string): string {
  return text
    .replace(TOKEN_IN_TEXT, "bot<redacted>")
    .replace(JWT_IN_TEXT, "<redacted-jwt>")
    .replace(BARE_BOT_TOKEN, "<redacted>");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Wraps a destination so every finished log line is scrubbed of the given secret values (bot
 * token, FAL key, JWT secret …) and of token-shaped text, wherever a module put them: a field
 * name the redact paths do not know, an error message, a URL. Runs on the serialized line, so
 * nothing can slip past it.
 */
export function scrubbingDestination(
  destination: pino.DestinationStream,
  secrets: (string | undefined)[],
): pino.DestinationStream {
  const literal = secrets.filter((s): s is string => typeof s === "string" && s.length >= 8);
  // JSON escaping cannot change these values (no quotes or backslashes in tokens and keys).
  const pattern = literal.length ? new RegExp(literal.map(escapeRegExp).join("|"), "g") : null;
  return {
    write(line: string) {
      const masked = redactSecrets(pattern ? line.replace(pattern, "<redacted>") : line);
      destination.write(masked);
    },
  };
}

/** Creates the root logger; children per update and per request are made where they start. */
export function createLogger(options: {
  level: string;
  name?: string;
  destination?: pino.DestinationStream;
  /** Secret values that must never appear in a log line (bot token, FAL key, JWT secret). */
  secrets?: (string | undefined)[];
}) {
  const destination = scrubbingDestination(options.destination ?? pino.destination(1), options.secrets ?? []);
  return pino(
    {
      name: options.name ?? "velro",
      level: options.level,
      redact: {
        paths: [
          "token",
          "botToken",
          "apiKey",
          "authorization",
          "headers.authorization",
          'headers["x-telegram-bot-api-secret-token"]',
          "*.token",
          "*.apiKey",
          "*.secret",
          "falKey",
          "*.falKey",
          "jwtSecret",
          "*.jwtSecret",
          "initData",
          "*.initData",
          "headers.cookie",
          'headers["x-fal-webhook-signature"]',
        ],
        censor: "<redacted>",
      },
      serializers: {
        err: (err: unknown) => {
          const s = pino.stdSerializers.err(err as Error);
          if (s && typeof s.message === "string") s.message = redactSecrets(s.message);
          if (s && typeof s.stack === "string") s.stack = redactSecrets(s.stack);
          return s;
        },
      },
      formatters: { level: (label) => ({ level: label }) },
      // The update or request this line belongs to (src/observability/correlation.ts).
      mixin: () => {
        const cid = currentCorrelationId();
        return cid ? { cid } : {};
      },
    },
    destination,
  );
}
