/**
 * /project (new, add, privacy), /projects, /transfer, and the buttons under every creation: add to
 * a project, details (who made it, with which model, from what) and remix (the same prompt again,
 * recorded as made from this one). A reply to a creation names it: the creation's message carries
 * these buttons, and their callback data holds its job id. Callback data is short and the same in
 * every language.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { Catalog } from "../../engines/generation/catalog.ts";
import type { GenerationService } from "../../services/generation/service.ts";
import type { TeamsService } from "../../services/teams/index.ts";
import { PRIVACIES, type Privacy } from "../../services/teams/projects.ts";
import { truncate } from "../../util/text.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml } from "../format.ts";
import { creationShownBy } from "./creation-buttons.ts";
import { refusalText as generationRefusal } from "./generation.ts";
import { memberName, personName, refusalText } from "./team-text.ts";

export interface ProjectsFeatureDeps {
  teams: TeamsService;
  generation: GenerationService;
  catalog: Catalog;
  /** The service's public URL, for public project pages; unset → the page's path alone. */
  publicUrl?: string;
}

const HTML = { parse_mode: "HTML" } as const;
/** The projects feature. */
export function projectsFeature(deps: ProjectsFeatureDeps) {
  const { teams, catalog } = deps;
  const projects = teams.projects;
  const composer = new Composer<BotContext>();
  const modelName = (key: string) => catalog.get(key)?.name ?? key;
  const pageUrl = (token: string) => `${deps.publicUrl ?? ""}/p/${token}`;

  /** The creation a command replied to, if that message shows one. */
  const repliedCreation = (ctx: BotContext) => creationShownBy(ctx.message?.reply_to_message, ctx.me.id);

  /** Buttons for the projects a user may file a creation in. */
  async function chooser(ctx: BotContext, jobId: string) {
    const list = (await projects.visible(ctx.from!.id)).filter((p) => p.canFile).slice(0, 8);
    if (!list.length) return void (await ctx.reply(ctx.t("project-none-to-add")));
    const kb = new InlineKeyboard();
    for (const p of list) kb.text(truncate(p.name, 40), `pj:p:${jobId}:${p.id}`).row();
    await ctx.reply(ctx.t("project-choose"), { reply_markup: kb });
  }

  composer.command("project", async (ctx) => {
    if (!ctx.from) return;
    const [sub = "", ...rest] = ctx.match.trim().split(/\s+/);
    const { t } = ctx;
    switch (sub.toLowerCase()) {
      case "new": {
        const forTeam = rest[0]?.toLowerCase() === "team";
        const r = await projects.create(ctx.from.id, (forTeam ? rest.slice(1) : rest).join(" "), forTeam);
        if (!r.ok) return void (await ctx.reply(refusalText(t, r), HTML));
        const name = escapeHtml(r.project.name);
        return void (await ctx.reply(
          r.team
            ? t("project-created-team", { project: name, team: escapeHtml(r.team) })
            : t("project-created", { project: name }),
          HTML,
        ));
      }
      case "add": {
        const jobId = repliedCreation(ctx);
        if (!jobId) return void (await ctx.reply(t("project-add-usage")));
        if (!rest.length) return chooser(ctx, jobId);
        const p = await projects.resolve(ctx.from.id, rest.join(" "));
        if (!p)
          return void (await ctx.reply(
            t("team-error-project-unknown", { name: escapeHtml(rest.join(" ")) }),
            HTML,
          ));
        const r = await projects.add(ctx.from.id, p.id, jobId);
        if (!r.ok) return void (await ctx.reply(refusalText(t, r), HTML));
        return void (await ctx.reply(
          t(r.added ? "project-added" : "project-already-there", { project: escapeHtml(r.project) }),
          HTML,
        ));
      }
      case "privacy": {
        const privacy = rest.at(-1)?.toLowerCase() as Privacy;
        const name = rest.slice(0, -1).join(" ");
        if (!name || !PRIVACIES.includes(privacy)) return void (await ctx.reply(t("project-privacy-usage")));
        const r = await projects.setPrivacy(ctx.from.id, name, privacy);
        if (!r.ok) return void (await ctx.reply(refusalText(t, r), HTML));
        const vars = { project: escapeHtml(r.project), privacy: t(`project-privacy-${privacy}`) };
        if (!r.token) return void (await ctx.reply(t("project-privacy-set", vars), HTML));
        return void (await ctx.reply(t("project-public", { ...vars, link: pageUrl(r.token) }), {
          ...HTML,
          link_preview_options: { is_disabled: true },
        }));
      }
      default:
        await ctx.reply(t("project-help"), HTML);
    }
  });

  composer.command("projects", async (ctx) => {
    if (!ctx.from) return;
    const { t } = ctx;
    const name = ctx.match.trim();
    if (name) {
      const r = await projects.show(ctx.from.id, name);
      if (!r.ok) return void (await ctx.reply(refusalText(t, r), HTML));
      const lines = r.jobs.map((j) =>
        t("project-item-line", {
          model: escapeHtml(modelName(j.model)),
          maker: personName(r.names, Number(j.userId)),
          prompt: escapeHtml(truncate(j.prompt, 60)),
        }),
      );
      const title = t("project-show-title", { project: escapeHtml(r.project.name), count: r.project.items });
      return void (await ctx.reply(
        [title, ...(lines.length ? lines : [t("project-empty")])].join("\n"),
        HTML,
      ));
    }
    const list = await projects.visible(ctx.from.id);
    if (!list.length) return void (await ctx.reply(t("projects-none"), HTML));
    const teamNames = new Map((await teams.teamsOf(ctx.from.id)).map((x) => [x.id, x.name]));
    const lines = list.map((p) => {
      const vars = {
        id: p.id,
        project: escapeHtml(p.name),
        count: p.items,
        privacy: t(`project-privacy-${p.privacy}`),
      };
      return p.teamId === null
        ? t("projects-line", vars)
        : t("projects-line-team", { ...vars, team: escapeHtml(teamNames.get(p.teamId) ?? "") });
    });
    await ctx.reply([t("projects-title"), ...lines, "", t("projects-footer")].join("\n"), HTML);
  });

  composer.command("transfer", async (ctx) => {
    if (!ctx.from) return;
    const jobId = repliedCreation(ctx);
    const who = ctx.match.trim();
    if (!jobId || !who) return void (await ctx.reply(ctx.t("transfer-usage")));
    const r = await projects.transfer(ctx.from.id, jobId, who);
    if (!r.ok) return void (await ctx.reply(refusalText(ctx.t, r), HTML));
    await ctx.reply(ctx.t("transfer-done", { name: memberName(r.member) }), HTML);
  });

  composer.callbackQuery(/^pj:a:([\w-]{1,40})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await chooser(ctx, ctx.match[1]!);
  });

  composer.callbackQuery(/^pj:p:([\w-]{1,40}):(\d+)$/, async (ctx) => {
    const r = await projects.add(ctx.from.id, Number(ctx.match[2]), ctx.match[1]!);
    if (!r.ok)
      return void (await ctx.answerCallbackQuery({ text: refusalText(ctx.t, r).replace(/<[^>]+>/g, "") }));
    await ctx.answerCallbackQuery({
      text: ctx.t(r.added ? "project-added-toast" : "project-already-there-toast"),
    });
    await ctx.editMessageText(
      ctx.t(r.added ? "project-added" : "project-already-there", { project: escapeHtml(r.project) }),
      HTML,
    );
  });

  composer.callbackQuery(/^pj:i:([\w-]{1,40})$/, async (ctx) => {
    const r = await projects.details(ctx.from.id, ctx.match[1]!);
    if (!r.ok) return void (await ctx.answerCallbackQuery({ text: ctx.t("creation-not-visible") }));
    await ctx.answerCallbackQuery();
    const { t } = ctx;
    const { job, parent } = r;
    // A parent's prompt is shown only in a private chat: a group may include people who cannot see it.
    const privateChat = ctx.chat?.type === "private";
    const lines = [
      t("creation-made-by", {
        model: escapeHtml(modelName(job.model)),
        maker: personName(r.names, Number(job.userId)),
        date: job.createdAt,
      }),
      `“${escapeHtml(truncate(job.prompt, 300))}”`,
      ...(parent
        ? [
            t("creation-from", {
              model: escapeHtml(modelName(parent.model)),
              maker: personName(r.names, Number(parent.userId)),
            }),
            ...(r.parentVisible && privateChat ? [`   “${escapeHtml(truncate(parent.prompt, 200))}”`] : []),
          ]
        : job.parentJobId === null
          ? [t("creation-original")]
          : []),
      ...(job.ownerId !== null
        ? [t("creation-owner", { owner: personName(r.names, Number(job.ownerId)) })]
        : []),
      ...(r.team ? [t("creation-paid-by-team", { team: escapeHtml(r.team) })] : []),
    ];
    await ctx.reply(lines.join("\n"), HTML);
  });

  composer.callbackQuery(/^pj:r:([\w-]{1,40})$/, async (ctx) => {
    const r = await projects.details(ctx.from.id, ctx.match[1]!);
    if (!r.ok || !ctx.chat)
      return void (await ctx.answerCallbackQuery({ text: ctx.t("creation-not-visible") }));
    await ctx.answerCallbackQuery({ text: ctx.t("gen-toast-on-it") });
    const kind = r.job.kind === "video" ? "video" : "image";
    // The same model when it makes something from a prompt alone; an edit's remix uses the first
    // model of its kind (there is no photo to edit this time).
    const same = catalog.get(r.job.model);
    const model = same && !same.edit ? same : catalog.choices(kind)[0];
    if (!model) return;
    const status = await ctx.reply(ctx.t("gen-preparing", { model: model.name }));
    const outcome = await deps.generation.request({
      userId: ctx.from.id,
      chatId: ctx.chat.id,
      kind,
      modelKey: model.key,
      prompt: r.job.prompt,
      parentJobId: r.job.id,
      statusMessageId: status.message_id,
      idempotencyKey: `update:${ctx.update.update_id}`,
    });
    if (outcome.type === "refused") {
      ctx.log.info({ reason: outcome.reason }, "remix refused");
      await ctx.api.editMessageText(ctx.chat.id, status.message_id, `🙅 ${generationRefusal(ctx, outcome)}`);
    }
  });

  return composer;
}
