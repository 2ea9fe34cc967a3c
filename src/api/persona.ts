/** Persona (pick a built-in one or describe your own) and mood (what was noticed, and the days). */
import { z } from "zod";
import { customRefusal, taglineOf } from "../bot/features/mind-text.ts";
import { moodText } from "../bot/features/mood-text.ts";
import { PERSONAS } from "../engines/personality/index.ts";
import type { Persona } from "../engines/personality/types.ts";
import type { Translate } from "../i18n/index.ts";
import { type ApiServices, userT } from "./context.ts";
import { ApiError, endpoint } from "./router.ts";
import {
  choosePersonaBody,
  customPersonaBody,
  moodResponse,
  type PersonaView,
  personasResponse,
} from "./schemas.ts";

const view = (p: Persona, t: Translate): PersonaView => ({
  id: p.id,
  name: p.name,
  emoji: p.emoji,
  tagline: taglineOf(t, p),
  kind: p.kind,
});

/** Builds the endpoints; the persona and mood are those of the user's private chat. */
export function personaEndpoints(s: ApiServices) {
  const personas = async (userId: number) => {
    const t = await userT(s, userId);
    const current = await s.mind.persona(userId, userId);
    const custom = await s.mind.customPersona(userId, userId);
    return {
      current: view(current, t),
      personas: [...PERSONAS, ...(custom ? [custom] : [])].map((p) => view(p, t)),
    };
  };
  return [
    endpoint({
      method: "GET",
      path: "/api/persona",
      summary: "The persona Velro speaks as in your chat, and the ones you can choose",
      tag: "persona",
      response: personasResponse,
      handler: ({ userId }) => personas(userId),
    }),
    endpoint({
      method: "PUT",
      path: "/api/persona",
      summary: "Switches to a built-in persona (or back to your own)",
      tag: "persona",
      body: choosePersonaBody,
      response: personasResponse,
      errors: [404],
      async handler({ userId, body }) {
        if (!(await s.mind.choosePersona(userId, userId, body.id)))
          throw new ApiError(404, "not_found", "no such persona");
        return personas(userId);
      },
    }),
    endpoint({
      method: "POST",
      path: "/api/persona/custom",
      summary: "Creates your own persona from a description and switches to it",
      tag: "persona",
      body: customPersonaBody,
      response: personasResponse,
      async handler({ userId, body, log }) {
        const result = await s.mind.createPersona(userId, userId, body.description);
        if (!result.ok) {
          log.info({ reason: result.error }, "custom persona refused");
          // The refusal is said in the user's language: the app shows it as it comes.
          throw new ApiError(400, "persona_refused", customRefusal(await userT(s, userId), body.description));
        }
        return personas(userId);
      },
    }),
    endpoint({
      method: "GET",
      path: "/api/mood",
      summary: "What Velro has noticed about your mood, and your mood day by day",
      tag: "persona",
      query: z.object({ weeks: z.coerce.number().int().min(1).max(26).default(6) }),
      response: moodResponse,
      async handler({ userId, query }) {
        const t = await userT(s, userId);
        const [report, days] = await Promise.all([
          s.mind.moodReport(userId, userId),
          s.mind.moodDays(userId, userId, query.weeks * 7),
        ]);
        return { summary: report ? moodText(t, report) : null, days };
      },
    }),
  ];
}
