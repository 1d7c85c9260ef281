/**
 * Desk sign-in sessions (issue 15): with `API_TOKEN` set, a person signs in to /desk once with the
 * token and gets a session cookie (`__Host-desk_session`: HttpOnly, Secure, SameSite=Strict, Path=/).
 *
 * - The cookie is `<session id>.<expiry>` signed with HMAC-SHA-256 (Web Crypto, through hono/cookie),
 *   so it cannot be forged or have its expiry stretched.
 * - The key is derived (HKDF-SHA-256) from the API token the person signed in with: no second
 *   secret to configure and forget, and removing a token from `API_TOKEN` ends every session it
 *   opened, as it ends its API access. Adding a token (rotation) ends none. The token must be long
 *   and random anyway (it is the API's bearer credential), which also keeps the HMAC from being an
 *   oracle for guessing it.
 * - The signature alone cannot be revoked, so the id must also have its row in D1 (`desk_sessions`,
 *   migrations/0002): sign-out deletes it, and a copy of the cookie replayed afterwards is refused.
 *   D1 rather than KV because a KV delete takes up to a minute to reach other locations.
 */
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { AppEnv } from '../env';
import { tokenMatches } from '../http/auth';

const COOKIE = 'desk_session';
/** How long a sign-in lasts (the cookie's Max-Age and the row's expiry). */
export const SESSION_SECONDS = 12 * 60 * 60;

const encoder = new TextEncoder();
const keys = new Map<string, Promise<ArrayBuffer>>();

/** The HMAC key for sessions opened with `token`, derived once per isolate. */
export function sessionKey(token: string): Promise<ArrayBuffer> {
  let key = keys.get(token);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(token), 'HKDF', false, ['deriveBits']).then((material) =>
      crypto.subtle.deriveBits(
        {
          name: 'HKDF',
          hash: 'SHA-256',
          salt: encoder.encode('edge-brief'),
          info: encoder.encode('desk session v1'),
        },
        material,
        256,
      ),
    );
    keys.set(token, key);
  }
  return key;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Open a session for a person who presented `token` (already checked) and set its cookie. */
export async function openSession(c: Context<AppEnv>, db: D1Database, token: string): Promise<void> {
  const id = randomId();
  const expires = nowSeconds() + SESSION_SECONDS;
  await db.batch([
    db.prepare('DELETE FROM desk_sessions WHERE expires_at <= ?1').bind(nowSeconds()),
    db.prepare('INSERT INTO desk_sessions (id, expires_at) VALUES (?1, ?2)').bind(id, expires),
  ]);
  await setSignedCookie(c, COOKIE, `${id}.${expires}`, await sessionKey(token), {
    prefix: 'host',
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: SESSION_SECONDS,
  });
}

/**
 * The request's session id when its cookie is signed by one of `tokens`' keys, not expired and
 * not signed out (its row is still in D1); else null. D1 failing throws.
 */
export async function currentSession(c: Context<AppEnv>, db: D1Database, tokens: readonly string[]) {
  const id = await signedSessionId(c, tokens);
  if (!id) return null;
  const row = await db
    .prepare('SELECT 1 AS ok FROM desk_sessions WHERE id = ?1 AND expires_at > ?2')
    .bind(id, nowSeconds())
    .first<{ ok: number }>();
  return row ? id : null;
}

/** Sign out: delete the session's row (so its cookie is dead everywhere) and clear the cookie. */
export async function closeSession(c: Context<AppEnv>, db: D1Database, tokens: readonly string[]): Promise<void> {
  const id = await signedSessionId(c, tokens);
  if (id) await db.prepare('DELETE FROM desk_sessions WHERE id = ?1').bind(id).run();
  deleteCookie(c, COOKIE, { prefix: 'host', path: '/', secure: true, httpOnly: true, sameSite: 'Strict' });
}

/** The id in a validly signed, unexpired cookie (before asking D1), else null. */
async function signedSessionId(c: Context<AppEnv>, tokens: readonly string[]): Promise<string | null> {
  for (const token of tokens) {
    const value = await getSignedCookie(c, await sessionKey(token), COOKIE, 'host');
    if (!value) continue;
    const match = /^([A-Za-z0-9_-]{43})\.(\d{1,12})$/.exec(value);
    if (match && Number(match[2]) > nowSeconds()) return match[1];
  }
  return null;
}

/** The token in a sign-in form when it is one of `tokens` (compared in constant time); else null. */
export async function signInToken(presented: unknown, tokens: readonly string[]): Promise<string | null> {
  if (typeof presented !== 'string') return null;
  const token = presented.trim();
  return token && (await tokenMatches(token, tokens)) ? token : null;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
