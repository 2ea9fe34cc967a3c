/** Shared set-up for generation tests: the fake FAL server plus the whole app on the fake Bot API. */
import type { Update } from "grammy/types";
import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import type { RecordedCall } from "../fakes/telegram-server.ts";
import { freePort, type Harness, startHarness } from "../helpers/harness.ts";

export interface GenStack {
  h: Harness;
  fal: FakeFal;
}

/** Starts fake FAL and the app pointed at it (polling FAL unless `webhook`). */
export async function startGenStack(
  opts: { webhook?: boolean; env?: Record<string, string>; fal?: FakeFal; h?: Harness } = {},
): Promise<GenStack> {
  const fal = opts.fal ?? (await startFakeFal());
  const port = await freePort();
  const h = await startHarness({
    tg: opts.h?.tg,
    env: {
      PORT: String(port),
      ...fal.env,
      ADMIN_IDS: "999",
      ...(opts.webhook ? { PUBLIC_URL: `http://127.0.0.1:${port}` } : {}),
      ...opts.env,
    },
  });
  return { h, fal };
}

/** Callback data of the inline buttons on a recorded send. */
export function buttons(call: RecordedCall): { text: string; data: string }[] {
  const markup = call.payload.reply_markup as
    | { inline_keyboard?: { text: string; callback_data?: string }[][] }
    | string
    | undefined;
  const kb = typeof markup === "string" ? JSON.parse(markup) : markup;
  return (kb?.inline_keyboard ?? []).flat().map((b: { text: string; callback_data?: string }) => ({
    text: b.text,
    data: b.callback_data ?? "",
  }));
}

/** The bot message a recorded sendMessage created (for building callback queries on it). */
export function sentMessage(call: RecordedCall): NonNullable<Update["message"]> {
  return call.result as NonNullable<Update["message"]>;
}
