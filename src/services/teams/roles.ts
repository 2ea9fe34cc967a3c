/**
 * Who may do what in a team. The one table every team and project rule reads, and the one the
 * README's permission table describes: change them together.
 */

export const ROLES = ["owner", "admin", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Roles an invitation may carry (the owner is never invited: ownership is handed over). */
export const INVITE_ROLES = ["admin", "editor", "viewer"] as const satisfies readonly Role[];
export type InviteRole = (typeof INVITE_ROLES)[number];

export type Action =
  | "view" // see the team, its members and the pool
  | "invite" // create invitations (editor or viewer)
  | "invite_admin" // create invitations that make admins
  | "revoke" // revoke invitations
  | "set_role" // change an editor's or viewer's role (owners: anyone's but their own)
  | "remove" // remove an editor or viewer (owners: anyone but themselves)
  | "rename"
  | "delete"
  | "transfer_ownership"
  | "topup" // top the pool up with Stars or with one's own credits
  | "set_cap" // set a member's monthly cap
  | "link" // link or unlink a group
  | "spend" // create from the pool (within one's cap)
  | "read_log"
  | "create_project" // create team projects and file creations in them
  | "manage_project"; // change any team project's privacy (its creator may change their own)

const TABLE: Record<Action, readonly Role[]> = {
  view: ["owner", "admin", "editor", "viewer"],
  invite: ["owner", "admin"],
  invite_admin: ["owner"],
  revoke: ["owner", "admin"],
  set_role: ["owner", "admin"],
  remove: ["owner", "admin"],
  rename: ["owner", "admin"],
  delete: ["owner"],
  transfer_ownership: ["owner"],
  topup: ["owner", "admin"],
  set_cap: ["owner"],
  link: ["owner", "admin"],
  spend: ["owner", "admin", "editor"],
  read_log: ["owner", "admin"],
  create_project: ["owner", "admin", "editor"],
  manage_project: ["owner", "admin"],
};

/** Whether a member with `role` may do `action`. */
export const can = (role: Role | null | undefined, action: Action): boolean =>
  role !== null && role !== undefined && TABLE[action].includes(role);

const RANK: Record<Role, number> = { owner: 3, admin: 2, editor: 1, viewer: 0 };

/**
 * Whether `actor` may act on a member with role `target` (change their role, remove them), and
 * give them `next`: owners act on everyone else; admins only on editors and viewers, and never
 * make anyone an admin or owner. Ownership moves only by its own command.
 */
export function mayManage(actor: Role, target: Role, next?: Role): boolean {
  if (target === "owner" || next === "owner") return false;
  if (actor === "owner") return true;
  if (actor !== "admin") return false;
  return RANK[target] < RANK.admin && (next === undefined || RANK[next] < RANK.admin);
}
