/**
 * Projects: the user's personal projects and their teams', each opened to its creations; the
 * privacy switch for those allowed to change it (the bot's rules, checked by the server), and a
 * public project's page link, shown when it is made public (only its hash is kept after that).
 * Also the gallery's picker that files a creation in a project.
 */
import { useEffect, useState } from "preact/hooks";
import type { ProjectView } from "../../../src/api/team-schemas.ts";
import { ApiError, api, ROOT } from "../api.ts";
import { t } from "../i18n.ts";
import { haptic, setBack } from "../telegram.ts";
import { Empty, failed, LoadError, Spinner, toast, useLoad } from "../ui.tsx";

/** Failed because the server refused (403): said as such, not as a generic error. */
function refusedOr(err: unknown): void {
  if (err instanceof ApiError && err.status === 403) {
    haptic("error");
    toast(t("app-projects-forbidden"), "error");
  } else failed(err);
}

/** The page link as the server gave it, made whole when the service has no PUBLIC_URL set. */
const absolute = (link: string) => (link.startsWith("/") ? `${location.origin}${ROOT}${link}` : link);

const privacyLabel = (p: ProjectView["privacy"]) => t(`app-privacy-${p}`);

function Privacy(props: { p: ProjectView; changed(p: ProjectView, link: string | null): void }) {
  const { p } = props;
  const choices = (["private", "team", "public"] as const).filter((x) => x !== "team" || p.team_id !== null);
  const choose = async (privacy: ProjectView["privacy"]) => {
    try {
      const r = await api.setPrivacy(p.id, privacy);
      haptic("success");
      props.changed(r.project, r.public_url);
    } catch (err) {
      refusedOr(err);
    }
  };
  return (
    <div class="privacy">
      <h3>{t("app-projects-privacy")}</h3>
      <div class="chips">
        {choices.map((x) => (
          <button
            type="button"
            key={x}
            aria-pressed={p.privacy === x}
            data-privacy={x}
            class={p.privacy === x ? "chip active" : "chip"}
            disabled={!p.can_manage}
            onClick={() => choose(x)}
          >
            {privacyLabel(x)}
          </button>
        ))}
      </div>
    </div>
  );
}

function ProjectDetail(props: { id: number; close(): void }) {
  const { data, error, reload, setData } = useLoad(() => api.project(props.id), [props.id]);
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    setBack(props.close);
    return () => setBack(undefined);
  }, []);
  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Spinner />;
  const { project: p, creations } = data;
  const unfile = (id: string) =>
    api.unfileCreation(p.id, id).then(() => {
      haptic("success");
      reload();
    }, refusedOr);
  return (
    <section class="project" data-project={p.id}>
      <h1>{p.name}</h1>
      <p class="meta">{p.team_name ?? t("app-projects-personal")}</p>
      <Privacy
        p={p}
        changed={(next, url) => {
          setData((d) => (d ? { ...d, project: next } : d));
          setLink(url && absolute(url));
        }}
      />
      {p.privacy === "public" &&
        (link ? (
          <div class="card public-link">
            <p>{t("app-projects-public-link")}</p>
            <input class="input" readOnly value={link} data-testid="public-link" dir="ltr" />
          </div>
        ) : (
          <p class="meta">{t("app-projects-public-hidden")}</p>
        ))}
      {creations.length === 0 ? (
        <Empty>{t("app-projects-nothing")}</Empty>
      ) : (
        <ul class="gallery">
          {creations.map((c) => (
            <li key={c.id} class="card creation" data-creation={c.id}>
              {c.url && c.kind === "image" && <img class="media" src={c.url} alt={c.prompt} loading="lazy" />}
              {c.url && c.kind === "video" && (
                // biome-ignore lint/a11y/useMediaCaption: generated clips carry no speech to caption
                <video class="media" src={c.url} controls playsInline preload="metadata" />
              )}
              <div class="creation-body">
                <p class="prompt">{c.prompt}</p>
                {p.can_file && (
                  <div class="actions">
                    <button type="button" class="button small" onClick={() => unfile(c.id)}>
                      {t("app-projects-remove")}
                    </button>
                  </div>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ProjectsPage() {
  const { data, error, reload } = useLoad(() => api.projects());
  const [open, setOpen] = useState<number | null>(null);
  if (open !== null)
    return (
      <ProjectDetail
        id={open}
        close={() => {
          setOpen(null);
          reload();
        }}
      />
    );
  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Spinner />;
  return (
    <section class="projects">
      <h1>{t("app-projects-title")}</h1>
      {data.projects.length === 0 ? (
        <Empty>{t("app-projects-empty")}</Empty>
      ) : (
        <ul class="list">
          {data.projects.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                class="card project-row"
                data-project={p.id}
                onClick={() => {
                  haptic("select");
                  setOpen(p.id);
                }}
              >
                <span class="project-name">{p.name}</span>
                <span class="meta">
                  {p.team_name ?? t("app-projects-personal")} · {privacyLabel(p.privacy)} ·{" "}
                  {t("app-projects-items", { count: p.items })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The gallery card's picker: files this creation in one of the projects the user may file in. */
export function AddToProject(props: { creation: string }) {
  const [choices, setChoices] = useState<ProjectView[] | null>(null);
  const toggle = () => {
    haptic("tap");
    if (choices) return setChoices(null);
    api.projects().then((r) => setChoices(r.projects.filter((p) => p.can_file)), failed);
  };
  const file = async (p: ProjectView) => {
    try {
      const r = await api.fileCreation(p.id, props.creation);
      haptic("success");
      toast(t(r.changed ? "app-projects-added" : "app-projects-already", { project: p.name }));
      setChoices(null);
    } catch (err) {
      refusedOr(err);
    }
  };
  return (
    <div class="add-to-project">
      <button type="button" class="button small" data-action="add-to-project" onClick={toggle}>
        {t("app-projects-add")}
      </button>
      {choices &&
        (choices.length === 0 ? (
          <p class="meta">{t("app-projects-none-to-file")}</p>
        ) : (
          <div class="chips" data-testid="project-picker">
            {choices.map((p) => (
              <button type="button" key={p.id} class="chip" data-project={p.id} onClick={() => file(p)}>
                {p.name}
                {p.team_name && <span class="count"> · {p.team_name}</span>}
              </button>
            ))}
          </div>
        ))}
    </div>
  );
}
