/**
 * pino logs: JSON lines for machines (a pipe, a file, a log collector), readable lines when stdout
 * is a terminal. Secrets never reach the output: bot tokens inside URLs and the usual credential
 * fields are redacted, whatever module logged them.
 */
import { writeSync } from "node:fs";
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

/**
 * stdout through pino-pretty: one coloured line per entry with its fields below, for a person
 * watching `npm start` in a terminal. pino-pretty is imported only here, so a service whose output
 * goes to a pipe or a collector never loads it. Until the import resolves (a few milliseconds)
 * lines wait in order; if the process exits first they are written as JSON rather than lost.
 */
function terminalDestination(): pino.DestinationStream {
  let target: pino.DestinationStream | undefined;
  const waiting: string[] = [];
  const flushAsJson = () => {
    if (!target && waiting.length) writeSync(1, waiting.splice(0).join(""));
  };
  process.once("exit", flushAsJson);
  void import("pino-pretty")
    .then(
      ({ default: pretty }) => {
        target = pretty({
          colorize: true,
          translateTime: "SYS:HH:MM:ss.l",
          ignore: "pid,hostname",
          sync: true,
        });
      },
      () => {
        target = pino.destination(1);
      },
    )
    .finally(() => {
      process.off("exit", flushAsJson);
      for (const line of waiting.splice(0)) target?.write(line);
    });
  return {
    write(line: string) {
      if (target) target.write(line);
      else waiting.push(line);
    },
  };
}

/** Creates the root logger; children per update and per request are made where they start. */
export function createLogger(options: {
  level: string;
  name?: string;
  /** Where lines go; default stdout, as JSON, or readable lines when stdout is a terminal. */
  destination?: pino.DestinationStream;
  /** Secret values that must never appear in a log line (bot token, FAL key, JWT secret). */
  secrets?: (string | undefined)[];
  /** Readable lines instead of JSON on stdout; default: when stdout is a terminal (TTY). */
  pretty?: boolean;
}) {
  const pretty = options.destination === undefined && (options.pretty ?? process.stdout.isTTY === true);
  const sink = options.destination ?? (pretty ? terminalDestination() : pino.destination(1));
  const destination = scrubbingDestination(sink, options.secrets ?? []);
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
