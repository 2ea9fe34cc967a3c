/**
 * Persona and mood: pick who the companion is with you, or describe your own character; what it
 * has noticed about your mood, and the mood day by day over the last weeks as a chart.
 */
import { useState } from "preact/hooks";
import type { MoodDayViewSchema } from "../../../src/api/schemas.ts";
import { ApiError, api } from "../api.ts";
import { locale, t } from "../i18n.ts";
import { haptic } from "../telegram.ts";
import { failed, LoadError, Spinner, toast, useLoad } from "../ui.tsx";

const WEEKS = 6;
const DAY = 86_400_000;

/** Daily valence as a line over the last weeks (-1 at the bottom, 1 at the top); days without a reading leave a gap. */
function MoodChart(props: { days: MoodDayViewSchema[] }) {
  const width = 320;
  const height = 140;
  const pad = { x: 8, top: 14, bottom: 22 };
  const end = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const start = end - (WEEKS * 7 - 1) * DAY;
  const x = (day: string) => pad.x + ((Date.parse(day) - start) / (end - start)) * (width - 2 * pad.x);
  const y = (v: number) => pad.top + ((1 - v) / 2) * (height - pad.top - pad.bottom);
  const points = props.days.filter((d) => Date.parse(d.day) >= start);
  // Consecutive days are joined; a gap of a day or more starts a new stretch of line.
  const paths: string[] = [];
  let prev: number | undefined;
  for (const d of points) {
    const at = Date.parse(d.day);
    const cmd = prev !== undefined && at - prev <= DAY ? "L" : "M";
    paths.push(`${cmd}${x(d.day).toFixed(1)},${y(d.valence).toFixed(1)}`);
    prev = at;
  }
  const fmt = new Intl.DateTimeFormat(locale(), { day: "numeric", month: "short", timeZone: "UTC" });
  // A date every other week, away from the edges (the scale's words sit at the left).
  const ticks = Array.from({ length: Math.floor((WEEKS - 1) / 2) }, (_, i) => start + (2 * i + 2) * 7 * DAY);
  return (
    <svg
      class="mood-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t("app-mood-chart", { weeks: WEEKS })}
    >
      <line class="axis" x1={pad.x} x2={width - pad.x} y1={y(0)} y2={y(0)} />
      <text class="label" x={pad.x} y={pad.top - 3} text-anchor="start">
        {t("app-mood-good")}
      </text>
      <text class="label" x={pad.x} y={height - 4} text-anchor="start">
        {t("app-mood-low")}
      </text>
      {ticks.map((at) => (
        <text
          key={at}
          class="tick"
          x={pad.x + ((at - start) / (end - start)) * (width - 2 * pad.x)}
          y={height - 4}
          text-anchor="middle"
        >
          {fmt.format(new Date(at))}
        </text>
      ))}
      <path class="line" d={paths.join(" ")} />
      {points.map((d) => (
        <circle
          key={d.day}
          class={d.valence >= 0 ? "dot up" : "dot down"}
          cx={x(d.day)}
          cy={y(d.valence)}
          r={Math.min(6, 2.5 + d.samples / 4)}
        />
      ))}
    </svg>
  );
}

export function PersonaPage() {
  const personas = useLoad(() => api.personas());
  const mood = useLoad(() => api.mood(WEEKS));
  const [description, setDescription] = useState("");

  const choose = async (id: string) => {
    haptic("select");
    try {
      personas.setData(await api.choosePersona(id));
      haptic("success");
    } catch (err) {
      failed(err);
    }
  };
  const create = async () => {
    try {
      personas.setData(await api.customPersona(description));
      setDescription("");
      haptic("success");
    } catch (err) {
      // A refused description comes with its reason in the user's language.
      if (err instanceof ApiError && err.code === "persona_refused") toast(err.message, "error");
      else failed(err);
    }
  };

  if (personas.error) return <LoadError error={personas.error} retry={personas.reload} />;
  if (!personas.data) return <Spinner />;
  const current = personas.data.current.id;
  return (
    <section class="persona">
      <h1>{t("app-persona-title")}</h1>
      <ul class="personas">
        {personas.data.personas.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class={p.id === current ? "card persona-card current" : "card persona-card"}
              data-persona={p.id}
              aria-pressed={p.id === current}
              onClick={() => p.id !== current && choose(p.id)}
            >
              <span class="persona-emoji">{p.emoji}</span>
              <span class="persona-text">
                <strong>{p.name}</strong>
                <small>{p.tagline}</small>
              </span>
              {p.id === current && <span class="badge">{t("app-persona-current")}</span>}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="card custom-persona"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <h3>{t("app-persona-custom")}</h3>
        <textarea
          class="input"
          rows={2}
          maxLength={600}
          value={description}
          placeholder={t("app-persona-custom-placeholder")}
          onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)}
        />
        <button type="submit" class="button primary" disabled={!description.trim()}>
          {t("app-persona-custom-create")}
        </button>
      </form>
      <h2>{t("app-mood-title")}</h2>
      {mood.data ? (
        <div class="card mood" data-testid="mood">
          <p class="mood-summary">{mood.data.summary ?? t("app-mood-none")}</p>
          <MoodChart days={mood.data.days} />
          <small class="caption">{t("app-mood-chart", { weeks: WEEKS })}</small>
        </div>
      ) : mood.error ? (
        <LoadError error={mood.error} retry={mood.reload} />
      ) : (
        <Spinner />
      )}
    </section>
  );
}
