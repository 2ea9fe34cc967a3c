/** JWT signing and Mini App initData validation: what is accepted and every way it is refused. */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signInitData, validateInitData } from "../../src/ws/init-data.ts";
import { signToken, verifyToken } from "../../src/ws/jwt.ts";
import { parseFrame } from "../../src/ws/protocol.ts";

const SECRET = "s".repeat(32);
const BOT = "123456:AAbot-token";
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

describe("jwt", () => {
  it("round-trips claims and refuses expiry, tampering, other secrets and alg:none", () => {
    const now = Date.now();
    const { token, claims } = signToken(SECRET, { userId: 42, admin: true, ttlSeconds: 60, now });
    expect(verifyToken(SECRET, token, now)).toEqual({ ok: true, claims });
    expect(claims).toMatchObject({ sub: "42", adm: true, exp: claims.iat + 60 });
    expect(verifyToken(SECRET, token, now + 61_000)).toEqual({ ok: false, error: "token expired" });
    expect(verifyToken("t".repeat(32), token, now).ok).toBe(false);
    const [h, , sig] = token.split(".");
    const forged = `${h}.${b64({ ...claims, sub: "1" })}.${sig}`;
    expect(verifyToken(SECRET, forged, now)).toEqual({ ok: false, error: "invalid token" });
    const none = `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`;
    expect(verifyToken(SECRET, none, now).ok).toBe(false);
    for (const junk of ["", "a.b", "a.b.c", "x".repeat(5000)])
      expect(verifyToken(SECRET, junk, now).ok).toBe(false);
  });
});

describe("Mini App initData", () => {
  const fields = (authDate: number) => ({
    auth_date: String(authDate),
    query_id: "AAH",
    user: JSON.stringify({ id: 777, first_name: "Ann" }),
  });

  it("accepts data signed with the bot token", () => {
    const now = Date.now();
    const data = signInitData(fields(Math.floor(now / 1000) - 60), BOT);
    expect(validateInitData(data, BOT, { now })).toMatchObject({ ok: true, user: { id: 777 } });
  });

  it("matches Telegram's algorithm computed independently", () => {
    const auth = Math.floor(Date.now() / 1000);
    const user = JSON.stringify({ id: 5, first_name: "Zed" });
    const check = `auth_date=${auth}\nquery_id=Q\nuser=${user}`;
    const key = createHmac("sha256", "WebAppData").update(BOT).digest();
    const hash = createHmac("sha256", key).update(check).digest("hex");
    const data = new URLSearchParams({ user, query_id: "Q", auth_date: String(auth), hash }).toString();
    expect(validateInitData(data, BOT)).toMatchObject({ ok: true, user: { id: 5 } });
  });

  it("refuses a wrong signature, a changed field, stale data and data without a user", () => {
    const now = Date.now();
    const fresh = Math.floor(now / 1000) - 60;
    expect(validateInitData(signInitData(fields(fresh), "999:other"), BOT, { now }).ok).toBe(false);
    const tampered = signInitData(fields(fresh), BOT).replace("777", "778");
    expect(validateInitData(tampered, BOT, { now })).toMatchObject({ ok: false, error: /does not match/ });
    const stale = signInitData(fields(fresh - 2 * 86_400), BOT);
    expect(validateInitData(stale, BOT, { now })).toMatchObject({ ok: false, error: /too old/ });
    const noUser = signInitData({ auth_date: String(fresh) }, BOT);
    expect(validateInitData(noUser, BOT, { now })).toMatchObject({ ok: false, error: /no user/ });
    expect(validateInitData("garbage", BOT, { now })).toMatchObject({ ok: false, error: /hash/ });
  });
});

describe("frame parsing", () => {
  it("names the problem of an invalid frame", () => {
    expect(parseFrame("[")).toEqual({ ok: false, message: "frame is not JSON" });
    expect(parseFrame('{"type":"resume","last_event_id":"a b"}')).toMatchObject({ message: /last_event_id/ });
    expect(parseFrame('{"type":"broadcast","text":"   "}')).toMatchObject({ ok: false, message: /text/ });
    expect(parseFrame('{"type":"ping","req":3}')).toEqual({ ok: true, frame: { type: "ping", req: 3 } });
  });
});
