/**
 * The price of reading something the user sent (a photo, a document), through the ledger: reserved
 * before the work, captured when the reply went out, released when anything failed. Every entry is
 * keyed by the message (`ref`), so a re-run of the same update never charges or refunds twice.
 */
import { type CreditsLedger, InsufficientCreditsError } from "../credits/ledger.ts";

export type Reservation = { ok: true } | { ok: false; cost: number; balance: number };

/** A price of `credits` per item (0: free, and the ledger is never touched). */
export function createCharge(ledger: CreditsLedger, credits: number, note: string) {
  async function reserve(userId: number, ref: string): Promise<Reservation> {
    if (credits <= 0) return { ok: true };
    try {
      await ledger.apply({ userId, kind: "reserve", amount: -credits, ref, note });
      return { ok: true };
    } catch (err) {
      if (err instanceof InsufficientCreditsError) return { ok: false, cost: credits, balance: err.balance };
      throw err;
    }
  }

  /** Gives the reserved credits back; resolves with how many came back (0 when already given). */
  async function release(userId: number, ref: string, why: string): Promise<number> {
    if (credits <= 0) return 0;
    const r = await ledger.apply({ userId, kind: "release", amount: credits, ref, note: why });
    return r.applied ? r.amount : 0;
  }

  /** After the reply: keeps the price when it went out, else gives it back (how many came back). */
  async function settle(userId: number, ref: string, ok: boolean): Promise<number> {
    if (!ok) return release(userId, ref, "reply failed");
    if (credits > 0) await ledger.apply({ userId, kind: "capture", amount: 0, ref, note });
    return 0;
  }

  return { credits, reserve, release, settle };
}

export type Charge = ReturnType<typeof createCharge>;
