/**
 * What each kind of scheduled job does when it is due: a reminder says what the user asked to be
 * reminded of; a check-in asks about something the user told (see the outreach composer); the
 * diary writes the day's entry (no message); a dream is composed and sent in the morning. Each
 * message goes out in the user's language with its one-tap stop button, and is added to the
 * conversation, so the user's answer is read in its context. Check-ins and dreams wait for the end
 * of the quiet hours and are dropped when they would arrive more than half a day late; reminders
 * always go out, late ones saying so.
 */
import type { ChatRepository } from "../../db/chat-repository.ts";
import type { OutreachRepository } from "../../db/outreach-repository.ts";
import type { ScheduledJob } from "../../db/schedule-repository.ts";
import { estimateTokens } from "../../engines/dialogue/tokens.ts";
import { afterQuiet, isQuiet, zonedInstant } from "../../engines/outreach/index.ts";
import type { BotI18n } from "../../i18n/index.ts";
import type { Logger } from "../../observability/logger.ts";
import type { JobContext, JobHandler, JobOutcome } from "../../scheduler/scheduler.ts";
import type { OutreachComposer } from "../../services/outreach/compose.ts";
import { type OutreachService, quietOf } from "../../services/outreach/outreach-service.ts";
import { stopButton } from "./outreach-text.ts";

/** A check-in or dream later than this is old news: dropped, and the next one planned. */
const STALE_MS = 12 * 3_600_000;
/** A reminder later than this says it is late. */
const LATE_MS = 15 * 60_000;

/** Composes a dream for a user (the dreams service), with an optional picture prompt. */
export type DreamSource = (
  user: { id: number; locale: string; name: string },
  now: number,
) => Promise<{ text: string; imagePrompt?: string } | null>;

/** Starts a charged picture of a dream (the generation service delivers it like any creation). */
export type Illustrate = (req: {
  userId: number;
  chatId: number;
  prompt: string;
  key: string;
}) => Promise<void>;

export interface OutreachJobsDeps {
  service: OutreachService;
  composer: OutreachComposer;
  store: Pick<OutreachRepository, "userName" | "recordTopic" | "saveDiary">;
  repo: Pick<ChatRepository, "openConversation" | "addMessage">;
  i18n: Pick<BotI18n, "t" | "localeFor">;
  logger: Logger;
  dreams?: DreamSource;
  /** For users who asked for illustrated dreams. */
  illustrate?: Illustrate;
}

