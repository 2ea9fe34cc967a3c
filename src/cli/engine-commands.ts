/**
 * /synesthesia, /dream and /perspectives in the terminal chat, through the services the bot uses.
 * The palette card is written to a PNG file in the current folder (a terminal shows no photos);
 * there are no buttons, so "Paint it" and the 🎨 button under replies are the bot's alone.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { dreamText, dreamTopic, synesthesiaCaption } from "../bot/features/engines-text.ts";
import type { Translate } from "../i18n/index.ts";
import type { DreamService } from "../services/dreams.ts";
import type { PerspectivesService } from "../services/perspectives.ts";
import type { SynesthesiaService } from "../services/synesthesia.ts";

export interface EngineCommandDeps {
  synesthesia: SynesthesiaService;
  dreams: DreamService;
  perspectives: PerspectivesService;
  t: Translate;
  locale: string;
  userId: number;
  chatId: number;
  /** Where /synesthesia writes its card. */
  outDir: string;
  now?: () => number;
}

/** The three commands, by name, each answering with the text to print. */
export function createEngineCommands(
  deps: EngineCommandDeps,
): Record<string, (args: string) => Promise<string>> {
  const { t } = deps;
  const now = deps.now ?? Date.now;
  return {
    async synesthesia(args) {
      if (!args || /^(on|off)$/i.test(args)) return t("syn-usage");
      const s = await deps.synesthesia.read(args, { userId: deps.userId, chatId: deps.chatId });
      const caption = synesthesiaCaption(t, s);
      try {
        const file = path.join(deps.outDir, "velro-feeling.png");
        await writeFile(file, await deps.synesthesia.card(s));
        return `${caption}\n${t("terminal-syn-saved", { path: file })}`;
      } catch {
        return `${t("syn-card-failed")}\n\n${caption}`;
      }
    },
    async dream(args) {
      const topic = dreamTopic(args);
      const at = now();
      const dream = await deps.dreams.dream(deps.userId, {
        locale: deps.locale,
        topic,
        seed: `terminal:${at}`,
        chatId: deps.chatId,
        now: at,
      });
      return dreamText(t, dream, topic);
    },
    async perspectives(args) {
      if (!args) return t("persp-usage");
      return (await deps.perspectives.perspectives(args, deps.locale)).text;
    },
  };
}
