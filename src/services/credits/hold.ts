/**
 * Credits held for one piece of work a user waits on (a transcription, a voice reply): reserved
 * before it starts, captured once it is delivered, released when it fails. Every entry carries
 * the same ref, so a re-run of the work (an update handled again after a crash) changes nothing
 * twice. Free work (amount 0) touches no ledger.
 */
import { type CreditsLedger, InsufficientCreditsError } from "./ledger.ts";

export function creditHold(
  ledger: CreditsLedger,
  hold: { userId: number; ref: string; amount: number; note: string },
) {
  const { userId, ref, amount, note } = hold;
  return {
    /** Takes the credits; `{ ok: false, balance }` when the user has too few. */
    async reserve(): Promise<{ ok: true } | { ok: false; balance: number }> {
      if (amount <= 0) return { ok: true };
      try {
        await ledger.apply({ userId, kind: "reserve", amount: -amount, ref, note });
        return { ok: true };
      } catch (err) {
        if (err instanceof InsufficientCreditsError) return { ok: false, balance: err.balance };
        throw err;
      }
    },
    /** Marks the credits spent (the work was delivered). */
    async capture(): Promise<void> {
      if (amount > 0) await ledger.apply({ userId, kind: "capture", amount: 0, ref, note });
    },
    /** Gives the credits back; resolves with how many (also when a re-run finds them returned). */
    async release(why: string): Promise<number> {
      if (amount <= 0) return 0;
      return (await ledger.apply({ userId, kind: "release", amount, ref, note: why })).amount;
    },
  };
}
