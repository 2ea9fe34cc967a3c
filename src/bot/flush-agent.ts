/**
 * Tells the send ledger the moment a request to Telegram has left this process. Telegram has no
 * idempotency key, so after a crash the only question about a send is whether its bytes got out:
 * once they are in the kernel's socket buffer a SIGKILL no longer stops them. A send is written
 * down from that moment on, never before it, so a record always means "it left"; the remaining
 * doubt (it left, the kill landed before the record) can only repeat a message, never lose one.
 *
 * The hook is an HTTP agent: it is the one place that sees the outgoing request object, and grammY
 * (through node-fetch) hands it the request synchronously from the API call, so a callback armed
 * just before the call is picked up by exactly that call's first request.
 */
import http from "node:http";
import https from "node:https";

let armed: (() => void) | undefined;

/**
 * Runs `call` (which must start its request synchronously) with `onFlushed` armed: it fires once
 * the request's last byte was handed to the socket. Returns what `call` returned.
 */
export function withFlushHook<T>(onFlushed: () => void, call: () => T): T {
  armed = onFlushed;
  try {
    return call();
  } finally {
    armed = undefined;
  }
}

type AddRequest = (req: http.ClientRequest, options: unknown) => void;

function track<A extends http.Agent>(agent: A): A {
  // addRequest is how ClientRequest hands itself to its agent (every Node version has it, though
  // @types/node leaves it out); keeping the original keeps pooling and keep-alive as they are.
  const original = (agent as unknown as { addRequest: AddRequest }).addRequest.bind(agent);
  (agent as unknown as { addRequest: AddRequest }).addRequest = (req, options) => {
    const onFlushed = armed;
    armed = undefined;
    if (onFlushed) req.once("finish", onFlushed);
    original(req, options);
  };
  return agent;
}

/** A keep-alive agent for the Bot API at `apiRoot` that reports flushed requests. */
export function flushTrackingAgent(apiRoot: string): http.Agent {
  return apiRoot.startsWith("https:")
    ? track(new https.Agent({ keepAlive: true }))
    : track(new http.Agent({ keepAlive: true }));
}
