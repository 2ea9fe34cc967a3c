/**
 * Minimal HS256 JSON Web Tokens over node:crypto. The WebSocket server only needs to issue and check
 * short-lived tokens it signed itself, so a dependency would add surface without adding safety:
 * the algorithm is fixed (no `alg` negotiation, so no "none" or RS/HS confusion) and signatures are
 * compared in constant time.
 */
import { createHmac, randomBytes } from "node:crypto";
import { constantTimeEqual } from "../http/security.ts";

export interface TokenClaims {
  /** Telegram user id, as a string (JWT convention). */
  sub: string;
  /** True when the user was an admin when the token was issued. */
  adm: boolean;
  iat: number;
  exp: number;
}

/** Why a token was refused; the WS close reason and the HTTP error text come from this. */
export type TokenError = "invalid token" | "token expired";

export type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; error: TokenError };

const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
// Tokens ride in URLs and headers; anything longer than this is not one of ours.
const MAX_TOKEN_LENGTH = 2048;

const sign = (secret: string, input: string) => createHmac("sha256", secret).update(input).digest();

/** Generates a random secret for processes started without JWT_SECRET. */
export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Signs a token for `userId` valid for `ttlSeconds` from `now` (ms). */
export function signToken(
  secret: string,
  input: { userId: number; admin: boolean; ttlSeconds: number; now?: number },
): { token: string; claims: TokenClaims } {
  const iat = Math.floor((input.now ?? Date.now()) / 1000);
  const claims: TokenClaims = {
    sub: String(input.userId),
    adm: input.admin,
    iat,
    exp: iat + input.ttlSeconds,
  };
  const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
  return { token: `${body}.${sign(secret, body).toString("base64url")}`, claims };
}

/** Verifies signature, header and expiry; never throws. */
export function verifyToken(secret: string, token: string, now = Date.now()): VerifyResult {
  const invalid: VerifyResult = { ok: false, error: "invalid token" };
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return invalid;
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== HEADER) return invalid;
  const given = Buffer.from(parts[2]!, "base64url");
  const expected = sign(secret, `${parts[0]}.${parts[1]}`);
  if (!constantTimeEqual(given, expected)) return invalid;
  let claims: Partial<TokenClaims>;
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8"));
  } catch {
    return invalid;
  }
  if (
    typeof claims !== "object" ||
    claims === null ||
    typeof claims.sub !== "string" ||
    !/^\d{1,16}$/.test(claims.sub) ||
    typeof claims.exp !== "number" ||
    typeof claims.iat !== "number"
  ) {
    return invalid;
  }
  if (claims.exp * 1000 <= now) return { ok: false, error: "token expired" };
  return {
    ok: true,
    claims: { sub: claims.sub, adm: claims.adm === true, iat: claims.iat, exp: claims.exp },
  };
}
