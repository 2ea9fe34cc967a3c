/**
 * Live: creations in progress (from the API, then kept current by generation.* events over the
 * WebSocket) and announcements from the team — what the /live-status page shows, inside the app.
 */
import { useEffect, useState } from "preact/hooks";
import { api } from "../api.ts";
import { t } from "../i18n.ts";
import { connected, onEvent } from "../socket.ts";
import { useSignal } from "../state.ts";
import { Empty, failed, LoadError, Spinner } from "../ui.tsx";

interface Job {
  id: string;
  prompt: string;
  modelName: string;
  status: "queued" | "running" | "completed" | "failed";
  position?: number;
  reason?: string;
  url?: string;
}

export function LivePage() {
  const [jobs, setJobs] = useState<Map<string, Job> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [news, setNews] = useState<{ id: string; text: string }[]>([]);
  const online = useSignal(connected);

  const load = () =>
    api.live().then(
      (r) => {
        setJobs(
          new Map(
            r.jobs.map((j) => [
              j.id,
              {
                id: j.id,
                prompt: j.prompt,
                modelName: j.model_name,
                status: j.status === "running" ? "running" : "queued",
                position: j.queue_position ?? undefined,
              },
            ]),
          ),
        );
        setError(null);
      },
      (err) => setError(err),
    );

  useEffect(() => {
    void load();
    return onEvent((e) => {
      if (e.type === "announcement") {
        setNews((n) => [{ id: e.id, text: String(e.payload?.text ?? "") }, ...n].slice(0, 10));
        return;
      }
      if (!e.type.startsWith("generation.")) return;
      const p = e.payload ?? {};
      setJobs((all) => {
        const next = new Map(all ?? []);
        const old = next.get(p.jobId);
        const base: Job = old ?? {
          id: p.jobId,
          prompt: p.prompt ?? "",
          modelName: p.modelName ?? p.model ?? "",
          status: "queued",
        };
        if (e.type === "generation.progress") {
          next.set(p.jobId, {
            ...base,
            status: p.stage === "running" ? "running" : "queued",
            position: p.queuePosition,
          });
        } else if (e.type === "generation.completed")
          next.set(p.jobId, { ...base, status: "completed", url: p.url });
        else if (e.type === "generation.failed")
          next.set(p.jobId, { ...base, status: "failed", reason: p.text });
        else next.set(p.jobId, base);
        return next;
      });
    });
  }, []);

  if (error && !jobs) return <LoadError error={error} retry={load} />;
  if (!jobs) return <Spinner />;
  const list = [...jobs.values()].reverse();
  return (
    <section class="live">
      <h1>
        {t("app-live-title")} <span class={online ? "dot-online on" : "dot-online"} />
      </h1>
      {news.map((n) => (
        <div key={n.id} class="card announcement">
          <strong>📣 {t("app-live-announcement")}</strong>
          <p>{n.text}</p>
        </div>
      ))}
      {list.length === 0 ? (
        <Empty>{t("app-live-empty")}</Empty>
      ) : (
        <ul class="list">
          {list.map((j) => (
            <li key={j.id} class={`card job ${j.status}`} data-job={j.id} data-status={j.status}>
              <div class="job-head">
                <strong>{j.modelName}</strong>
                <span class="job-status">
                  {j.status === "queued"
                    ? t("app-live-queued", { position: j.position ?? 0 })
                    : j.status === "running"
                      ? t("app-live-running")
                      : j.status === "completed"
                        ? t("app-live-done")
                        : t("app-live-failed", { reason: j.reason ?? "" })}
                </span>
              </div>
              <p class="prompt">{j.prompt}</p>
              {(j.status === "queued" || j.status === "running") && (
                <>
                  <div class="progress">
                    <span class={j.status} />
                  </div>
                  <button
                    type="button"
                    class="button small danger"
                    onClick={() => api.cancelCreation(j.id).catch(failed)}
                  >
                    {t("app-live-cancel")}
                  </button>
                </>
              )}
              {j.url && <img class="media" src={j.url} alt={j.prompt} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
