/**
 * The cheaper `Composer.prototype.branch` must behave exactly like grammY's: these are the parts of
 * its contract the bot relies on.
 */
import { Api, Composer, Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import "../../src/bot/fast-branch.ts";

const me = { id: 1, is_bot: true, first_name: "Velro", username: "velro_bot" } as UserFromGetMe;
const api = new Api("0:test");

function text(t: string): Context {
  const update = {
    update_id: 1,
    message: {
      message_id: 1,
      date: 0,
      chat: { id: 5, type: "private", first_name: "Ann" },
      from: { id: 5, is_bot: false, first_name: "Ann" },
      text: t,
      ...(t.startsWith("/")
        ? { entities: [{ type: "bot_command", offset: 0, length: t.split(" ")[0]!.length }] }
        : {}),
    },
  } as Update;
  return new Context(update, api, me);
}

async function run(composer: Composer<Context>, ctx: Context) {
  let reachedEnd = false;
  await composer.middleware()(ctx, async () => {
    reachedEnd = true;
  });
  return reachedEnd;
}

describe("fast branch", () => {
  it("is installed on grammY's Composer", () => {
    expect(Composer.prototype.branch.name).toBe("branch");
    expect(Object.getOwnPropertySymbols(Composer.prototype).map(String)).toContain(
      "Symbol(velro.fastBranch)",
    );
  });

  it("routes commands, text and filters in registration order, and passes what no one takes", async () => {
    const seen: string[] = [];
    const bot = new Composer<Context>();
    bot.command("start", () => void seen.push("start"));
    bot.callbackQuery("x", () => void seen.push("callback"));
    bot.hears(/^hi/, async (_ctx, next) => {
      seen.push("hears");
      await next();
    });
    bot.on("message:text", () => void seen.push("text"));

    expect(await run(bot, text("/start"))).toBe(false);
    expect(await run(bot, text("hi there"))).toBe(false);
    expect(await run(bot, text("plain"))).toBe(false);
    expect(seen).toEqual(["start", "hears", "text", "text"]);

    const onlyCallbacks = new Composer<Context>();
    onlyCallbacks.callbackQuery("x", () => void seen.push("never"));
    expect(await run(onlyCallbacks, text("plain"))).toBe(true);
  });

  it("runs handlers added to a filtered composer after it was registered", async () => {
    const seen: string[] = [];
    const bot = new Composer<Context>();
    const privateChats = bot.chatType("private");
    privateChats.use(async (_ctx, next) => {
      seen.push("first");
      await next();
    });
    privateChats.on("message:text", () => void seen.push("later"));
    await run(bot, text("hello"));
    expect(seen).toEqual(["first", "later"]);
  });

  it("waits for an async predicate, and takes either side of a branch", async () => {
    const seen: string[] = [];
    const bot = new Composer<Context>();
    bot.filter(
      async (ctx) => {
        await new Promise((r) => setTimeout(r, 5));
        return ctx.message?.text === "yes";
      },
      () => void seen.push("async yes"),
    );
    bot.branch(
      (ctx) => ctx.message?.text === "left",
      [() => void seen.push("left")],
      (_ctx, next) => {
        seen.push("right");
        return next();
      },
    );
    expect(await run(bot, text("yes"))).toBe(false);
    expect(await run(bot, text("left"))).toBe(false);
    expect(await run(bot, text("other"))).toBe(true);
    expect(seen).toEqual(["async yes", "left", "right"]);
  });

  it("lets errors from a handler or a predicate reach the caller", async () => {
    const bot = new Composer<Context>();
    bot.command("boom", () => {
      throw new Error("handler failed");
    });
    bot.filter(
      () => {
        throw new Error("predicate failed");
      },
      () => {},
    );
    await expect(run(bot, text("/boom"))).rejects.toThrow("handler failed");
    await expect(run(bot, text("anything"))).rejects.toThrow("predicate failed");
  });

  it("still refuses a next() called twice", async () => {
    const bot = new Composer<Context>();
    bot.on("message", async (_ctx, next) => {
      await next();
      await next();
    });
    bot.use(() => {});
    await expect(run(bot, text("x"))).rejects.toThrow("already called");
  });

  it("use: runs handlers in order, each next running the rest and then the composer's next", async () => {
    const seen: string[] = [];
    const bot = new Composer<Context>();
    bot.use(async (_ctx, next) => {
      seen.push("a in");
      await next();
      seen.push("a out");
    });
    // A plain function that returns nothing, as grammY allows.
    bot.use((_ctx, next) => {
      seen.push("b");
      void next();
    });
    const inner = new Composer<Context>();
    inner.use(async (_ctx, next) => {
      seen.push("inner");
      await next();
    });
    bot.use(inner);
    expect(await run(bot, text("x"))).toBe(true);
    expect(seen).toEqual(["a in", "b", "inner", "a out"]);
  });

  it("use: a handler that does not call next stops the chain, and a composer can grow later", async () => {
    const seen: string[] = [];
    const bot = new Composer<Context>();
    const later = bot.use((_ctx, next) => next());
    bot.use(() => void seen.push("stop"));
    bot.use(() => void seen.push("never"));
    later.use(async (_ctx, next) => {
      seen.push("added later");
      await next();
    });
    expect(await run(bot, text("x"))).toBe(false);
    expect(seen).toEqual(["added later", "stop"]);
  });

  it("use: an error thrown in a handler, sync or async, rejects the whole run", async () => {
    const sync = new Composer<Context>();
    sync.use((_ctx, next) => next());
    sync.use(() => {
      throw new Error("sync failure");
    });
    await expect(run(sync, text("x"))).rejects.toThrow("sync failure");
    const nested = new Composer<Context>();
    nested.use(async (_ctx, next) => {
      await expect(next()).rejects.toThrow("async failure");
    });
    nested.use(async () => {
      throw new Error("async failure");
    });
    expect(await run(nested, text("x"))).toBe(false);
  });

  it("use: next called twice is refused (the last handler's next is the caller's, as in grammY)", async () => {
    const bot = new Composer<Context>();
    bot.use(async (_ctx, next) => {
      await next();
      await next();
    });
    bot.use((_ctx, next) => next());
    await expect(run(bot, text("x"))).rejects.toThrow("already called");
  });
});
