/**
 * The picker every creation starts from (/imagine, /video, /edit, /animate and their buttons): a
 * message showing the request with its model (and aspect ratio) as inline buttons, remembered per
 * user, and a "Create" button that reserves the credits; the same message then becomes the job's
 * status message. Pickers live in the cache for 30 minutes. A photo to edit or animate is fetched
 * from Telegram only at "Create", and goes on to FAL storage, never as a Telegram file URL.
 */
import { randomBytes } from "node:crypto";
import { Composer, GrammyError, InlineKeyboard } from "grammy";
import type { CacheBus } from "../../cache/types.ts";
import {
  type Catalog,
  DEFAULT_MOTION_PROMPT,
  effectiveAspect,
  type GenerationMode,
  type ModelSpec,
} from "../../engines/generation/catalog.ts";
import type { CreditsLedger } from "../../services/credits/ledger.ts";
import type { GenerationPrefs, PreferenceStore } from "../../services/generation/preferences.ts";
import type { GenerationService } from "../../services/generation/service.ts";
import type { RequestOutcome } from "../../services/generation/types.ts";
import type { BotContext } from "../context.ts";
import { isNotModified } from "../telegram-send.ts";

export interface GenerationPickerDeps {
  generation: GenerationService;
  ledger: CreditsLedger;
  catalog: Catalog;
  prefs: PreferenceStore;
  cache: CacheBus;
  /** Download URL of a Telegram file path (holds the bot token: never leaves this process). */
  fileUrl(filePath: string): string;
}

/** A photo a request works from, as Telegram names it. */
export interface PhotoSource {
  fileId: string;
  /** The creation the photo is, when it is one (provenance of what is made from it). */
  parentJobId?: string;
}

interface Pending {
  userId: number;
  chatId: number;
  mode: GenerationMode;
  /** Empty for an animation the user did not describe: the model gets DEFAULT_MOTION_PROMPT. */
  prompt: string;
  model: string;
  aspect?: string;
  photoFileId?: string;
  parentJobId?: string;
}

/** A refusal in the user's language: `gen-refused-<reason>` with the refusal's numbers. */
export function refusalText(
  ctx: Pick<BotContext, "t">,
  outcome: Extract<RequestOutcome, { type: "refused" }>,
) {
  if (outcome.reason === "unavailable")
    return ctx.t(outcome.vars?.cause === "down" ? "gen-unavailable-down" : "gen-unavailable-not-configured");
  if (outcome.reason === "photo_required" && outcome.vars?.mode === "animate")
    return ctx.t("gen-animate-usage");
  return ctx.t(`gen-refused-${outcome.reason.replace(/_/g, "-")}`, outcome.vars);
}

/** Telegram lets bots download files of up to 20 MB; FAL's image inputs take that much too. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
const PENDING_TTL_MS = 30 * 60_000;

/** Where each mode's model choice is remembered (photo edits have one model). */
const PREF_OF: Record<GenerationMode, keyof GenerationPrefs | undefined> = {
  image: "imageModel",
  video: "videoModel",
  animate: "animateModel",
  edit: undefined,
};

/** Why a photo could not be fetched for a request; each has its own answer. */
export class PhotoProblem extends Error {
  constructor(readonly reason: "too_big" | "not_image" | "download") {
    super(`photo problem: ${reason}`);
    this.name = "PhotoProblem";
  }
}

const PHOTO_PROBLEM_KEY: Record<PhotoProblem["reason"], string> = {
  too_big: "gen-photo-too-big",
  not_image: "gen-photo-not-image",
  download: "gen-photo-download-failed",
};

/** The image type of the bytes (the ones FAL's image inputs take), or null for anything else. */
export function imageTypeOf(bytes: Uint8Array): { contentType: string; fileName: string } | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { contentType: "image/jpeg", fileName: "photo.jpg" };
  if (ascii(1, 4) === "PNG") return { contentType: "image/png", fileName: "photo.png" };
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP")
    return { contentType: "image/webp", fileName: "photo.webp" };
  return null;
}

