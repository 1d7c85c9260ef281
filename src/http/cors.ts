/**
 * CORS for browser callers of the API (`hono/cors`), with the origins from the `ALLOWED_ORIGINS`
 * var: comma-separated exact origins (`https://cms.example.com`), or `*` for any. Unset: no
 * cross-origin access (the form page is same-origin and needs none).
 *
 * No credentials mode: the API authenticates with a bearer token the caller adds itself, never with
 * cookies, so `*` cannot leak anyone's session. The brief headers are exposed so a browser client
 * can read the cache status and id; the problem body is readable too, since error responses keep
 * the headers set here.
 *
 * @example
 * app.use('/v1/*', apiCors);
 */
import { cors } from 'hono/cors';

export function allowedOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => withoutTrailingSlash(origin.trim()))
    .filter((origin) => origin.length > 0);
}

/** Browsers send `https://a.example`, never `https://a.example/`; forgive the slash in the config. */
function withoutTrailingSlash(origin: string): string {
  let end = origin.length;
  while (end > 0 && origin[end - 1] === '/') end--;
  return origin.slice(0, end);
}

// The last `ALLOWED_ORIGINS` value seen and its list: the var is the same on every request of an
// isolate, so it is split once rather than per request.
let parsed: { value: string | undefined; origins: string[] } | undefined;

/** The `Access-Control-Allow-Origin` a request from `origin` gets (`*`, that origin), or null for none. */
export function allowOrigin(origin: string, configured: string | undefined): string | null {
  if (parsed === undefined || parsed.value !== configured)
    parsed = { value: configured, origins: allowedOrigins(configured) };
  const allowed = parsed.origins;
  if (allowed.includes('*')) return '*';
  return origin && allowed.includes(origin) ? origin : null;
}

/** The headers a browser may read from an API response (also on the fast hit path, src/http/stored-brief-hit.ts). */
export const EXPOSED_HEADERS = ['ETag', 'X-Cache', 'Server-Timing', 'Retry-After', 'Location'];

export const apiCors = cors({
  origin: (origin, c) => allowOrigin(origin, c.env.ALLOWED_ORIGINS),
  allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
  exposeHeaders: EXPOSED_HEADERS,
  maxAge: 600,
});
