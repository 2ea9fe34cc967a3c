/** The one way HTTP routes answer with a whole body (JSON or text), so every answer carries the same headers. */
import type { ServerResponse } from "node:http";

/**
 * Writes `body` as JSON with `status`. Answers are never cached (they describe this moment: health,
 * tokens, errors); `headers` adds to or overrides the defaults (CORS, retry-after).
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(res, status, JSON.stringify(body), {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
}

/**
 * Writes a complete text body with its Content-Length. Declaring the length (instead of chunked
 * encoding) is what lets a HEAD request, whose body Node drops, get the same headers as the GET.
 */
export function sendText(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(body)) }).end(body);
}
