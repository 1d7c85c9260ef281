/**
 * Answer with a stored brief by id, as JSON or (for `{id}.md`) as a Markdown download, with an
 * ETag and 304 on `If-None-Match`. Shared by the API (`GET /v1/briefs/{id}`, behind the token when
 * one is set) and the form page's own links (`GET /brief/{id}`, public like the form that made the
 * brief: anyone who could compute the id could paste the article into the form).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { readConfig } from '../config';
import { briefToMarkdown } from '../engine/markdown';
import { BriefStore } from './brief-store';
import { ProblemError } from './problem';

export async function respondWithStoredBrief(c: Context<AppEnv>, requested: string): Promise<Response> {
  const markdown = requested.endsWith('.md');
  const id = markdown ? requested.slice(0, -3) : requested;
  const config = readConfig(c.env);
  const store = new BriefStore(c.env.BRIEFS, config.briefTtlSeconds, config.kvTimeoutMs);
  const found = /^[0-9a-f]{64}$/.test(id) ? await store.get(id).catch(storeDown) : null;
  if (!found) throw new ProblemError(404, 'not-found', 'Brief not found', `No brief with id ${id}: it is unknown or has expired.`);
  const etag = markdown ? `"${found.id}.md"` : `"${found.id}"`;
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag });
  c.header('ETag', etag);
  if (markdown) {
    return c.body(briefToMarkdown(found), 200, {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="brief-${found.id.slice(0, 12)}.md"`,
    });
  }
  return c.json(found, 200);
}

function storeDown(error: unknown): never {
  console.error('KV read failed:', error);
  throw new ProblemError(503, 'store-unavailable', 'Brief store unavailable', 'Stored briefs cannot be read right now; try again shortly.', undefined, { 'Retry-After': '5' });
}
