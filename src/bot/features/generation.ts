/**
 * /imagine, /video, /edit (reply to a photo), /models, /balance, /history, and natural requests
 * ("draw me a fox in the snow") offered as a one-tap /imagine. A request first shows a picker
 * (model and aspect ratio as inline buttons, remembered per user); "Create" reserves the credits
 * and the same message becomes the job's status message. The work happens in GenerationService.
 */
import { randomBytes } from "node:crypto";
import { Composer, InlineKeyboard } from "grammy";
import type { CacheBus } from "../../cache/types.ts";
import { type Catalog, effectiveAspect, type ModelSpec } from "../../engines/generation/catalog.ts";
import { detectGenerationIntent } from "../../engines/generation/explain.ts";
import type { CreditsLedger } from "../../services/credits/ledger.ts";
import type { PreferenceStore } from "../../services/generation/preferences.ts";
import type { GenerationService } from "../../services/generation/service.ts";
import type { RequestOutcome } from "../../services/generation/types.ts";
import { truncate } from "../../util/text.ts";
import type { BotContext } from "../context.ts";
import { isNotModified } from "../telegram-send.ts";

export interface GenerationFeatureDeps {
  generation: GenerationService;
  ledger: CreditsLedger;
  catalog: Catalog;
  prefs: PreferenceStore;
  cache: CacheBus;
  /** Download URL of a Telegram file path (holds the bot token: never leaves this process). */
  fileUrl(filePath: string): string;
}

type Mode = "image" | "video" | "edit";

interface Pending {
  userId: number;
  chatId: number;
  mode: Mode;
  prompt: string;
  model: string;
  aspect?: string;
  photoFileId?: string;
}

/** A refusal in the user's language: `gen-refused-<reason>` with the refusal's numbers. */
export function refusalText(
  ctx: Pick<BotContext, "t">,
  outcome: Extract<RequestOutcome, { type: "refused" }>,
) {
  if (outcome.reason === "unavailable")
    return ctx.t(outcome.vars?.cause === "down" ? "gen-unavailable-down" : "gen-unavailable-not-configured");
  return ctx.t(`gen-refused-${outcome.reason.replace(/_/g, "-")}`, outcome.vars);
}

const PENDING_TTL_MS = 30 * 60_000;
const MAX_PHOTO_BYTES = 20 * 1024 * 1024;