/** The picker: `offer` shows one, `composer` answers its buttons. */
export function createGenerationPicker(deps: GenerationPickerDeps) {
  const { catalog, cache } = deps;
  const composer = new Composer<BotContext>();
  const key = (id: string) => `gen:pending:${id}`;
  const load = async (id: string): Promise<Pending | null> => {
    const raw = await cache.get(key(id));
    return raw ? (JSON.parse(raw) as Pending) : null;
  };
  const save = (id: string, p: Pending) => cache.set(key(id), JSON.stringify(p), PENDING_TTL_MS);

  async function newPending(
    userId: number,
    chatId: number,
    mode: GenerationMode,
    prompt: string,
    photo?: PhotoSource,
  ) {
    const prefs = await deps.prefs.get(userId);
    const choices = catalog.choices(mode);
    const pref = PREF_OF[mode];
    const remembered = pref ? prefs[pref] : undefined;
    const model = choices.find((m) => m.key === remembered) ?? choices[0]!;
    const p: Pending = { userId, chatId, mode, prompt, model: model.key, aspect: prefs.aspectRatio };
    if (photo) p.photoFileId = photo.fileId;
    if (photo?.parentJobId) p.parentJobId = photo.parentJobId;
    const id = randomBytes(6).toString("base64url");
    await save(id, p);
    return { id, p };
  }

  async function view(ctx: BotContext, id: string, p: Pending) {
    const { t } = ctx;
    const model = catalog.get(p.model)!;
    const balance = await deps.ledger.balance(p.userId);
    const aspect = effectiveAspect(model, p.aspect);
    const described = p.prompt ? [`“${p.prompt}”`] : [t("gen-animate-natural-motion"), t("gen-animate-hint")];
    const text = [
      t(`gen-title-${p.mode}`),
      ...described,
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

  /** Shows a picker for a request (a refusal instead when creation is not set up at all). */
  async function offer(ctx: BotContext, mode: GenerationMode, prompt: string, photo?: PhotoSource) {
    // A passing outage is refused at "Create"; with creation not set up there is nothing to pick.
    if (!deps.generation.configured) return void (await ctx.reply(ctx.t("gen-unavailable-not-configured")));
    const { id, p } = await newPending(ctx.from!.id, ctx.chat!.id, mode, prompt, photo);
    const shown = await view(ctx, id, p);
    await ctx.reply(shown.text, { reply_markup: shown.reply_markup });
  }

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
      const pref = PREF_OF[p.mode];
      if (pref) await deps.prefs.set(p.userId, { [pref]: arg });
    } else if (action === "a" && arg && catalog.get(p.model)?.aspectRatios.includes(arg)) {
      p.aspect = arg;
      await deps.prefs.set(p.userId, { aspectRatio: arg });
    }
    if (action !== "go") {
      await save(id!, p);
      await ctx.answerCallbackQuery();
      const shown = await view(ctx, id!, p);
      return edit(shown.text, shown.reply_markup);
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
        const reason = err instanceof PhotoProblem ? err.reason : "download";
        ctx.log.warn({ err, reason, mode: p.mode }, "photo for a creation could not be used");
        // Nothing was reserved yet; the picker is used up so a retry starts from the photo again.
        await cache.del(key(id!));
        return edit(ctx.t(PHOTO_PROBLEM_KEY[reason]));
      }
    }
    const outcome = await deps.generation.request({
      userId: p.userId,
      chatId: p.chatId,
      kind: p.mode,
      modelKey: p.model,
      aspectRatio: p.aspect,
      prompt: p.prompt || (p.mode === "animate" ? DEFAULT_MOTION_PROMPT : ""),
      photo,
      parentJobId: p.parentJobId,
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

  /** Fetches a photo from Telegram and checks it is an image FAL can take. */
  async function downloadPhoto(ctx: BotContext, fileId: string) {
    let filePath: string | undefined;
    try {
      filePath = (await ctx.api.getFile(fileId)).file_path;
    } catch (err) {
      // The Bot API refuses files over its 20 MB download limit with this description.
      if (err instanceof GrammyError && /file is too big/i.test(err.description))
        throw new PhotoProblem("too_big");
      throw err;
    }
    if (!filePath) throw new Error("getFile returned no file_path");
    const res = await fetch(deps.fileUrl(filePath), { signal: AbortSignal.timeout(60_000) });
    if (!res.ok) throw new Error(`file download answered HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_PHOTO_BYTES) throw new PhotoProblem("too_big");
    const type = imageTypeOf(bytes);
    if (!type) throw new PhotoProblem("not_image");
    return { bytes, ...type };
  }

  return { composer, offer, newPending };
}

export type GenerationPicker = ReturnType<typeof createGenerationPicker>;
