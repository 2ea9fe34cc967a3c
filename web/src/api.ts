/**
 * The session and the REST API. Sign-in sends Telegram's initData to POST /api/auth/telegram,
 * which checks its signature and gives a token for the API and the WebSocket; the token is
 * renewed with the same initData before it runs out (initData itself stays valid for a day).
 * Outside Telegram a token from the bot's /token can be given in the fragment (#token=…).
 */

import { ApiError } from "../../src/api/error.ts";
import type {
  CreationsResponse,
  CreditsResponse,
  HistoryMessageView,
  LiveJobView,
  MemoriesResponse,
  MemoryView,
  MeResponse,
  MoodResponse,
  PersonasResponse,
} from "../../src/api/schemas.ts";
import type {
  AuditResponse,
  MembersResponse,
  PrivacyResponse,
  ProjectItemsResponse,
  ProjectsResponse,
  ProjectView,
  TeamsResponse,
} from "../../src/api/team-schemas.ts";

/** The service's root path ("" normally; "/velro" behind a path prefix). */
export const ROOT = location.pathname.replace(/\/app\/?$/, "");
export const APP_BASE = `${ROOT}/app/`;

export type SignInError = "forged" | "stale" | "invalid" | "outside" | "network";

export { ApiError };

interface Session {
  token: string;
  expiresAt: number;
  wsUrl: string;
  /** How to get a fresh token (null when the token came from /token and cannot be renewed). */
  renew: (() => Promise<Session>) | null;
}

let session: Session | undefined;

async function exchange(initData: string): Promise<Session> {
  let res: Response;
  try {
    res = await fetch(`${ROOT}/api/auth/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ initData }),
    });
  } catch {
    throw new SignInFailure("network");
  }
  const body = (await res.json().catch(() => ({}))) as {
    token?: string;
    expires_at?: string;
    ws_url?: string;
    code?: SignInError;
  };
  if (!res.ok || !body.token)
    throw new SignInFailure(res.status === 401 ? (body.code ?? "invalid") : "network");
  return {
    token: body.token,
    expiresAt: Date.parse(body.expires_at ?? "") || Date.now() + 600_000,
    wsUrl: body.ws_url ?? `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${ROOT}/ws`,
    renew: () => exchange(initData),
  };
}

export class SignInFailure extends Error {
  constructor(readonly reason: SignInError) {
    super(reason);
  }
}

/** Signs in with initData, or with a token from the fragment; throws SignInFailure. */
export async function signIn(initData: string): Promise<void> {
  if (initData) {
    session = await exchange(initData);
    return;
  }
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (!token) throw new SignInFailure("outside");
  // The token leaves the address bar (and so any screenshot or shared link) once read.
  history.replaceState(null, "", location.pathname + location.search);
  session = {
    token,
    expiresAt: Date.now() + 600_000,
    wsUrl: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${ROOT}/ws`,
    renew: null,
  };
}

/** A token valid for at least another minute (renewed when it is not). */
export async function token(): Promise<{ token: string; wsUrl: string }> {
  if (!session) throw new SignInFailure("invalid");
  if (session.renew && session.expiresAt - Date.now() < 60_000) session = await session.renew();
  return { token: session.token, wsUrl: session.wsUrl };
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const { token: bearer } = await token();
  let res: Response;
  try {
    res = await fetch(`${ROOT}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${bearer}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "network error");
  }
  const data = (await res.json().catch(() => ({}))) as { error?: string; code?: string };
  if (!res.ok) throw new ApiError(res.status, data.code ?? "error", data.error ?? res.statusText);
  return data as T;
}

export const api = {
  me: () => call<MeResponse>("GET", "/api/me"),
  history: () => call<{ messages: HistoryMessageView[] }>("GET", "/api/chat/history"),
  memories: (q: { room?: string; q?: string } = {}) => {
    const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v) as [string, string][]);
    return call<MemoriesResponse>("GET", `/api/memories${params.size ? `?${params}` : ""}`);
  },
  lastUsed: () => call<{ memories: MemoryView[] }>("GET", "/api/memories/last-used"),
  addMemory: (text: string, room?: string) => call<MemoryView>("POST", "/api/memories", { text, room }),
  changeMemory: (id: string, change: { text?: string; room?: string; pinned?: boolean }) =>
    call<MemoryView>("PATCH", `/api/memories/${encodeURIComponent(id)}`, change),
  deleteMemory: (id: string) =>
    call<{ removed: number }>("DELETE", `/api/memories/${encodeURIComponent(id)}`),
  creations: (before?: string) =>
    call<CreationsResponse>("GET", `/api/creations${before ? `?before=${encodeURIComponent(before)}` : ""}`),
  sendCreation: (id: string) => call<{ ok: true }>("POST", `/api/creations/${encodeURIComponent(id)}/send`),
  deleteCreation: (id: string) => call<{ ok: true }>("DELETE", `/api/creations/${encodeURIComponent(id)}`),
  cancelCreation: (id: string) =>
    call<{ ok: true }>("POST", `/api/creations/${encodeURIComponent(id)}/cancel`),
  live: () => call<{ jobs: LiveJobView[] }>("GET", "/api/live"),
  credits: () => call<CreditsResponse>("GET", "/api/credits"),
  invoice: (pack: string) => call<{ link: string }>("POST", "/api/credits/invoice", { pack }),
  personas: () => call<PersonasResponse>("GET", "/api/persona"),
  choosePersona: (id: string) => call<PersonasResponse>("PUT", "/api/persona", { id }),
  customPersona: (description: string) =>
    call<PersonasResponse>("POST", "/api/persona/custom", { description }),
  mood: (weeks: number) => call<MoodResponse>("GET", `/api/mood?weeks=${weeks}`),
  teams: () => call<TeamsResponse>("GET", "/api/teams"),
  members: (team: number) => call<MembersResponse>("GET", `/api/teams/${team}/members`),
  auditLog: (team: number) => call<AuditResponse>("GET", `/api/teams/${team}/log`),
  projects: () => call<ProjectsResponse>("GET", "/api/projects"),
  project: (id: number) => call<ProjectItemsResponse>("GET", `/api/projects/${id}`),
  fileCreation: (project: number, creation: string) =>
    call<{ changed: boolean }>("POST", `/api/projects/${project}/items`, { creation_id: creation }),
  unfileCreation: (project: number, creation: string) =>
    call<{ changed: boolean }>("DELETE", `/api/projects/${project}/items/${encodeURIComponent(creation)}`),
  setPrivacy: (project: number, privacy: ProjectView["privacy"]) =>
    call<PrivacyResponse>("PUT", `/api/projects/${project}/privacy`, { privacy }),
};
