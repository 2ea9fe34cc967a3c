/** Model and aspect-ratio choices remembered per user for /imagine, /video and /animate. */
import type { PrismaClient } from "../../db/generated/client.ts";

export interface GenerationPrefs {
  imageModel?: string;
  videoModel?: string;
  /** The image-to-video model last chosen for /animate. */
  animateModel?: string;
  aspectRatio?: string;
}

/** Creates the preference store. */
export function createPreferenceStore(prisma: PrismaClient) {
  return {
    async get(userId: number): Promise<GenerationPrefs> {
      const row = await prisma.generationPreference.findUnique({ where: { userId: BigInt(userId) } });
      return {
        imageModel: row?.imageModel ?? undefined,
        videoModel: row?.videoModel ?? undefined,
        animateModel: row?.animateModel ?? undefined,
        aspectRatio: row?.aspectRatio ?? undefined,
      };
    },
    async set(userId: number, patch: GenerationPrefs): Promise<void> {
      await prisma.generationPreference.upsert({
        where: { userId: BigInt(userId) },
        create: { userId: BigInt(userId), ...patch },
        update: patch,
      });
    },
  };
}

export type PreferenceStore = ReturnType<typeof createPreferenceStore>;
