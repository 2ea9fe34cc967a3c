/**
 * Lease owners are named `<slot>:<run>`, the slot being the instance's host and port. A process
 * that could bind its slot's port knows that an earlier run of the slot is gone, so the work that
 * run held need not wait for its leases to expire.
 */
import { Prisma } from "./generated/client.ts";

/**
 * The SQL condition (to AND into a WHERE) that selects lease owners of earlier runs of `slot`;
 * `null` selects every owner (the embedded database, which only one process can open).
 */
export const earlierRunsOf = (slot: string | null): Prisma.Sql =>
  slot === null ? Prisma.empty : Prisma.sql`AND lease_owner LIKE ${`${slot.replace(/[\\%_]/g, "\\$&")}:%`}`;