/** The job handlers, by kind, for the scheduler. */
export function outreachJobs(deps: OutreachJobsDeps): Record<string, JobHandler> {
  const { service, i18n } = deps;
  const skip = (reason: string): JobOutcome => ({ status: "skipped", reason });

  const userOf = async (job: ScheduledJob) => {
    const locale = await i18n.localeFor({ userId: job.userId, chatId: job.chatId });
    return { id: job.userId, locale, t: i18n.t(locale), name: await deps.store.userName(job.userId) };
  };

  /** Keeps the message in the conversation, so the user's answer is read in its context. */
  const remember = async (chatId: number, text: string, messageId: number) => {
    try {
      const conversation = await deps.repo.openConversation(chatId);
      await deps.repo.addMessage({
        conversationId: conversation.id,
        role: "assistant",
        content: text,
        telegramMessageId: messageId,
        tokens: estimateTokens(text),
      });
    } catch (err) {
      deps.logger.warn(
        { err, chat_id: chatId },
        "a proactive message could not be added to the conversation",
      );
    }
  };

  /** Settings check shared by check-ins and dreams: on, not blocked, not quiet, not stale. */
  const gate = async (
    job: ScheduledJob,
    ctx: JobContext,
    on: (s: Awaited<ReturnType<OutreachService["settings"]>>) => boolean,
  ) => {
    const s = await service.settings(job.userId);
    if (s.blockedAt !== null) return { outcome: skip("blocked") };
    if (!on(s) || !s.timeZone) return { outcome: skip("turned off") };
    if (ctx.now - job.dueAt > STALE_MS) return { outcome: skip("too late") };
    if (isQuiet(s.timeZone, quietOf(s), ctx.now)) {
      return {
        outcome: { status: "postponed", until: afterQuiet(s.timeZone, quietOf(s), ctx.now) } as JobOutcome,
      };
    }
    return { settings: s };
  };

  return {
    reminder: {
      async run(job, ctx) {
        const s = await service.settings(job.userId);
        if (s.blockedAt !== null) return skip("blocked");
        const { t } = await userOf(job);
        const what = String(job.payload.text ?? "");
        const text = t(ctx.now - job.dueAt > LATE_MS ? "outreach-reminder-late" : "outreach-reminder", {
          text: what,
        });
        const messageId = await ctx.send((api) =>
          api.sendMessage(job.chatId, text, { reply_markup: stopButton(t, "reminder") }),
        );
        await remember(job.chatId, text, messageId);
        return { status: "done", messageId };
      },
    },

    checkin: {
      async run(job, ctx) {
        const g = await gate(job, ctx, (s) => s.checkins !== "off");
        if (!g.settings) return g.outcome;
        const user = await userOf(job);
        const draft = await deps.composer.checkin(user, ctx.now);
        const { topic } = draft;
        const text =
          draft.text ??
          (topic.kind === "general"
            ? user.t("outreach-checkin-general", { name: user.name })
            : user.t(`outreach-checkin-${topic.kind}`, {
                name: user.name,
                memory: topic.text.slice(0, 300),
              }));
        const messageId = await ctx.send((api) =>
          api.sendMessage(job.chatId, text, { reply_markup: stopButton(user.t, "checkin") }),
        );
        await deps.store.recordTopic(job.id, job.userId, topic, ctx.now);
        await remember(job.chatId, text, messageId);
        return { status: "done", messageId };
      },
      after: (job, now) => service.planCheckin(job.userId, now, job.dueAt),
      replan: (userId, now) => service.planCheckin(userId, now),
    },

    diary: {
      async run(job) {
        const s = await service.settings(job.userId);
        if (!s.diary || !s.timeZone) return skip("turned off");
        const day = String(job.payload.day ?? "");
        const [y, m, d] = day.split("-").map(Number);
        if (!y || !m || !d) return skip(`bad day ${day}`);
        const from = zonedInstant(s.timeZone, y, m - 1, d, 0);
        const to = zonedInstant(s.timeZone, y, m - 1, d + 1, 0);
        const locale = await i18n.localeFor({ userId: job.userId, chatId: job.chatId });
        const entry = await deps.composer.diary({ id: job.userId, locale }, from, to);
        if (!entry) return skip("nothing was said that day");
        await deps.store.saveDiary(job.userId, day, entry.mood, entry.summary);
        return { status: "done" };
      },
      after: (job, now) => service.planDiary(job.userId, now, job.dueAt),
      replan: (userId, now) => service.planDiary(userId, now),
    },

    dream: {
      async run(job, ctx) {
        const g = await gate(job, ctx, (s) => s.dreams);
        if (!g.settings) return g.outcome;
        if (!deps.dreams) return skip("dreams are not available");
        const user = await userOf(job);
        const dream = await deps.dreams(user, ctx.now);
        if (!dream) return skip("no dream tonight");
        const text = user.t("outreach-dream-message", { dream: dream.text });
        const messageId = await ctx.send((api) =>
          api.sendMessage(job.chatId, text, { reply_markup: stopButton(user.t, "dream") }),
        );
        await remember(job.chatId, text, messageId);
        if (g.settings.dreamsIllustrated && dream.imagePrompt && deps.illustrate) {
          // Keyed by the job: a picture is started (and charged) once, whatever happens next.
          await deps
            .illustrate({
              userId: job.userId,
              chatId: job.chatId,
              prompt: dream.imagePrompt,
              key: `dream-image:${job.id}`,
            })
            .catch((err) =>
              deps.logger.warn({ err, job: job.id }, "the dream's picture could not be started"),
            );
        }
        return { status: "done", messageId };
      },
      after: (job, now) => service.planDream(job.userId, now, job.dueAt),
      replan: (userId, now) => service.planDream(userId, now),
    },
  };
}
