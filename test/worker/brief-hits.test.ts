/** The cache-hit path (`GET /v1/briefs/{id}`): the stored JSON as it is, not parsed and serialised again. */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import type { Brief } from '../../src/schema/brief';
import { call, postJson } from './helpers';

async function made(): Promise<Brief> {
  const text = `A storm hit the coast on Monday, officials said. (${crypto.randomUUID()})`;
  return (await (await postJson('/v1/briefs', { text })).json()) as Brief;
}

describe('GET /v1/briefs/{id} on a hit', () => {
  it('answers with the stored JSON byte for byte, as application/json', async () => {
    const brief = await made();
    const res = await call(`/v1/briefs/${brief.id}`);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe(await env.BRIEFS.get(`brief:${brief.id}`, 'text'));
  });

  it('serves the Markdown download from the same stored brief', async () => {
    const brief = await made();
    const res = await call(`/v1/briefs/${brief.id}.md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${brief.id}.md"`);
    expect(await res.text()).toMatch(/^# Brief: /);
  });
});
