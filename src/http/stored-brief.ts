/**
 * Answer with a stored brief, as JSON or as a Markdown download, with an ETag and 304 on
 * `If-None-Match` (weak comparison, `*` too). A brief by id never changes (its id is the hash of the
 * article and the engine), so it may be kept for good: `Cache-Control: immutable`, `private` when the
 * API token locks it. `X-Cache: HIT` and `Server-Timing` say it came from KV and how long that took. There
 * is only a one-minute copy of what was read in this isolate (storage/recent-briefs.ts: KV's own edge
 * cache keeps a read as long), so a brief whose KV entry expired stops being served within a minute. Shared by the API
 * (`GET /v1/briefs/{id}`, behind the token when one is set), the
 * article index (`GET /v1/articles/...`) and the form page's own links (`GET /brief/{id}`, public
 * like the form that made the brief: anyone who could compute the id could paste the article into
 * the form).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { briefToMarkdown } from '../engine/markdown';
import type { Brief } from '../schema/brief';
import { BriefStore } from '../storage/brief-store';
import { ifNoneMatchMatches } from './conditional';
import { isKvLimitError } from '../storage/kv-json';
import { ProblemError } from './problem';

/** A brief by id, kept for a year by any cache (it cannot change). */
const IMMUTABLE = 'max-age=31536000, immutable';
/** `Cache-Control` of a brief behind the API token. */
export const PRIVATE_IMMUTABLE = `private, ${IMMUTABLE}`;

/**
 * `{id}` or `{id}.md` (the same brief as Markdown, so a plain link can download it). `read` is the
 * KV read of `id` when one was already started for this request (src/http/stored-brief-hit.ts), so
 * the store is never asked twice.
 */
export async function respondWithStoredBrief(
  c: Context<AppEnv>,
  requested: string,
  read?: Promise<string | null>,
): Promise<Response> {
  const markdown = requested.endsWith('.md');
  const id = markdown ? requested.slice(0, -3) : requested;
  const started = performance.now();
  const json = /^[0-9a-f]{64}$/.test(id)
    ? await (read ?? BriefStore.of(c.env).getJson(id)).catch(storeReadFailed)
    : null;
  if (!json)
    throw new ProblemError(404, {
      slug: 'not-found',
      title: 'Brief not found',
      detail: `No brief with id ${id}: it is unknown or has expired.`,
    });
  c.header(
    'Cache-Control',
    c.env.API_TOKEN && c.req.path.startsWith('/v1/') ? PRIVATE_IMMUTABLE : `public, ${IMMUTABLE}`,
  );
  c.header('X-Cache', 'HIT');
  c.header('Server-Timing', `kv;dur=${(performance.now() - started).toFixed(2)}, cache;desc=HIT`);
  if (markdown) return respondWithBrief(c, JSON.parse(json) as Brief, true);
  // The stored JSON as it is: parsing it only to serialise it again would give the same bytes.
  const etag = `"${id}"`;
  c.header('ETag', etag);
  if (ifNoneMatchMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  return c.body(json, 200, { 'Content-Type': 'application/json' });
}

/** The brief with its ETag, or 304 when the client already has it; headers set before are kept. */
export function respondWithBrief(c: Context<AppEnv>, found: Brief, markdown = false): Response {
  const etag = markdown ? `"${found.id}.md"` : `"${found.id}"`;
  c.header('ETag', etag);
  if (ifNoneMatchMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  if (markdown) {
    return c.body(briefToMarkdown(found), 200, {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="brief-${found.id.slice(0, 12)}.md"`,
    });
  }
  return c.json(found, 200);
}

/** A KV read that failed: 503 with Retry-After, so the client tries again shortly. */
export function storeReadFailed(error: unknown): never {
  // KV refusing the key itself (over 512 bytes) means nothing can be stored under it: not found.
  if (isKvLimitError(error))
    throw new ProblemError(404, { slug: 'not-found', title: 'Not found', detail: 'Nothing is stored under that id.' });
  console.error('KV read failed:', error);
  throw new ProblemError(503, {
    slug: 'store-unavailable',
    title: 'Brief store unavailable',
    detail: 'Stored briefs cannot be read right now; try again shortly.',
    headers: { 'Retry-After': '5' },
  });
}
