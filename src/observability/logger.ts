/**
 * pino JSON logs. Secrets never reach the output: bot tokens inside URLs and the usual credential
 * fields are redacted, whatever module logged them.
 */
import { type Logger, pino } from "pino";

export type { Logger };

const TOKEN_IN_TEXT = /bot\d+:[A-Za-z0-9_-]+/g;

/** Masks bot tokens embedded in strings (grammY error messages include request URLs). */
export function redactSecrets(text: string): string {
  return text.replace(TOKEN_IN_TEXT, "bot<redacted>");
}

/** Creates the root logger; children per update and per request are made where they start. */
export function createLogger(options: {
  level: string;
  name?: string;
  destination?: pino.DestinationStream;
}) {
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
    },
    options.destination,
  );
}
