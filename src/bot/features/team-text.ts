/**
 * How teams read in Telegram: the overview of /team, the audit log, names of people, and a
 * refusal in the user's language. Everything goes through Fluent (locales/<locale>/teams.ftl).
 */
import type { AuditRow, MemberRow } from "../../db/team-repository.ts";
import type { Translate } from "../../i18n/index.ts";
import type { Refused } from "../../services/teams/index.ts";
import { escapeHtml } from "../format.ts";

/** A person as a line shows them: first name and @username when there is one (escaped for HTML). */
export function personName(
  names: Map<number, { firstName: string; username: string | null }>,
  id: number | null,
): string {
  if (id === null) return "—";
  const n = names.get(id);
  if (!n) return String(id);
  return escapeHtml(n.username ? `${n.firstName} (@${n.username})` : n.firstName);
}

/** A member as a line shows them (escaped for HTML). */
export const memberName = (m: Pick<MemberRow, "userId" | "firstName" | "username">): string =>
  personName(
    new Map([[m.userId, { firstName: m.firstName ?? String(m.userId), username: m.username }]]),
    m.userId,
  );

/** A role's name in the user's language. */
export const roleName = (t: Translate, role: string) => t(`team-role-${role}`);

/** A refused team command, in the user's language. */
export const refusalText = (t: Translate, r: Refused) =>
  t(`team-error-${r.error.replace(/_/g, "-")}`, r.vars);

/** The text of /team: the team, the caller's role and cap, the pool, and every member. */
export function overviewText(
  t: Translate,
  o: {
    team: { name: string };
    role: string;
    members: MemberRow[];
    pool: number;
    cap: number | null;
    spent: number;
  },
): string {
  const lines = [
    t("team-overview-title", { team: escapeHtml(o.team.name), role: roleName(t, o.role) }),
    t("team-overview-pool", { credits: o.pool }),
    o.cap === null
      ? t("team-overview-no-cap", { spent: o.spent })
      : t("team-overview-cap", { cap: o.cap, spent: o.spent }),
    "",
    t("team-overview-members", { count: o.members.length }),
    ...o.members.map((m) =>
      m.monthlyCap === null
        ? t("team-member-line", { name: memberName(m), role: roleName(t, m.role) })
        : t("team-member-line-cap", { name: memberName(m), role: roleName(t, m.role), cap: m.monthlyCap }),
    ),
  ];
  return lines.join("\n");
}

/** One line of /team log. */
export function auditLine(
  t: Translate,
  row: AuditRow,
  names: Map<number, { firstName: string; username: string | null }>,
): string {
  const d = row.detail ?? {};
  const vars = {
    actor: personName(names, row.actorId),
    target: personName(names, row.targetId),
    role: typeof d.role === "string" ? roleName(t, d.role) : "",
    from:
      typeof d.from === "string"
        ? row.action === "role_changed"
          ? roleName(t, d.from)
          : escapeHtml(d.from)
        : "",
    to:
      typeof d.to === "string" ? (row.action === "role_changed" ? roleName(t, d.to) : escapeHtml(d.to)) : "",
    credits: typeof d.credits === "number" ? d.credits : 0,
    cap: typeof d.cap === "number" ? d.cap : "none",
    project: typeof d.project === "string" ? escapeHtml(d.project) : "",
    privacy: typeof d.privacy === "string" ? t(`project-privacy-${d.privacy}`) : "",
    uses: typeof d.uses === "number" ? d.uses : 0,
    returned: typeof d.returned === "number" ? d.returned : 0,
    invite: typeof d.invite === "number" ? `#${d.invite}` : "",
  };
  const action = row.action === "invite_revoked" && d.invite === "all" ? "invites_revoked_all" : row.action;
  return t("team-log-line", { date: row.createdAt, event: t(`team-log-${action.replace(/_/g, "-")}`, vars) });
}
