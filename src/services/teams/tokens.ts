/**
 * Unguessable tokens for invitation links and public project pages: 16 random bytes (128 bits)
 * as base64url (22 characters of [A-Za-z0-9_-], so `join_<token>` fits Telegram's 64-character
 * start payload). Only their SHA-256 is stored: a copy of the database opens no door.
 */
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_BYTES = 16;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22}$/;

/** A fresh random token. */
export const newToken = (): string => randomBytes(TOKEN_BYTES).toString("base64url");

/** What is stored in place of a token. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** True for a string shaped like a token (checked before any lookup, so junk never reaches the database). */
export const isTokenShaped = (value: string): boolean => TOKEN_SHAPE.test(value);

/** The start payload prefix of an invitation deep link. */
export const JOIN_PREFIX = "join_";

/** The deep link that opens the bot with `/start join_<token>`. */
export const inviteLink = (botUsername: string, token: string): string =>
  `https://t.me/${botUsername}?start=${JOIN_PREFIX}${token}`;
