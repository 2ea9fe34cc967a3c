/**
 * The read-only page of a public project, `GET /p/<token>`: its images and videos and nothing
 * else (no names, ids, prompts or dates), in the reader's language (Accept-Language, or `?lang=`),
 * every value escaped. The token is unguessable and is revoked by a change of privacy; an unknown
 * or revoked one gets the same 404 as a path that never existed. The page runs no script, and its
 * CSP allows only its own style and media over http(s); Referrer-Policy: no-referrer (set for
 * every response) keeps the page's address from the media hosts.
 */
import { createHash } from "node:crypto";
import type { GenerationOutput } from "../engines/generation/catalog.ts";
import { type BotI18n, RTL_LOCALES, type Translate } from "../i18n/index.ts";
import { pageLocale } from "../ws/live-page.ts";
import { sendText } from "./respond.ts";
import type { RouteHandler } from "./server.ts";

export const PROJECT_PAGE_ROUTE = "GET /p/:token";

const STYLE =
  "body{margin:0;font:16px system-ui,sans-serif;background:#111;color:#eee}" +
  "header{padding:16px 20px}h1{margin:0;font-size:20px}p{margin:4px 0 0;color:#aaa}" +
  "main{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px;padding:0 20px 20px}" +
  "img,video{width:100%;border-radius:8px;background:#222;display:block}";
const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src https: http:",
  "media-src https: http:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** The page for a project's media (or the not-found page when `media` is null). */
export function renderProjectPage(t: Translate, locale: string, media: GenerationOutput[] | null): string {
  const dir = (RTL_LOCALES as readonly string[]).includes(locale) ? "rtl" : "ltr";
  const title = escapeHtml(t(media ? "project-page-title" : "project-page-missing-title"));
  const body = media
    ? [
        `<header><h1>${title}</h1><p>${escapeHtml(t("project-page-count", { count: media.length }))}</p></header>`,
        "<main>",
        ...media.map((m) => {
          const src = escapeHtml(m.url);
          return m.kind === "video"
            ? `<video src="${src}" controls preload="metadata" aria-label="${escapeHtml(t("project-page-video"))}"></video>`
            : `<img src="${src}" loading="lazy" alt="${escapeHtml(t("project-page-image"))}">`;
        }),
        "</main>",
      ].join("")
    : `<header><h1>${title}</h1><p>${escapeHtml(t("project-page-missing"))}</p></header>`;
  return (
    `<!doctype html><html lang="${escapeHtml(locale)}" dir="${dir}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${title}</title><style>${STYLE}</style></head><body>${body}</body></html>`
  );
}

/** The route: `page(token)` gives the media of a public project, or null for any other token. */
export function projectPageRoutes(deps: {
  page(token: string): Promise<GenerationOutput[] | null>;
  i18n: BotI18n;
}): Record<string, RouteHandler> {
  return {
    [PROJECT_PAGE_ROUTE]: async (req, res, _log, { params }) => {
      const lang = new URL(req.url ?? "/", "http://x").searchParams.get("lang");
      const locale = pageLocale(deps.i18n, lang, req.headers["accept-language"]);
      const media = await deps.page(params.token ?? "");
      sendText(res, media ? 200 : 404, renderProjectPage(deps.i18n.t(locale), locale, media), {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": CSP,
        // A page that can be revoked at any moment must not be kept by caches.
        "cache-control": "no-store",
        vary: "Accept-Language",
      });
    },
  };
}
