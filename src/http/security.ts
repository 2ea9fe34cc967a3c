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
