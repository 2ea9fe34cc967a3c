/**
 * A cheaper `Composer.prototype.branch` for grammY, installed once on import.
 *
 * Every `command`, `on`, `callbackQuery`, `hears`, `filter` and `chatType` is a `branch`, and
 * grammY runs each through `lazy`: per update and per registered handler it builds a new Composer
 * (its handler chain, the closures, an array) only to call it once. With the bot's ~115 handlers a
 * single text message paid for ~115 of those before reaching the chat handler — about a third of
 * everything a turn allocates, and the young-generation garbage collection that goes with it.
 *
 * This keeps `branch`'s contract exactly — the predicate runs once per update and may be async;
 * the chosen side is a Composer's *current* chain, so handlers added to the Composer that `filter`
 * returns after registration still run; `next` is the branch's `next` — but resolves each side to a
 * function once, at registration, and calls it directly. `bench:webhook` measures the difference;
 * `test/unit/fast-branch.test.ts` holds the contract.
 */
import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type Side<C extends Context> = Middleware<C> | Middleware<C>[];

/** The side as one function; a Composer is read at call time, as `lazy` would. */
function resolve<C extends Context>(side: Side<C>): MiddlewareFn<C> {
  if (Array.isArray(side)) return new Composer(...side).middleware();
  if (typeof side === "function") return side;
  return (ctx, next) => side.middleware()(ctx, next);
}

const patched = Symbol.for("velro.fastBranch");
// The prototype is shared by every Composer whatever its context type; `Context` stands for them all.
const proto = Composer.prototype as Composer<Context> & { [patched]?: true };

if (!proto[patched]) {
  proto[patched] = true;
  proto.branch = function branch(
    this: Composer<Context>,
    predicate: (ctx: Context) => boolean | Promise<boolean>,
    trueMiddleware: Side<Context>,
    falseMiddleware: Side<Context>,
  ) {
    const onTrue = resolve(trueMiddleware);
    const onFalse = resolve(falseMiddleware);
    return this.use((ctx, next) => {
      const verdict = predicate(ctx);
      if (typeof verdict === "boolean") return (verdict ? onTrue : onFalse)(ctx, next);
      return Promise.resolve(verdict).then((ok) => (ok ? onTrue : onFalse)(ctx, next));
    });
  };
}
