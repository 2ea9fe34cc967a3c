/**
 * Photos and documents in, put together from the configuration: the photo service with the
 * configured vision (or none), and the document service filing into the memory palace.
 */
import type { Config } from "../../config/config.ts";
import type { ServiceModelSpec } from "../../engines/generation/catalog.ts";
import type { Logger } from "../../observability/logger.ts";
import type { CreditsLedger } from "../credits/ledger.ts";
import type { MindService } from "../mind-service.ts";
import { createVision } from "../vision/index.ts";
import { createDocumentReader } from "./documents.ts";
import { createPhotoReader } from "./photos.ts";

export { createDocumentReader, type DocumentReader, excerptFor } from "./documents.ts";
export { createPhotoReader, type PhotoReader } from "./photos.ts";

export function createMediaServices(
  config: Config,
  deps: {
    ledger: CreditsLedger;
    mind: Pick<MindService, "fileDocument">;
    vision: ServiceModelSpec;
    logger: Logger;
  },
) {
  const { media } = config;
  return {
    photos: createPhotoReader({
      vision: createVision(config, deps.vision),
      budget: { contextTokens: config.contextTokens, maxReplyTokens: config.maxReplyTokens },
      ledger: deps.ledger,
      credits: media.visionCredits,
      // A picture sent as a file is held to the document limit.
      maxImageBytes: media.documentMaxBytes,
      logger: deps.logger,
    }),
    documents: createDocumentReader({
      file: (userId, doc) => deps.mind.fileDocument(userId, doc),
      ledger: deps.ledger,
      credits: media.documentCredits,
      maxBytes: media.documentMaxBytes,
      maxPages: media.documentMaxPages,
      logger: deps.logger,
    }),
    /** Characters of documents a turn's prompt carries: about what the prompt budget leaves. */
    excerptChars: Math.max(2_000, (config.contextTokens - config.maxReplyTokens) * 2),
  };
}
