/**
 * The shapes of the teams and projects endpoints (see schemas.ts for the conventions): teams with
 * the caller's role, pool and cap, members, the audit log, projects and their creations.
 */
import { z } from "zod";
import { creationSchema } from "./schemas.ts";

const iso = z.string().describe("ISO 8601 date-time (UTC)");
const role = z.enum(["owner", "admin", "editor", "viewer"]);
const privacy = z.enum(["private", "team", "public"]);

export const teamSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role,
    role_title: z.string().describe("The caller's role in the user's language"),
    pool: z.number().int().describe("Credits in the team's shared pool"),
    cap: z.number().int().nullable().describe("The caller's monthly cap from the pool (null: none)"),
    spent: z.number().int().describe("What the caller spent from the pool this calendar month (UTC)"),
    can_read_log: z.boolean().describe("Whether the caller may read the audit log (owners, admins)"),
  })
  .meta({ id: "Team" });
export type TeamView = z.infer<typeof teamSchema>;

export const teamsResponse = z.object({ teams: z.array(teamSchema) });
export type TeamsResponse = z.infer<typeof teamsResponse>;

export const memberSchema = z
  .object({
    user_id: z.number().int(),
    name: z.string(),
    username: z.string().nullable(),
    role,
    role_title: z.string(),
    cap: z.number().int().nullable(),
  })
  .meta({ id: "TeamMember" });
export type MemberView = z.infer<typeof memberSchema>;

export const membersResponse = z.object({ members: z.array(memberSchema) });
export type MembersResponse = z.infer<typeof membersResponse>;

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    action: z.string().describe("A stable code: member_joined, role_changed, privacy_changed, …"),
    text: z.string().describe("The line as /team log words it, in the user's language (plain text)"),
    created_at: iso,
  })
  .meta({ id: "AuditEntry" });
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditResponse = z.object({ entries: z.array(auditEntrySchema) });
export type AuditResponse = z.infer<typeof auditResponse>;

export const projectSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    team_id: z.number().int().nullable().describe("null: a personal project"),
    team_name: z.string().nullable(),
    privacy,
    items: z.number().int().describe("How many creations are filed in it"),
    can_file: z.boolean().describe("Whether the caller may add creations to it and take them out"),
    can_manage: z.boolean().describe("Whether the caller may change its privacy"),
  })
  .meta({ id: "Project" });
export type ProjectView = z.infer<typeof projectSchema>;

export const projectsResponse = z.object({ projects: z.array(projectSchema) });
export type ProjectsResponse = z.infer<typeof projectsResponse>;

export const projectItemsResponse = z.object({
  project: projectSchema,
  creations: z.array(creationSchema),
});
export type ProjectItemsResponse = z.infer<typeof projectItemsResponse>;

export const numericId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const itemParams = numericId.extend({ job: z.string().min(1).max(64) });
export const addItemBody = z.object({ creation_id: z.string().min(1).max(64) });
export const privacyBody = z.object({ privacy });
export const privacyResponse = z.object({
  project: projectSchema,
  public_url: z
    .string()
    .nullable()
    .describe("The new public page (shown only now: only its hash is kept; null unless made public)"),
});
export type PrivacyResponse = z.infer<typeof privacyResponse>;
export const changedResponse = z.object({ changed: z.boolean().describe("false: it was so already") });
