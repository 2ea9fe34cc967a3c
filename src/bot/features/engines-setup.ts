/**
 * The synesthesia, dreams and perspectives features with the services behind them, put together
 * once for app.ts, plus the dream source the morning dreams of /dreams on use.
 */
import type { Config } from "../../config/config.ts";
import { createEngineSettingsRepository } from "../../db/engine-settings-repository.ts";
import { createEmotionEngine } from "../../engines/emotion/index.ts";
import type { BotI18n } from "../../i18n/index.ts";
import type { Logger } from "../../observability/logger.ts";
import type { Runtime } from "../../runtime.ts";
import { createDreamService } from "../../services/dreams.ts";
import { createPerspectivesService } from "../../services/perspectives.ts";
import { createSynesthesiaService } from "../../services/synesthesia.ts";
import { dreamsFeature } from "./dreams.ts";
import { createGenerationPicker } from "./generation-picker.ts";
import { createPaintOffer } from "./paint-offer.ts";
import { perspectivesFeature } from "./perspectives.ts";
import { synesthesiaFeature } from "./synesthesia.ts";

export interface EngineSetupDeps {
  config: Config;
  runtime: Pick<
    Runtime,
    "db" | "cache" | "llm" | "mind" | "generation" | "credits" | "catalog" | "generationPrefs"
  >;
  i18n: BotI18n;
  logger: Logger;
}

/** Creates the features (install before the chat feature) and the dream source. */
export function createEngineFeatures(deps: EngineSetupDeps) {
  const { config, runtime, i18n, logger } = deps;
  // The same weights the mind reads with; loaded once per process.
  const emotion = createEmotionEngine();
  const translate = (locale: string, id: string, vars?: Record<string, string | number>) =>
    i18n.t(locale)(id, vars);
  const dreams = createDreamService({ mind: runtime.mind, llm: runtime.llm, translate, logger });
  // "Paint it" opens the very picker /imagine shows; only its offer is used here (its buttons are
  // answered by the generation feature, which registers the same picker's handlers).
  const picker = createGenerationPicker({
    generation: runtime.generation,
    ledger: runtime.credits,
    catalog: runtime.catalog,
    prefs: runtime.generationPrefs,
    cache: runtime.cache,
    fileUrl: (p) => `${config.telegramApiRoot}/file/bot${config.botToken}/${p}`,
  });
  const paint = createPaintOffer({
    cache: runtime.cache,
    picker,
    configured: () => runtime.generation.configured,
  });
  const features = [
    synesthesiaFeature({
      synesthesia: createSynesthesiaService({ emotion, mind: runtime.mind }),
      settings: createEngineSettingsRepository(runtime.db, runtime.cache),
      paint,
    }),
    dreamsFeature({ dreams, paint }),
    perspectivesFeature({
      perspectives: createPerspectivesService({ emotion, llm: runtime.llm, translate, logger }),
    }),
  ];
  return {
    features,
    dreams,
    /** A morning dream for /dreams on: one per user and day (its seed names the day). */
    async dreamSource(user: { id: number; locale: string }, now: number) {
      const day = new Date(now).toISOString().slice(0, 10);
      const dream = await dreams.dream(user.id, { locale: user.locale, seed: `morning:${day}`, now });
      return { text: `${dream.title}\n\n${dream.text}`, imagePrompt: dream.imagePrompt };
    },
  };
}
