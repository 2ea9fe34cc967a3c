/** Fault-injection helpers: a throwaway redis-server and a TCP proxy that can cut a connection. */
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { eventually, freePort } from "../helpers/harness.ts";

/** A redis-server of our own on a free port (never the machine's 6379), stoppable and restartable. */
export async function startThrowawayRedis() {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const ping = () =>
    new Promise<boolean>((resolve) => {
      const sock = net.connect(port, "127.0.0.1", () => sock.write("PING\r\n"));
      sock.once("data", (d) => {
        sock.destroy();
        resolve(d.toString().startsWith("+PONG"));
      });
      sock.once("error", () => resolve(false));
    });
  const start = async () => {
    child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        stdio: "ignore",
      },
    );
    await eventually(ping, 10_000);
  };
  const stop = async () => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once("exit", r));
    c.kill("SIGKILL");
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}

/** A TCP proxy to `target` that can drop every connection and refuse new ones ("down"). */
export async function startTcpProxy(targetHost: string, targetPort: number) {
  let down = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (down) return void client.destroy();
    const upstream = net.connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    const cleanup = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.pipe(upstream).pipe(client);
    client.on("error", cleanup).on("close", cleanup);
    upstream.on("error", cleanup).on("close", cleanup);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    setDown(v: boolean) {
      down = v;
      if (v) for (const s of sockets) s.destroy();
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
