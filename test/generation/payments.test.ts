/** Telegram Stars: /buy → invoice → pre-checkout → successful_payment → credits once; /refund. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackQuery, command, preCheckout, successfulPayment } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { buttons, type GenStack, sentMessage, startGenStack } from "./setup.ts";

let s: GenStack;
beforeAll(async () => {
  s = await startGenStack();
});
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const balance = (userId: number) => s.h.app.runtime.credits.balance(userId);

async function buyPack(userId: number) {
  const before = s.h.tg.calls.length;
  await s.h.send(command("buy", undefined, { userId }));
  const menu = await s.h.nextCall("sendMessage", userId, before);
  const pack = buttons(menu)[0]!;
  await s.h.send(callbackQuery(pack.data, { userId, message: sentMessage(menu) }));
  await s.h.nextCall("sendInvoice", userId, before);
  return s.h.tg.invoices().at(-1)!;
}

describe("Telegram Stars", () => {
  it("sends a one-price XTR invoice and grants the pack's credits once on successful_payment", async () => {
    const user = 4401;
    const invoice = await buyPack(user);
    expect(invoice).toMatchObject({ currency: "XTR", amount: 50 });
    const outcome = await s.h.tg.simulatePurchase({ userId: user });
    expect(outcome.status).toBe("paid");
    await eventually(async () => (await balance(user)) === 100 + 250);
    // The thank-you follows the credit; wait for it so it is not taken for the /balance answer below.
    await s.h.tg.waitFor(
      (c) =>
        c.method === "sendMessage" &&
        Number(c.payload.chat_id) === user &&
        /Thank you/.test(String(c.payload.text)),
      5_000,
    );
    // Telegram delivering the same successful_payment again must not grant twice.
    const dup = successfulPayment({
      userId: user,
      payload: invoice.payload,
      amount: 50,
      chargeId: outcome.chargeId,
    });
    await s.h.send(dup);
    await s.h.send({ ...dup, update_id: dup.update_id + 1 });
    // Updates of one chat are handled in order, so /balance answers after both duplicates.
    const mark = s.h.tg.calls.length;
    await s.h.send(command("balance", undefined, { userId: user }));
    expect(String((await s.h.nextCall("sendMessage", user, mark)).payload.text)).toMatch(
      /You have 350 credits/,
    );
    const purchases = await s.h.app.db.prisma.creditEntry.count({
      where: { userId: BigInt(user), kind: "purchase" },
    });
    expect(purchases).toBe(1);
  });

  it("declines a pre-checkout for an unknown pack or a wrong price", async () => {
    const user = 4402;
    const before = s.h.tg.calls.length;
    await s.h.send(preCheckout({ userId: user, payload: `credits:s:${user}`, amount: 49 }));
    const answer = await s.h.tg.waitFor((c) => c.method === "answerPreCheckoutQuery", 5_000, before);
    expect(answer.payload.ok).toBe(false);
    expect(String(answer.payload.error_message)).toMatch(/price has changed/);
    expect(await balance(user)).toBe(100);
  });

  it("/refund refunds the Stars and reverses the credits; a second /refund changes nothing", async () => {
    const user = 4403;
    await buyPack(user);
    const outcome = await s.h.tg.simulatePurchase({ userId: user });
    await eventually(async () => (await balance(user)) === 350);
    const before = s.h.tg.calls.length;
    await s.h.send(command("refund", outcome.chargeId, { userId: 999 }));
    const reply = await s.h.nextCall("sendMessage", 999, before);
    expect(String(reply.payload.text)).toMatch(/Refunded 50 ⭐ to 4403; 250 of 250 credits reversed/);
    expect(s.h.tg.charges().find((c) => c.telegram_payment_charge_id === outcome.chargeId)?.refunded).toBe(
      true,
    );
    expect(await balance(user)).toBe(100);
    const again = s.h.tg.calls.length;
    await s.h.send(command("refund", outcome.chargeId, { userId: 999 }));
    expect(String((await s.h.nextCall("sendMessage", 999, again)).payload.text)).toMatch(/already reversed/);
    expect(await balance(user)).toBe(100);
    expect((await s.h.app.runtime.credits.reconcile()).mismatches).toEqual([]);
  });

  it("refuses admin commands to non-admins and lets admins /grant", async () => {
    const before = s.h.tg.calls.length;
    await s.h.send(command("grant", "4404 500", { userId: 4404 }));
    expect(String((await s.h.nextCall("sendMessage", 4404, before)).payload.text)).toMatch(/for admins/);
    await s.h.send(command("grant", "4404 500", { userId: 999 }));
    await eventually(async () => (await balance(4404)) === 600);
  });
});
