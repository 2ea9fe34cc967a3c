/**
 * Shows generation progress in Telegram: one status message edited through queued → running →
 * done, then the photo or video. Media goes by URL when Telegram can fetch it itself (photos ≤5 MB,
 * other files ≤20 MB, spec B4); larger files, or URLs Telegram fails to fetch, are downloaded and
 * uploaded (≤50 MB; photos over 10 MB go as documents); anything bigger is sent as a link.
 */
import { type Api, InlineKeyboard, InputFile } from "grammy";
import type { GenerationOutput } from "../../engines/generation/catalog.ts";
import type { Logger } from "../../observability/logger.ts";
import type { GenerationNotifier, JobView, ProgressStage } from "../../services/generation/types.ts";
import { isNotModified } from "../telegram-send.ts";

const MB = 1024 * 1024;

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The status text of a job at a stage. */
export function statusText(job: JobView, line: string): string {
  return `${job.kind === "video" ? "🎬" : "🎨"} ${job.model.name}\n“${short(job.prompt, 300)}”\n\n${line}`;
}

const STAGE_LINES: Record<ProgressStage, (pos?: number) => string> = {
  submitted: () => "⏳ Sent to the studio…",
  queued: (pos) => (pos !== undefined ? `⏳ In the queue — position ${pos + 1}` : "⏳ In the queue…"),
  running: () => "🖌 Creating it now…",
};

async function download(url: string, maxBytes: number): Promise<Buffer> {
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!res.ok) throw new Error(`download failed: HTTP ${res.status}`);
  if (Number(res.headers.get("content-length") ?? 0) > maxBytes) throw new Error("file too large");
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > maxBytes) throw new Error("file too large");
  return bytes;
}

/** Creates the notifier; `api` is read lazily because the bot is built after the services. */
export function createTelegramNotifier(api: () => Api, logger: Logger): GenerationNotifier {
  async function show(job: JobView, text: string, cancelable: boolean): Promise<void> {
    const markup = cancelable ? new InlineKeyboard().text("✖ Cancel", `g:x:${job.id}`) : undefined;
    if (job.statusMessageId) {
      try {
        await api().editMessageText(job.chatId, job.statusMessageId, text, { reply_markup: markup });
        return;
      } catch (err) {
        if (isNotModified(err)) return;
        logger.debug({ err, job: job.id }, "status edit failed; sending a new message");
      }
    }
    await api().sendMessage(job.chatId, text, { reply_markup: markup });
  }

  async function sendMedia(job: JobView, out: GenerationOutput): Promise<void> {
    const caption = short(job.prompt, 1000);
    const isPhoto = out.kind === "image";
    const urlLimit = isPhoto ? 5 * MB : 20 * MB;
    const byUpload = async () => {
      const bytes = await download(out.url, 50 * MB);
      const name = isPhoto ? "image.jpg" : "video.mp4";
      const file = new InputFile(bytes, name);
      if (!isPhoto) await api().sendVideo(job.chatId, file, { caption, supports_streaming: true });
      else if (bytes.length > 10 * MB) await api().sendDocument(job.chatId, file, { caption });
      else await api().sendPhoto(job.chatId, file, { caption });
    };
    if (out.fileSize !== undefined && out.fileSize > 50 * MB) {
      await api().sendMessage(
        job.chatId,
        `Your ${out.kind} is too large for Telegram — here it is: ${out.url}`,
      );
      return;
    }
    if (out.fileSize !== undefined && out.fileSize > urlLimit) return byUpload();
    try {
      if (isPhoto) await api().sendPhoto(job.chatId, out.url, { caption });
      else await api().sendVideo(job.chatId, out.url, { caption, supports_streaming: true });
    } catch (err) {
      // Telegram could not fetch the URL (too big, slow, unknown size): upload it ourselves.
      logger.info({ err: (err as Error).message, job: job.id }, "send by URL failed; uploading");
      await byUpload();
    }
  }

  return {
    progress: (job, stage, pos) => show(job, statusText(job, STAGE_LINES[stage](pos)), true),
    async delivered(job, out) {
      await show(job, statusText(job, `✅ Done — ${job.cost} credits used.`), false).catch((err) =>
        logger.warn({ err }, "status edit failed"),
      );
      try {
        await sendMedia(job, out);
      } catch (err) {
        logger.error({ err, job: job.id }, "media delivery failed; sending the link");
        await api().sendMessage(job.chatId, `Your ${out.kind} is ready: ${out.url}`);
      }
    },
    failed: (job, text) => show(job, statusText(job, `❌ ${text}`), false),
  };
}