/** The generation feature; install it before the chat feature so natural requests are seen first. */
export function generationFeature(deps: GenerationFeatureDeps) {
  const { catalog, cache } = deps;
  const composer = new Composer<BotContext>();
  const key = (id: string) => `gen:pending:${id}`;
  const load = async (id: string): Promise<Pending | null> => {
    const raw = await cache.get(key(id));
    return raw ? (JSON.parse(raw) as Pending) : null;
  };
  const save = (id: string, p: Pending) => cache.set(key(id), JSON.stringify(p), PENDING_TTL_MS);

  async function newPending(userId: number, chatId: number, mode: Mode, prompt: string, photo?: string) {
    const prefs = await deps.prefs.get(userId);
    const choices = catalog.choices(mode);
    const remembered = mode === "video" ? prefs.videoModel : mode === "image" ? prefs.imageModel : undefined;
    const model = choices.find((m) => m.key === remembered) ?? choices[0]!;
    const p: Pending = { userId, chatId, mode, prompt, model: model.key, aspect: prefs.aspectRatio };
    if (photo) p.photoFileId = photo;
    const id = randomBytes(6).toString("base64url");
    await save(id, p);
    return { id, p };
  }

  async function picker(ctx: BotContext, id: string, p: Pending) {
    const { t } = ctx;
    const model = catalog.get(p.model)!;
    const balance = await deps.ledger.balance(p.userId);
    const aspect = effectiveAspect(model, p.aspect);
    const text = [
      t(`gen-title-${p.mode}`),
      `“${p.prompt}”`,
      "",
      t("gen-picker-model", { model: model.name, credits: model.credits }),
      ...(aspect ? [t("gen-picker-aspect", { aspect })] : []),
      t("gen-picker-balance", { balance }),
    ].join("\n");
    const kb = new InlineKeyboard();
    const choices = catalog.choices(p.mode);
    if (choices.length > 1) {
      choices.forEach((m, i) => {
        kb.text(`${m.key === model.key ? "✓ " : ""}${m.name} · ${m.credits}`, `g:m:${id}:${m.key}`);
        if (i % 2 === 1) kb.row();
      });
      kb.row();
    }
    for (const r of model.aspectRatios.slice(0, 5)) kb.text(r === aspect ? `✓ ${r}` : r, `g:a:${id}:${r}`);
    if (model.aspectRatios.length) kb.row();
    kb.text(t("gen-button-create", { credits: model.credits }), `g:go:${id}`).text("✖", `g:no:${id}`);
    return { text, reply_markup: kb };
  }

  const argsOf = (ctx: BotContext) => (typeof ctx.match === "string" ? ctx.match.trim() : "");

  async function offer(ctx: BotContext, mode: Mode, prompt: string, photo?: string) {
    // No picker when creation is not set up at all (a passing outage is refused at "Create").
    if (!deps.generation.configured) return void (await ctx.reply(ctx.t("gen-unavailable-not-configured")));
    const { id, p } = await newPending(ctx.from!.id, ctx.chat!.id, mode, prompt, photo);
    const view = await picker(ctx, id, p);
    await ctx.reply(view.text, { reply_markup: view.reply_markup });
  }

  composer.command("imagine", async (ctx) => {
    const prompt = argsOf(ctx);
    if (!prompt) return void (await ctx.reply(ctx.t("gen-imagine-usage")));
    await offer(ctx, "image", prompt);
  });

  composer.command("video", async (ctx) => {
    const prompt = argsOf(ctx);
    if (!prompt) return void (await ctx.reply(ctx.t("gen-video-usage")));
    await offer(ctx, "video", prompt);
  });

  composer.command("edit", async (ctx) => {
    const msg = ctx.message!;
    const sizes = msg.photo ?? msg.reply_to_message?.photo;
    const prompt = argsOf(ctx);
    if (!sizes?.length) return void (await ctx.reply(ctx.t("gen-edit-usage")));
    if (!prompt) return void (await ctx.reply(ctx.t("gen-edit-prompt-missing")));
    await offer(ctx, "edit", prompt, sizes.at(-1)!.file_id);
  });

  composer.command("models", async (ctx) => {
    const lines = catalog.models.map((m) =>
      ctx.t("gen-models-line", {
        model: m.name,
        kind: m.kind,
        edit: m.edit ? "yes" : "no",
        credits: m.credits,
      }),
    );
    await ctx.reply([ctx.t("gen-models-title"), ...lines, "", ctx.t("gen-models-footer")].join("\n"));
  });

  composer.command("balance", async (ctx) => {
    const balance = await deps.ledger.balance(ctx.from!.id);
    await ctx.reply(ctx.t("gen-balance", { balance }));
  });

  composer.command("history", async (ctx) => {
    const jobs = await deps.generation.recent(ctx.from!.id, 10);
    if (!jobs.length) return void (await ctx.reply(ctx.t("gen-history-empty")));
    const icon: Record<string, string> = {
      completed: "✅",
      failed: "❌",
      pending: "⏳",
      queued: "⏳",
      running: "🖌",
    };
    const lines = jobs.map((j) => {
      const r = j.result as { images?: { url?: string }[]; video?: { url?: string } } | null;
      const url = r?.video?.url ?? r?.images?.[0]?.url;
      const name = catalog.get(j.model)?.name ?? j.model;
      const p = truncate(j.prompt, 60);
      const line = ctx.t("gen-history-line", {
        icon: icon[j.status] ?? "•",
        model: name,
        prompt: p,
        cost: j.cost,
        refunded: j.status === "failed" ? "yes" : "no",
      });
      return url ? `${line}\n   ${url}` : line;
    });
    await ctx.reply([ctx.t("gen-history-title"), ...lines].join("\n"), {
      link_preview_options: { is_disabled: true },
    });
  });

  // Natural requests in private chats become a one-tap offer instead of a chat reply.
  composer.on("message:text", async (ctx, next) => {
    if (ctx.chat.type !== "private" || ctx.message.text.startsWith("/")) return next();
    const intent = detectGenerationIntent(ctx.message.text);
    // Without creation set up, "draw me …" is just conversation.
    if (!intent || !deps.generation.configured) return next();
    const { id } = await newPending(ctx.from.id, ctx.chat.id, intent.kind, intent.prompt);
    const command = intent.kind === "video" ? "video" : "imagine";
    const label = `${intent.kind === "video" ? "🎬" : "🎨"} /${command} ${intent.prompt}`;
    await ctx.reply(ctx.t("gen-offer"), {
      reply_markup: new InlineKeyboard().text(truncate(label, 60), `g:nl:${id}`),
    });
  });

  composer.callbackQuery(/^g:(m|a|nl|go|no):([\w-]+)(?::(.+))?$/, async (ctx) => {
    const [, action, id, arg] = ctx.match as RegExpMatchArray;
    const p = await load(id!);
    if (!p || p.userId !== ctx.from.id) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t("gen-expired") }));
    }
    const edit = async (text: string, reply_markup?: InlineKeyboard) => {
      await ctx.editMessageText(text, { reply_markup }).catch((err) => {
        if (!isNotModified(err)) throw err;
      });
    };
    if (action === "no") {
      await cache.del(key(id!));
      await ctx.answerCallbackQuery();
      return edit(ctx.t("gen-cancelled"));
    }
    if (action === "m" && arg && catalog.choices(p.mode).some((m) => m.key === arg)) {
      p.model = arg;
      await deps.prefs.set(
        p.userId,
        p.mode === "video" ? { videoModel: arg } : p.mode === "image" ? { imageModel: arg } : {},
      );
    } else if (action === "a" && arg && catalog.get(p.model)?.aspectRatios.includes(arg)) {
      p.aspect = arg;
      await deps.prefs.set(p.userId, { aspectRatio: arg });
    }
    if (action !== "go") {
      await save(id!, p);
      await ctx.answerCallbackQuery();
      const view = await picker(ctx, id!, p);
      return edit(view.text, view.reply_markup);
    }
    // A double tap (a second update) must not start a second job; this same update handled again
    // after a crash carries on, and the idempotency key below makes it find the job it started.
    const update = String(ctx.update.update_id);
    if (await cache.claim(`gen:go:${id}`, PENDING_TTL_MS)) {
      await cache.set(`gen:go:${id}:by`, update, PENDING_TTL_MS);
    } else if ((await cache.get(`gen:go:${id}:by`)) !== update) {
      return void (await ctx.answerCallbackQuery());
    }
    // A re-run's query was answered by the first run, or is too old to answer: neither matters.
    await ctx
      .answerCallbackQuery({ text: ctx.t("gen-toast-on-it") })
      .catch((err) => ctx.log.debug({ err }, "could not answer the button press"));
    const model = catalog.get(p.model) as ModelSpec;
    await edit(ctx.t("gen-preparing", { model: model.name }));
    let photo: { bytes: Uint8Array; contentType: string; fileName: string } | undefined;
    if (p.photoFileId) {
      try {
        photo = await downloadPhoto(ctx, p.photoFileId);
      } catch (err) {
        ctx.log.warn({ err }, "photo download failed");
        return edit(ctx.t("gen-photo-download-failed"));
      }
    }
    const outcome = await deps.generation.request({
      userId: p.userId,
      chatId: p.chatId,
      kind: p.mode,
      modelKey: p.model,
      aspectRatio: p.aspect,
      prompt: p.prompt,
      photo,
      statusMessageId: ctx.callbackQuery.message?.message_id,
      idempotencyKey: `update:${update}`,
    });
    // The picker is used up only now, so that a re-run of this update still finds it.
    await cache.del(key(id!));
    if (outcome.type === "accepted" && outcome.repeated)
      ctx.log.info({ job: outcome.jobId }, "generation already started");
    if (outcome.type === "refused") {
      ctx.log.info({ reason: outcome.reason }, "generation refused");
      await edit(`🙅 ${refusalText(ctx, outcome)}`);
    }
  });

  composer.callbackQuery(/^g:x:(.+)$/, async (ctx) => {
    const cancelled = await deps.generation.cancel(ctx.match[1]!, ctx.from.id);
    await ctx.answerCallbackQuery({
      text: ctx.t(cancelled ? "gen-toast-cancelled" : "gen-toast-already-finished"),
    });
  });

  async function downloadPhoto(ctx: BotContext, fileId: string) {
    const file = await ctx.api.getFile(fileId);
    if (!file.file_path) throw new Error("no file_path");
    const res = await fetch(deps.fileUrl(file.file_path), { signal: AbortSignal.timeout(60_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_PHOTO_BYTES) throw new Error("photo too large");
    const png = bytes[0] === 0x89 && bytes[1] === 0x50;
    return {
      bytes,
      contentType: png ? "image/png" : "image/jpeg",
      fileName: png ? "photo.png" : "photo.jpg",
    };
  }

  return composer;
}
