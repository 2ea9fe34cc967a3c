/**
 * Serves the Mini App: its page at /app (framable by Telegram's web clients only, see
 * allowTelegramFraming), the bundle's hashed assets (cached for a year, gzip when the client takes
 * it) and each locale's messages (locales/<locale>/app.ftl). The bundle is built into dist/app by
 * `npm run build` (scripts/build-app.mjs); files are read once and kept, compressed, in memory.
 */
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { assetUrl } from "../assets.ts";
import { sendText } from "../http/respond.ts";
import { allowTelegramFraming } from "../http/security.ts";
import type { RouteHandler } from "../http/server.ts";
import { type BotI18n, LOCALES, LOCALES_DIR } from "../i18n/index.ts";
import { pageLocale } from "../ws/live-page.ts";

export interface MiniAppRoutesDeps {
  i18n: BotI18n;
  /** PUBLIC_URL: its host for the WebSocket's CSP, its path as a prefix of the app's URLs. */
  publicUrl?: string;
  /** Where the built app is (tests); by default dist/app beside the bundle or the sources. */
  appDir?: string;
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};
// Hashed asset names as Vite writes them; anything else (dots, slashes, "..") is not ours.
const ASSET_NAME = /^[\w-]+(\.[\w-]+)*\.(js|css|svg|png|webp|woff2|map)$/;

interface Loaded {
  body: Buffer;
  gzip?: Buffer;
  type: string;
}

/** The built app's folder: dist/app next to the bundle, or dist/app of the checkout when run from src. */
function findAppDir(): string | undefined {
  for (const candidate of ["app/", "../dist/app/"]) {
    const dir = fileURLToPath(assetUrl(candidate));
    if (existsSync(path.join(dir, "index.html"))) return dir;
  }
  return undefined;
}

function load(file: string, transform?: (text: string) => string): Loaded | undefined {
  if (!existsSync(file)) return undefined;
  let body = readFileSync(file);
  if (transform) body = Buffer.from(transform(body.toString("utf8")));
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  // Compressing only pays off for text of some size; images are compressed already.
  const gzip = body.length > 1024 && /text|json|svg/.test(type) ? gzipSync(body, { level: 9 }) : undefined;
  return { body, gzip, type };
}

function send(req: IncomingMessage, res: ServerResponse, file: Loaded, headers: Record<string, string>) {
  const gzip = file.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  sendText(res, 200, gzip ? file.gzip! : file.body, {
    "content-type": file.type,
    vary: "accept-encoding",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    ...headers,
  });
}

/** The origins the page's WebSocket may connect to: PUBLIC_URL's host, else the host asked for. */
function wsOrigins(req: IncomingMessage, publicUrl: string | undefined): string[] {
  if (publicUrl) {
    const url = new URL(publicUrl);
    return [`${url.protocol === "https:" ? "wss" : "ws"}://${url.host}`];
  }
  const host = req.headers.host;
  if (!host || !/^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host)) return [];
  return [`ws://${host}`, `wss://${host}`];
}

/** Builds the routes: GET /app, /app/, /app/assets/*, /app/i18n/:file. */
export function miniAppRoutes(deps: MiniAppRoutesDeps): Record<string, RouteHandler> {
  const prefix = deps.publicUrl ? new URL(deps.publicUrl).pathname.replace(/\/+$/, "") : "";
  const plainHttpMedia = !deps.publicUrl?.startsWith("https:");
  const files = new Map<string, Loaded | null>();
  let appDir = deps.appDir;

  const file = (name: string, transform?: (text: string) => string): Loaded | undefined => {
    appDir ??= findAppDir();
    if (!appDir) return undefined;
    if (!files.has(name)) files.set(name, load(path.join(appDir, name), transform) ?? null);
    return files.get(name) ?? undefined;
  };

  const page: RouteHandler = (req, res) => {
    allowTelegramFraming(res, { wsOrigins: wsOrigins(req, deps.publicUrl), plainHttpMedia });
    // Behind a path prefix (PUBLIC_URL=https://host/velro) the asset URLs carry it too.
    const index = file("index.html", (html) =>
      prefix ? html.replaceAll('"/app/', `"${prefix}/app/`) : html,
    );
    if (!index) {
      const locale = pageLocale(deps.i18n, null, req.headers["accept-language"]);
      sendText(res, 503, deps.i18n.t(locale)("app-not-built"), {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
      });
      return;
    }
    // The page names the current bundle, so it is revalidated; the bundle itself is immutable.
    send(req, res, index, { "cache-control": "no-cache" });
  };

  return {
    "GET /app": page,
    "GET /app/": page,
    "GET /app/assets/*": (req, res, _log, { params }) => {
      const name = params["*"] ?? "";
      const asset = ASSET_NAME.test(name) ? file(`assets/${name}`) : undefined;
      if (!asset) return sendText(res, 404, "not found", { "content-type": "text/plain; charset=utf-8" });
      send(req, res, asset, { "cache-control": "public, max-age=31536000, immutable" });
    },
    "GET /app/i18n/:file": (req, res, _log, { params }) => {
      const locale = /^(.+)\.ftl$/.exec(params.file ?? "")?.[1];
      const known = (LOCALES as readonly string[]).includes(locale ?? "") ? locale! : undefined;
      const key = `i18n:${known}`;
      if (known && !files.has(key)) files.set(key, load(path.join(LOCALES_DIR, known, "app.ftl")) ?? null);
      const messages = known ? files.get(key) : undefined;
      if (!messages) return sendText(res, 404, "not found", { "content-type": "text/plain; charset=utf-8" });
      send(req, res, messages, { "cache-control": "public, max-age=300" });
    },
  };
}
