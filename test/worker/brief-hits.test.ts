/** The cache-hit path (`GET /v1/briefs/{id}`): a brief read lately is served again without a KV read. */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import type { Brief } from '../../src/schema/brief';
import { LIFETIME_MS, RecentBriefs } from '../../src/storage/recent-briefs';
import { call, postJson } from './helpers';

/** The real KV binding, counting its reads. */
function countingKv(): { kv: KVNamespace; reads: () => number } {
  let reads = 0;
  const real = env.BRIEFS;
  const kv = {
    get: (...args: unknown[]) => {
      reads++;
      return (real.get as (...a: unknown[]) => Promise<unknown>)(...args);
    },
    getWithMetadata: (...args: unknown[]) => {
      reads++;
      return (real.getWithMetadata as (...a: unknown[]) => Promise<unknown>)(...args);
    },
    put: (...args: unknown[]) => (real.put as (...a: unknown[]) => Promise<void>)(...args),
  } as unknown as KVNamespace;
  return { kv, reads: () => reads };
}

async function made(): Promise<Brief> {
  const text = `A storm hit the coast on Monday, officials said. (${crypto.randomUUID()})`;
  return (await (await postJson('/v1/briefs', { text })).json()) as Brief;
}

describe('GET /v1/briefs/{id} on a hit', () => {
  it('serves a brief asked for again from memory, without a second KV read', async () => {
    const brief = await made();
    const { kv, reads } = countingKv();
    const first = await call(`/v1/briefs/${brief.id}`, {}, { BRIEFS: kv });
    expect(first.headers.get('server-timing')).toMatch(/^kv;dur=\d+(\.\d+)?, cache;desc=HIT$/);
    const again = await call(`/v1/briefs/${brief.id}`, {}, { BRIEFS: kv });
    expect(reads()).toBe(1);
    expect(again.status).toBe(200);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.headers.get('server-timing')).toMatch(/^memory;dur=\d+(\.\d+)?, cache;desc=HIT$/);
    expect(again.headers.get('etag')).toBe(`"${brief.id}"`);
    expect(await again.json()).toEqual(await first.json());
    const conditional = await call(
      `/v1/briefs/${brief.id}`,
      { headers: { 'if-none-match': `"${brief.id}"` } },
      { BRIEFS: kv },
    );
    expect(conditional.status).toBe(304);
    expect(reads()).toBe(1);
  });

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

describe('RecentBriefs', () => {
  const kv = {} as KVNamespace;

  it('forgets an entry after its lifetime, so a brief gone from KV is not served for long', () => {
    const recent = RecentBriefs.of(kv);
    recent.set('a', '{"id":"a"}', 1_000);
    expect(recent.get('a', 1_000 + LIFETIME_MS - 1)).toBe('{"id":"a"}');
    expect(recent.get('a', 1_000 + LIFETIME_MS)).toBeUndefined();
  });

  it('keeps at most 256 entries, dropping the least recently used', () => {
    const recent = new RecentBriefs();
    for (let i = 0; i < 256; i++) recent.set(`b${i}`, '{}', 0);
    expect(recent.get('b0', 0)).toBe('{}'); // b0 is now the most recently used
    recent.set('b256', '{}', 0);
    expect(recent.get('b0', 0)).toBe('{}');
    expect(recent.get('b1', 0)).toBeUndefined();
    expect(recent.get('b256', 0)).toBe('{}');
  });

  it('is one cache per KV binding', () => {
    RecentBriefs.of(kv).set('c', '{}');
    expect(RecentBriefs.of({} as KVNamespace).get('c')).toBeUndefined();
    expect(RecentBriefs.of(kv).get('c')).toBe('{}');
  });
});
