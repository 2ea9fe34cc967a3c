/**
 * Bringing a photo to life: `/animate [what moves]` as a reply to a photo (the user's own, or an
 * image the bot created) or as a photo's caption, and the "🎬 Animate" button: under every image
 * creation, and under a bot message that replies to a user's photo (the photo feature may add it
 * with `animateReplyButton`). Each opens the picker with the image-to-video models; the photo is
 * fetched and put on FAL storage only at "Create", and charged, refunded and delivered like any
 * other creation.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { InlineKeyboardButton, Message } from "grammy/types";
import type { Translate } from "../../i18n/index.ts";
import type { BotContext } from "../context.ts";
import { type GenerationPicker, MAX_PHOTO_BYTES, type PhotoSource } from "./generation-picker.ts";

/** Callback data of the button under a creation: the photo is the button's own message. */
const CREATION_PREFIX = "an:j:";
/** Callback data of the button under a reply to a user's photo: the photo is the replied-to message. */
const REPLIED_DATA = "an:r";

/** Image types the image-to-video models take (a photo sent "as a file" arrives as a document). */
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

/** The "🎬 Animate" button under an image creation, naming the job it shows. */
export function animateCreationKeyboard(t: Translate, jobId: string): InlineKeyboard {
  return new InlineKeyboard().text(t("gen-button-animate"), `${CREATION_PREFIX}${jobId}`);
}

/**
 * The "🎬 Animate" button for a bot message sent as a reply to a user's photo (say, the answer
 * about what is in it). Pressing it animates the photo that message replies to.
 */
export function animateReplyButton(t: Translate): InlineKeyboardButton.CallbackButton {
  return { text: t("gen-button-animate"), callback_data: REPLIED_DATA };
}

type Found =
  | { type: "ok"; photo: PhotoSource }
  | { type: "none" }
  | { type: "not_image" }
  | { type: "too_big" };

/** The creation a bot photo shows, read from its own "🎬 Animate" button. */
function creationShownBy(message: Message): string | undefined {
  for (const row of message.reply_markup?.inline_keyboard ?? []) {
    for (const b of row) {
      const data = "callback_data" in b ? b.callback_data : undefined;
      if (data?.startsWith(CREATION_PREFIX)) return data.slice(CREATION_PREFIX.length);
    }
  }
  return undefined;
}

/** The photo in a message (its largest size, or an image sent as a file), or why there is none. */
export function photoIn(message: Message | undefined): Found {
  if (!message) return { type: "none" };
  const size = message.photo?.at(-1);
  const doc = message.document;
  const file = size ?? doc;
  if (!file) return { type: "none" };
  if (!size && !IMAGE_TYPES.has(doc?.mime_type ?? "")) return { type: "not_image" };
  // Telegram says how big a file is; past the 20 MB bots may download, asking for it is futile.
  if ((file.file_size ?? 0) > MAX_PHOTO_BYTES) return { type: "too_big" };
  const parentJobId = message.from?.is_bot ? creationShownBy(message) : undefined;
  return { type: "ok", photo: { fileId: file.file_id, ...(parentJobId ? { parentJobId } : {}) } };
}

/** The answer for a message without a usable photo. */
const PROBLEM_KEY: Record<Exclude<Found["type"], "ok">, string> = {
  none: "gen-animate-usage",
  not_image: "gen-photo-not-image",
  too_big: "gen-photo-too-big",
};

export function animateFeature(deps: { picker: GenerationPicker }) {
  const composer = new Composer<BotContext>();

  composer.command("animate", async (ctx) => {
    const msg = ctx.message!;
    const prompt = typeof ctx.match === "string" ? ctx.match.trim() : "";
    // The command may be the photo's own caption, or a reply to the photo.
    const own = photoIn(msg);
    const found = own.type === "none" ? photoIn(msg.reply_to_message) : own;
    if (found.type !== "ok") {
      ctx.log.info({ component: "animate", problem: found.type }, "nothing to animate");
      return void (await ctx.reply(ctx.t(PROBLEM_KEY[found.type])));
    }
    await deps.picker.offer(ctx, "animate", prompt, found.photo);
  });

  composer.callbackQuery([/^an:j:[\w-]+$/, REPLIED_DATA], async (ctx) => {
    const carrier = ctx.callbackQuery.message;
    // An old message comes back "inaccessible" (date 0), without its photo.
    const message = carrier && carrier.date !== 0 ? (carrier as Message) : undefined;
    const data = ctx.callbackQuery.data;
    const found = data === REPLIED_DATA ? photoIn(message?.reply_to_message) : photoIn(message);
    if (found.type !== "ok") {
      ctx.log.info({ component: "animate", problem: found.type }, "animate button without a usable photo");
      const key = found.type === "none" ? "gen-animate-photo-gone" : PROBLEM_KEY[found.type];
      return void (await ctx.answerCallbackQuery({ text: ctx.t(key) }));
    }
    await ctx.answerCallbackQuery();
    const parentJobId = data.startsWith(CREATION_PREFIX) ? data.slice(CREATION_PREFIX.length) : undefined;
    await deps.picker.offer(ctx, "animate", "", { ...found.photo, ...(parentJobId ? { parentJobId } : {}) });
  });

  return composer;
}
