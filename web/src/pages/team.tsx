/**
 * The team: a picker when the user is in several, their role, the shared pool and their own
 * monthly cap, the members with their roles, and for owners and admins the audit log (the same
 * lines as /team log). Everything is the bot's: teams are made and managed with /team.
 */
import { useEffect, useState } from "preact/hooks";
import type { TeamView } from "../../../src/api/team-schemas.ts";
import { api } from "../api.ts";
import { t } from "../i18n.ts";
import { haptic } from "../telegram.ts";
import { Empty, LoadError, Spinner, useLoad } from "../ui.tsx";

function Members(props: { team: number }) {
  const { data, error, reload } = useLoad(() => api.members(props.team), [props.team]);
  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Spinner />;
  return (
    <>
      <h2>{t("app-team-members", { count: data.members.length })}</h2>
      <ul class="list members" data-testid="members">
        {data.members.map((m) => (
          <li key={m.user_id} class="card member">
            <span class="member-name">
              {m.name}
              {m.username && <small> @{m.username}</small>}
            </span>
            <span class="badge">{m.role_title}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function AuditLog(props: { team: number }) {
  const { data, error, reload } = useLoad(() => api.auditLog(props.team), [props.team]);
  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Spinner />;
  return (
    <>
      <h2>{t("app-team-log")}</h2>
      {data.entries.length === 0 ? (
        <Empty>{t("app-team-log-empty")}</Empty>
      ) : (
        <ul class="card ledger audit" data-testid="audit-log">
          {data.entries.map((e) => (
            <li key={e.id}>{e.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Overview(props: { team: TeamView }) {
  const { team } = props;
  return (
    <div class="card team-card" data-team={team.id}>
      <h3>{team.name}</h3>
      <p class="meta">{t("app-team-role", { role: team.role_title })}</p>
      <p class="balance pool">{t("app-team-pool", { credits: team.pool })}</p>
      <p class="meta">
        {team.cap === null
          ? t("app-team-no-cap", { spent: team.spent })
          : t("app-team-cap", { cap: team.cap, spent: team.spent })}
      </p>
    </div>
  );
}

export function TeamPage() {
  const { data, error, reload } = useLoad(() => api.teams());
  const [picked, setPicked] = useState<number | null>(null);
  useEffect(() => {
    if (data && !data.teams.some((x) => x.id === picked)) setPicked(data.teams[0]?.id ?? null);
  }, [data]);
  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Spinner />;
  const team = data.teams.find((x) => x.id === picked) ?? data.teams[0];
  return (
    <section class="team">
      <h1>{t("app-team-title")}</h1>
      {!team ? (
        <Empty>{t("app-team-none")}</Empty>
      ) : (
        <>
          {data.teams.length > 1 && (
            <div class="chips" role="tablist">
              {data.teams.map((x) => (
                <button
                  type="button"
                  key={x.id}
                  role="tab"
                  aria-selected={x.id === team.id}
                  class={x.id === team.id ? "chip active" : "chip"}
                  onClick={() => {
                    haptic("select");
                    setPicked(x.id);
                  }}
                >
                  {x.name}
                </button>
              ))}
            </div>
          )}
          <Overview team={team} />
          <Members team={team.id} />
          {team.can_read_log && <AuditLog team={team.id} />}
          <p class="meta">{t("app-team-hint")}</p>
        </>
      )}
    </section>
  );
}
