/**
 * Issues live-status tokens and says where to use them. The bot's /token command and the Mini App
 * exchange both come here, so a token always carries the same claims and the same URLs.
 */
import { signToken } from "./jwt.ts";

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  /** Where to connect, e.g. wss://bot.example.com/ws. */
  wsUrl: string;
  /** The live page, with the token in the fragment (never sent to a server or logged). */
  pageUrl: string;
}

export interface TokenIssuerDeps {
  secret: string;
  ttlSeconds: number;
  adminIds: ReadonlySet<number>;
  /** PUBLIC_URL, when the service is reachable under a public address. */
  publicUrl?: string;
  /** The address the server listens on, the fallback for URLs without PUBLIC_URL. */
  listening: () => { host: string; port: number };
}

function joinPath(base: URL, path: string): URL {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${path}`;
  url.search = "";
  url.hash = "";
  return url;
}

/** Creates the token issuer. */
export function createTokenIssuer(deps: TokenIssuerDeps) {
  const baseUrl = (origin?: string): URL => {
    if (deps.publicUrl) return new URL(deps.publicUrl);
    if (origin) return new URL(origin);
    const { host, port } = deps.listening();
    const name = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
    return new URL(`http://${name}:${port}`);
  };
  return {
    /** Signs a token for a Telegram user; `origin` (an http(s) origin) is used when PUBLIC_URL is unset. */
    issue(userId: number, origin?: string): IssuedToken {
      const { token, claims } = signToken(deps.secret, {
        userId,
        admin: deps.adminIds.has(userId),
        ttlSeconds: deps.ttlSeconds,
      });
      const base = baseUrl(origin);
      const ws = joinPath(base, "/ws");
      ws.protocol = base.protocol === "https:" ? "wss:" : "ws:";
      const page = joinPath(base, "/live-status");
      page.hash = `token=${token}`;
      return {
        token,
        expiresAt: new Date(claims.exp * 1000),
        wsUrl: ws.toString(),
        pageUrl: page.toString(),
      };
    },
    ttlSeconds: deps.ttlSeconds,
  };
}

export type TokenIssuer = ReturnType<typeof createTokenIssuer>;
