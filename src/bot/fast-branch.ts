/**
 * Cheaper `Composer.prototype.branch` and `Composer.prototype.use` for grammY, installed once on
 * import.
 *
 * `branch`: every `command`, `on`, `callbackQuery`, `hears`, `filter` and `chatType` is a branch,
 * and grammY runs each through `lazy`: per update and per registered handler it builds a new
 * Composer (its handler chain, the closures, an array) only to call it once. With the bot's ~115
 * handlers a single text message paid for ~115 of those before reaching the chat handler. This keeps
 * `branch`'s contract exactly — the predicate runs once per update and may be async; the chosen
 * side is a Composer's *current* chain, so handlers added to the Composer that `filter` returns
 * after registration still run; `next` is the branch's `next` — but resolves each side to a
 * function once, at registration, and calls it directly.
 *
 * `use`: grammY chains each handler onto the previous ones with an `async` wrapper whose `next` is
 * another `async` closure, so an update walking past ~115 handlers made two promises (and, with
 * AsyncLocalStorage on, two context records) per handler. Here a Composer keeps its handlers in a
 * list and runs them in turn: per handler one small `next` closure, and a promise only where a
 * handler makes one. The contract is grammY's: handlers run in order, each `next` runs the rest and
 * then the Composer's own `next`, calling `next` twice is an error, a thrown error becomes a
 * rejection, and a Composer returned by `use` can still gain handlers later.
 *
 * `bench:webhook` measures the difference; `test/unit/fast-branch.test.ts` holds the contract.
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

// grammY's `handler` is private in its types; this is the shape its JavaScript has.
type Listed = { handler: MiddlewareFn<Context>; [chain]?: MiddlewareFn<Context>[] };
const chain = Symbol("velro.chain");

/** Runs `list` in order with `next` after the last, as nested `concat`s would. */
function sequence(list: MiddlewareFn<Context>[]): MiddlewareFn<Context> {
  return (ctx, next) => {
    const step = (i: number): Promise<unknown> => {
      if (i === list.length) return next();
      let called = false;
      try {
        return list[i]!(ctx, () => {
          if (called) throw new Error("`next` already called before!");
          called = true;
          return step(i + 1) as Promise<void>;
        }) as Promise<unknown>;
      } catch (err) {
        return Promise.reject(err);
      }
    };
    return step(0) as Promise<void>;
  };
}

if (!proto[patched]) {
  proto[patched] = true;
  // grammY's no-op handler, which an empty Composer starts with (taken before `use` is replaced).
  const grammyPass = (new Composer<Context>() as unknown as Listed).handler;
  proto.use = function use(this: Composer<Context>, ...middleware: Middleware<Context>[]) {
    const self = this as unknown as Listed;
    const composer = new Composer<Context>(...middleware);
    // The handler the constructor built (or the no-op) starts the list; later `use`s extend it.
    let list = self[chain];
    if (!list) {
      list = self.handler === grammyPass ? [] : [self.handler];
      self[chain] = list;
    }
    list.push((ctx, next) => composer.middleware()(ctx, next));
    self.handler = list.length === 1 ? list[0]! : sequence(list);
    return composer;
  };

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
