/**
 * Response hardening shared by every HTTP route: security headers set before any handler runs
 * (a handler's own headers, e.g. the live page's CSP, take precedence), the optional bearer
 * token that keeps /metrics private when the port is reachable from outside, and the constant-time
 * comparison every secret check uses.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** A JSON API and health endpoints need no scripts, frames or referrers at all. */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "content-security-policy": DEFAULT_CSP,
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

/**
 * Sent only when the service's public URL is https: browsers then refuse plain http to this host
 * for a year, so a downgrade on a hostile network cannot strip TLS. On a plain-http deployment the
 * header would be ignored at best and would lock out the host's http users at worst.
 */
export const HSTS = "max-age=31536000; includeSubDomains";

/** Sets the security headers on a response; headers passed later to writeHead override them. */
export function applySecurityHeaders(res: ServerResponse, options: { hsts?: boolean } = {}): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (options.hsts) res.setHeader("strict-transport-security", HSTS);
}

/**
 * Compares a secret someone sent with the expected one in time that does not depend on where they
 * first differ, so response timing cannot be used to guess the secret byte by byte. Only the
 * length can leak, and secrets here have a fixed, public length anyway.
 */
export function constantTimeEqual(given: string | Buffer | undefined, expected: string | Buffer): boolean {
  if (given === undefined) return false;
  const a = Buffer.isBuffer(given) ? given : Buffer.from(given);
  const b = Buffer.isBuffer(expected) ? expected : Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when no token is configured, or the request carries `Authorization: Bearer <token>`. */
export function bearerAuthorized(req: IncomingMessage, token: string | undefined): boolean {
  if (!token) return true;
  const header = req.headers.authorization;
  if (typeof header !== "string" || !header.startsWith("Bearer ")) return false;
  return constantTimeEqual(header.slice("Bearer ".length).trim(), token);
}

/**
 * Telegram's web clients show a Mini App in a frame (Telegram Web A and K on web.telegram.org, and
 * the older webk/webz hosts), and Telegram publishes no list of them, so these are the origins the
 * community's configurations name. Native clients use a web view, which frame-ancestors never sees.
 */
export const TELEGRAM_FRAME_ANCESTORS = [
  "https://web.telegram.org",
  "https://webk.telegram.org",
  "https://webz.telegram.org",
] as const;

/**
 * The Mini App's pages: its own scripts and styles only (inline style attributes, which the UI and
 * the Telegram bridge set), images and videos from anywhere over https (creations live on the
 * generation provider's storage; plain http too on a plain-http deployment), WebSocket and API
 * calls to this host, and framing by Telegram's web clients alone. Every other route keeps
 * DEFAULT_CSP and `X-Frame-Options: DENY`.
 */
export function miniAppCsp(options: { wsOrigins: string[]; plainHttpMedia: boolean }): string {
  const media = `'self' data: blob: https:${options.plainHttpMedia ? " http:" : ""}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${media}`,
    `media-src ${media}`,
    `connect-src 'self' ${options.wsOrigins.join(" ")}`.trim(),
    "font-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors 'self' ${TELEGRAM_FRAME_ANCESTORS.join(" ")}`,
  ].join("; ");
}

/** Makes a response framable by Telegram's web clients (the Mini App's pages only). */
export function allowTelegramFraming(
  res: ServerResponse,
  options: { wsOrigins: string[]; plainHttpMedia: boolean },
): void {
  res.removeHeader("x-frame-options");
  res.setHeader("content-security-policy", miniAppCsp(options));
  // The page is embedded by another origin; its own subresources stay same-origin.
  res.setHeader("cross-origin-resource-policy", "cross-origin");
}
