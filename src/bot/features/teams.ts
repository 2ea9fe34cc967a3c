/**
 * /team and its subcommands (new, invite, revoke, role, remove, leave, transfer, rename, delete,
 * use, topup, cap, link, log), and joining by invitation link (`/start join_<token>`, which the core
 * /start passes on to here). A member is named by @username, user id or first name, or by
 * replying to one of their messages. The work happens in the teams service (src/services/teams).
 */
import { Composer, InlineKeyboard } from "grammy";
import type { TeamsService } from "../../services/teams/index.ts";
import { INVITE_ROLES, type InviteRole, isRole } from "../../services/teams/roles.ts";
import { inviteLink, JOIN_PREFIX } from "../../services/teams/tokens.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml } from "../format.ts";
import { auditLine, memberName, overviewText, refusalText, roleName } from "./team-text.ts";

export interface TeamsFeatureDeps {
  teams: TeamsService;
}

const ADMIN_STATUSES = new Set(["creator", "administrator"]);
const HTML = { parse_mode: "HTML" } as const;

/** /balance's lines for the user's teams: each pool, and what the user may still spend from it. */
export async function teamBalanceLines(teams: TeamsService, ctx: BotContext): Promise<string[]> {
  if (!ctx.from) return [];
  const pools = await teams.pool.balances(ctx.from.id);
  return pools.map((p) =>
    ctx.t("team-balance-line", { team: p.team, credits: p.pool, role: roleName(ctx.t, p.role) }),
  );
}

