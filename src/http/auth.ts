/**
 * API access: when the `API_TOKEN` secret is set, `/v1/briefs*` and `/v1/batches*` need
 * `Authorization: Bearer <token>`; unset (the local default) they are open.
 *
 * `API_TOKEN` may hold several comma-separated tokens, so a new one can be rolled out before the old
 * one is removed. Tokens are compared as SHA-256 digests with a loop that never exits early, and
 * every configured token is tried, so the time taken says nothing about how much of a guess was
 * right. Callers without a valid token (in open mode, everyone) go through the per-IP rate limit
 * first, which also throttles token guessing.
 *
 * Webhooks carry their own signatures and the form page is public: neither is mounted under these
 * paths, so neither is touched.
 *
 * @example
 * app.use('/v1/briefs/*', apiAccess('briefs'));
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { ProblemError } from './problem';
import { enforceRateLimit } from './rate-limit';

/** The configured tokens: comma-separated, blanks ignored. An empty list means the API is open. */
export function configuredTokens(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token.length > 0);
}

// The last `API_TOKEN` value seen and its tokens: the secret is the same on every request of an
// isolate, so the hot path (GET /v1/briefs/{id}) does not split it again each time.
let parsed: { value: string | undefined; tokens: readonly string[] } | undefined;

/** `configuredTokens(value)`, kept for the last value asked (do not change the list). */
export function apiTokens(value: string | undefined): readonly string[] {
  if (parsed === undefined || parsed.value !== value) parsed = { value, tokens: configuredTokens(value) };
  return parsed.tokens;
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), else null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** Does `presented` equal one of `tokens`? Constant time in the token contents. */
export async function tokenMatches(presented: string, tokens: readonly string[]): Promise<boolean> {
  const presentedDigest = await sha256(presented);
  let matched = false;
  for (const digest of await tokenDigests(tokens)) {
    // Digests have a fixed length, so the comparison cannot leak the configured tokens' lengths.
    if (equalBytes(presentedDigest, digest)) matched = true;
  }
  return matched;
}

// The configured tokens' digests, computed once per isolate (per value of API_TOKEN) rather than on
// every request: the hot path (GET /v1/briefs/{id} with a token) hashes only what was presented.
// The same list (apiTokens) is recognised without joining it again.
let digests: { tokens: readonly string[]; key: string; value: Promise<Uint8Array[]> } | undefined;
function tokenDigests(tokens: readonly string[]): Promise<Uint8Array[]> {
  if (digests?.tokens === tokens) return digests.value;
  const key = tokens.join('\n');
  if (digests?.key !== key) digests = { tokens, key, value: Promise.all(tokens.map(sha256)) };
  else digests.tokens = tokens;
  return digests.value;
}

const utf8 = new TextEncoder();

async function sha256(value: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', utf8.encode(value)));
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/**
 * Guard for an API resource: a valid token passes unthrottled; anyone else is rate limited by IP
 * and `route`, then, when tokens are configured, refused with 401.
 */
export function apiAccess(route: string) {
  return createMiddleware<AppEnv>(async function apiAccess(c, next) {
    // CORS preflights carry no credentials by design; the cors middleware answers them earlier.
    if (c.req.method === 'OPTIONS') return next();
    const tokens = apiTokens(c.env.API_TOKEN);
    const presented = bearerToken(c.req.header('authorization'));
    if (tokens.length > 0 && presented !== null && (await tokenMatches(presented, tokens))) return next();
    await enforceRateLimit(c, c.env.API_RATE_LIMIT, route);
    if (tokens.length > 0) {
      throw new ProblemError(401, {
        slug: 'unauthorized',
        title: 'Unauthorized',
        detail:
          presented === null
            ? 'Send the API token as `Authorization: Bearer <token>`.'
            : 'The bearer token is not valid.',
        headers: {
          'WWW-Authenticate':
            presented === null ? 'Bearer realm="edge-brief"' : 'Bearer realm="edge-brief", error="invalid_token"',
        },
      });
    }
    return next();
  });
}
