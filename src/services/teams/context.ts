/**
 * What the team use cases share: their dependencies, the shape of their answers (a result or the
 * reason it was refused, which the bot says in the user's language), finding the team a command
 * acts on, and finding a member from what a user typed.
 */
import type { PrismaClient } from "../../db/generated/client.ts";
import type { MemberRow, TeamRepository, TeamRow } from "../../db/team-repository.ts";
import type { Logger } from "../../observability/logger.ts";
import type { CreditsLedger } from "../credits/ledger.ts";
import { type Action, can, type Role } from "./roles.ts";

export interface TeamsDeps {
  prisma: PrismaClient;
  repo: TeamRepository;
  ledger: CreditsLedger;
  logger: Logger;
  /** Invitation defaults: lifetime and number of uses. */
  invites: { ttlHours: number; maxUses: number };
}

/** Why a team command was refused; each is a `team-error-<code>` message. */
export type TeamError =
  | "no_team"
  | "forbidden"
  | "name_invalid"
  | "name_taken"
  | "member_unknown"
  | "role_invalid"
  | "self"
  | "owner_cannot_leave"
  | "jobs_running"
  | "insufficient"
  | "amount_invalid"
  | "invite_invalid"
  | "already_member"
  | "group_only"
  | "team_unknown"
  | "project_unknown"
  | "team_privacy_personal"
  | "creation_unknown"
  | "creation_not_yours";

export type Refused = { ok: false; error: TeamError; vars?: Record<string, string | number> };
export type Result<T> = ({ ok: true } & T) | Refused;

export const refused = (error: TeamError, vars?: Record<string, string | number>): Refused => ({
  ok: false,
  error,
  ...(vars ? { vars } : {}),
});

/** A team and the acting user's role in it. */
export interface Acting {
  team: TeamRow;
  role: Role;
}

export const MAX_NAME = 64;

/** A team or project name as typed: trimmed, one line, 1–64 characters; null when unusable. */
export function cleanName(raw: string): string | null {
  const name = raw.replace(/\s+/g, " ").trim();
  return name.length >= 1 && name.length <= MAX_NAME ? name : null;
}

/** The helpers every team use case needs. */
export function teamContext(deps: TeamsDeps) {
  const { repo } = deps;

  /**
   * The team a user's commands act on: the one chosen with /team use, else their oldest. The Mini
   * App names its team (`teamId`): then that one, and null unless the user is a member of it.
   */
  async function current(userId: number, teamId?: number): Promise<Acting | null> {
    const teams = await repo.teamsOf(userId);
    if (!teams.length) return null;
    if (teamId !== undefined && !teams.some((t) => t.id === teamId)) return null;
    const chosen = teamId ?? (await repo.chosen(userId));
    const pick = teams.find((t) => t.id === chosen) ?? teams[0]!;
    return { team: { id: pick.id, name: pick.name, ownerId: pick.ownerId }, role: pick.role as Role };
  }

  /** The acting user's team when their role allows `action`; a refusal otherwise. */
  async function acting(userId: number, action: Action, teamId?: number): Promise<Result<Acting>> {
    const a = await current(userId, teamId);
    if (!a) return refused("no_team");
    if (!can(a.role, action)) return refused("forbidden", { team: a.team.name });
    return { ok: true, ...a };
  }

  /**
   * A member from what was typed: @username, a user id, or a first name that only one member has;
   * `replyTo` (the author of the message a command replied to) wins when given.
   */
  async function findMember(teamId: number, typed: string, replyTo?: number): Promise<MemberRow | null> {
    const members = await repo.members(teamId);
    if (replyTo !== undefined) return members.find((m) => m.userId === replyTo) ?? null;
    const text = typed.trim();
    if (!text) return null;
    if (/^\d+$/.test(text)) return members.find((m) => m.userId === Number(text)) ?? null;
    const handle = text.replace(/^@/, "").toLowerCase();
    const byUsername = members.find((m) => m.username?.toLowerCase() === handle);
    if (byUsername) return byUsername;
    const byName = members.filter((m) => m.firstName?.toLowerCase() === text.toLowerCase());
    return byName.length === 1 ? byName[0]! : null;
  }

  return { current, acting, findMember };
}

export type TeamContext = ReturnType<typeof teamContext>;
