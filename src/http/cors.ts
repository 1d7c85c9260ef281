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

export const apiCors = cors({
  origin: (origin, c) => {
    const allowed = allowedOrigins(c.env.ALLOWED_ORIGINS);
    if (allowed.includes('*')) return '*';
    return origin && allowed.includes(origin) ? origin : null;
  },
  allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
  exposeHeaders: ['ETag', 'X-Cache', 'Server-Timing', 'Retry-After', 'Location'],
  maxAge: 600,
});