/** The teams feature; install it after the core feature (which passes invitation links on). */
export function teamsFeature(deps: TeamsFeatureDeps) {
  const { teams } = deps;
  const composer = new Composer<BotContext>();

  /** The author of the message a command replied to, when it is a person (names a member). */
  const replyAuthor = (ctx: BotContext): number | undefined => {
    const from = ctx.message?.reply_to_message?.from;
    return from && !from.is_bot ? from.id : undefined;
  };

  const fail = (ctx: BotContext, r: Parameters<typeof refusalText>[1]) =>
    ctx.reply(refusalText(ctx.t, r), HTML);

  composer.command("start", async (ctx, next) => {
    const payload = ctx.match.trim();
    if (!payload.startsWith(JOIN_PREFIX) || !ctx.from) return next();
    const r = await teams.members.join(ctx.from.id, payload.slice(JOIN_PREFIX.length));
    // The token stays out of the log; the outcome and the user are enough to follow it.
    ctx.log.info({ joined: r.ok, reason: r.ok ? undefined : r.error }, "invitation link opened");
    const welcome = ctx.isNewUser ? `${ctx.t("start-new-user", { name: ctx.from.first_name })}\n\n` : "";
    if (!r.ok) return void (await ctx.reply(welcome + refusalText(ctx.t, r), HTML));
    await ctx.reply(
      welcome + ctx.t("team-joined", { team: escapeHtml(r.team), role: roleName(ctx.t, r.role) }),
      HTML,
    );
  });

  composer.command("team", async (ctx) => {
    if (!ctx.from) return;
    const userId = ctx.from.id;
    const text = ctx.match.trim();
    const [sub = "", ...rest] = text.split(/\s+/);
    const arg = rest.join(" ");
    const { t } = ctx;
    switch (sub.toLowerCase()) {
      case "": {
        const o = await teams.pool.overview(userId);
        return void (await (o.ok ? ctx.reply(overviewText(t, o), HTML) : ctx.reply(t("team-help"), HTML)));
      }
      case "new": {
        const r = await teams.members.create(userId, arg);
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(t("team-created", { team: escapeHtml(r.name) }), HTML));
      }
      case "invite": {
        const role = (rest[0]?.toLowerCase() ?? "editor") as InviteRole;
        const uses = rest[1] === undefined ? undefined : Number(rest[1]);
        if (!(INVITE_ROLES as readonly string[]).includes(role))
          return void (await ctx.reply(t("team-invite-usage")));
        const r = await teams.members.invite(userId, role, { maxUses: uses });
        if (!r.ok) return void (await fail(ctx, r));
        const link = inviteLink(ctx.me.username, r.token);
        return void (await ctx.reply(
          t("team-invite-created", {
            team: escapeHtml(r.team),
            role: roleName(t, r.role),
            link,
            uses: r.maxUses,
            expires: r.expiresAt,
            id: r.id,
          }),
          { ...HTML, link_preview_options: { is_disabled: true } },
        ));
      }
      case "revoke": {
        if (!arg) {
          const r = await teams.members.invites(userId);
          if (!r.ok) return void (await fail(ctx, r));
          if (!r.invites.length)
            return void (await ctx.reply(t("team-invites-none", { team: escapeHtml(r.team) }), HTML));
          const lines = r.invites.map((i) =>
            t("team-invite-line", {
              id: i.id,
              role: roleName(t, i.role),
              uses: i.uses,
              max: i.maxUses,
              expires: i.expiresAt,
            }),
          );
          return void (await ctx.reply(
            [t("team-invites-title", { team: escapeHtml(r.team) }), ...lines].join("\n"),
            HTML,
          ));
        }
        const id = arg.toLowerCase() === "all" ? null : Number(arg.replace(/^#/, ""));
        if (id !== null && !Number.isSafeInteger(id)) return void (await ctx.reply(t("team-revoke-usage")));
        const r = await teams.members.revoke(userId, id);
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(t("team-revoked", { count: r.count })));
      }
      case "role": {
        const role = rest.at(-1)?.toLowerCase() ?? "";
        const who = rest.slice(0, -1).join(" ");
        if (!isRole(role) || role === "owner") return void (await ctx.reply(t("team-role-usage")));
        const r = await teams.members.setRole(userId, who, role, replyAuthor(ctx));
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(
          t("team-role-changed", { name: memberName(r.member), role: roleName(t, r.role) }),
          HTML,
        ));
      }
      case "remove": {
        const r = await teams.members.remove(userId, arg, replyAuthor(ctx));
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(
          t("team-removed", { name: memberName(r.member), team: escapeHtml(r.team) }),
          HTML,
        ));
      }
      case "leave": {
        const r = await teams.members.leave(userId);
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(t("team-left", { team: escapeHtml(r.team) }), HTML));
      }
      case "transfer": {
        const r = await teams.members.transferOwnership(userId, arg, replyAuthor(ctx));
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(
          t("team-owner-changed", { name: memberName(r.member), team: escapeHtml(r.team) }),
          HTML,
        ));
      }
      case "rename": {
        const r = await teams.members.rename(userId, arg);
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(
          t("team-renamed", { from: escapeHtml(r.from), team: escapeHtml(r.name) }),
          HTML,
        ));
      }
      case "delete": {
        const a = await teams.current(userId);
        if (!a) return void (await fail(ctx, { ok: false, error: "no_team" }));
        if (a.role !== "owner")
          return void (await fail(ctx, { ok: false, error: "forbidden", vars: { team: a.team.name } }));
        const kb = new InlineKeyboard()
          .text(t("team-delete-confirm-button"), `tm:del:${a.team.id}`)
          .text(t("team-delete-cancel-button"), "tm:keep");
        return void (await ctx.reply(t("team-delete-confirm", { team: escapeHtml(a.team.name) }), {
          ...HTML,
          reply_markup: kb,
        }));
      }
      case "use": {
        const r = await teams.members.use(userId, arg);
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(t("team-in-use", { team: escapeHtml(r.team) }), HTML));
      }
      case "topup": {
        const credits = Number(arg);
        // Keyed by the update, so a re-run after a crash moves the credits once.
        const r = await teams.pool.topup(userId, credits, `topup:${ctx.update.update_id}:${userId}`);
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(
          t("team-topped-up", {
            credits: r.credits,
            team: escapeHtml(r.team),
            pool: r.pool,
            balance: r.balance,
          }),
          HTML,
        ));
      }
      case "cap": {
        const amount = rest.at(-1)?.toLowerCase() ?? "";
        const who = rest.slice(0, -1).join(" ");
        const cap = amount === "off" ? null : Number(amount);
        if (cap !== null && !Number.isSafeInteger(cap)) return void (await ctx.reply(t("team-cap-usage")));
        const r = await teams.pool.setCap(userId, who, cap, replyAuthor(ctx));
        if (!r.ok) return void (await fail(ctx, r));
        const name = memberName(r.member);
        return void (await ctx.reply(
          r.cap === null ? t("team-cap-off", { name }) : t("team-cap-set", { name, cap: r.cap }),
          HTML,
        ));
      }
      case "link": {
        if (ctx.chat?.type !== "group" && ctx.chat?.type !== "supergroup")
          return void (await fail(ctx, { ok: false, error: "group_only" }));
        // Linking changes who pays for everyone's creations here: only the group's admins may.
        const member = await ctx.getChatMember(userId).catch(() => null);
        if (!member || !ADMIN_STATUSES.has(member.status))
          return void (await ctx.reply(t("team-link-group-admins")));
        if (arg.toLowerCase() === "off") {
          const r = await teams.pool.unlink(userId, ctx.chat.id);
          if (!r.ok) return void (await fail(ctx, r));
          return void (await ctx.reply(t("team-unlinked", { team: escapeHtml(r.team) }), HTML));
        }
        const r = await teams.pool.link(userId, { id: ctx.chat.id, title: ctx.chat.title }, arg);
        if (!r.ok) return void (await fail(ctx, r));
        return void (await ctx.reply(
          t("team-linked", { team: escapeHtml(r.team), project: escapeHtml(r.project) }),
          HTML,
        ));
      }
      case "log": {
        const r = await teams.members.log(userId);
        if (!r.ok) return void (await fail(ctx, r));
        if (!r.rows.length) return void (await ctx.reply(t("team-log-empty")));
        const lines = r.rows.map((row) => auditLine(t, row, r.names));
        return void (await ctx.reply(
          [t("team-log-title", { team: escapeHtml(r.team) }), ...lines].join("\n"),
          HTML,
        ));
      }
      default:
        await ctx.reply(t("team-help"), HTML);
    }
  });

  composer.callbackQuery(/^tm:del:(\d+)$/, async (ctx) => {
    const a = await teams.current(ctx.from.id);
    // The confirmation belongs to the team that was in use when it was asked for.
    if (!a || a.team.id !== Number(ctx.match[1])) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t("team-delete-stale") }));
    }
    await ctx.answerCallbackQuery();
    const r = await teams.members.deleteTeam(ctx.from.id);
    const text = r.ok
      ? ctx.t("team-deleted", { team: escapeHtml(r.team), credits: r.returned })
      : refusalText(ctx.t, r);
    await ctx.editMessageText(text, HTML);
  });

  composer.callbackQuery("tm:keep", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("team-delete-kept"));
  });

  return composer;
}
