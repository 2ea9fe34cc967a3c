/**
 * Fetching a file a user sent: `getFile` for its path, then the bytes from the Bot API's file URL.
 * That URL holds the bot token, so it is built here, used once, and never logged or passed on.
 */
import { type Api, GrammyError } from "grammy";
import { FileTooBigError } from "../services/speech/voice-notes.ts";
import type { BotContext } from "./context.ts";

/** The bytes of a Telegram file; throws FileTooBigError past the Bot API's limit or `maxBytes`. */
export async function downloadTelegramFile(
  api: Api,
  fileId: string,
  /** The download URL of a file path (it holds the bot token). */
  fileUrl: (filePath: string) => string,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<Uint8Array> {
  let filePath: string | undefined;
  try {
    filePath = (await api.getFile(fileId)).file_path;
  } catch (err) {
    // The Bot API refuses files over its 20 MB download limit with this description.
    if (err instanceof GrammyError && /file is too big/i.test(err.description)) throw new FileTooBigError();
    throw err;
  }
  if (!filePath) throw new Error("getFile returned no file_path");
  const res = await fetch(fileUrl(filePath), { signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`file download answered HTTP ${res.status}`);
  if (Number(res.headers.get("content-length") ?? 0) > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new FileTooBigError();
  }
  return new Uint8Array(await res.arrayBuffer());
}

/** Chat actions last 5 s: repeated every 4 s until the returned function is called. */
export function keepChatAction(ctx: BotContext, action: "typing" | "upload_photo" = "typing"): () => void {
  const send = () => void ctx.replyWithChatAction(action).catch(() => {});
  send();
  const timer = setInterval(send, 4_000);
  return () => clearInterval(timer);
}
