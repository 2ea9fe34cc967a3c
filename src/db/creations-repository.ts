/**
 * The Mini App's gallery over generation_jobs: a user's finished creations page by page (newest
 * first, by creation time), one creation, and deleting one. Only finished jobs are deleted here:
 * an unfinished one is cancelled instead, which releases its credits (the ledger keeps its entries
 * either way).
 */
import type { PrismaClient } from "./generated/client.ts";

const FINISHED = ["completed", "failed"];

/** Creates the repository. */
export function createCreationsRepository(prisma: PrismaClient) {
  return {
    /** Completed creations made before `before` (all when unset), newest first. */
    list: (userId: number, options: { before?: Date; limit: number }) =>
      prisma.generationJob.findMany({
        where: {
          userId: BigInt(userId),
          status: "completed",
          ...(options.before ? { createdAt: { lt: options.before } } : {}),
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: options.limit,
      }),

    /** Unfinished creations (queued, running), oldest first: what the live page follows. */
    active: (userId: number) =>
      prisma.generationJob.findMany({
        where: { userId: BigInt(userId), status: { in: ["pending", "queued", "running"] } },
        orderBy: { createdAt: "asc" },
        take: 50,
      }),

    /** One of the user's creations, or null (another user's is never found). */
    find: (userId: number, id: string) =>
      prisma.generationJob.findFirst({ where: { id, userId: BigInt(userId) } }),

    /** Deletes a finished creation of the user; false when there is none to delete. */
    async remove(userId: number, id: string): Promise<boolean> {
      const { count } = await prisma.generationJob.deleteMany({
        where: { id, userId: BigInt(userId), status: { in: FINISHED } },
      });
      return count > 0;
    },
  };
}

export type CreationsRepository = ReturnType<typeof createCreationsRepository>;
