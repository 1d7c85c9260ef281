/** A hot brief is served from the isolate's one-minute copy, not read from KV on every request. */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import type { Brief } from '../../src/schema/brief';
import { MAX_AGE_MS, recentBriefsOf } from '../../src/storage/recent-briefs';
import { call, postJson } from './helpers';

/** The real namespace, counting its reads. */
function countingKv(): { kv: KVNamespace; reads: () => number } {
  let reads = 0;
  const kv = new Proxy(env.BRIEFS, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (key !== 'get' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        reads++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { kv, reads: () => reads };
}

describe('recent briefs', () => {
  it('answers a second GET of the same brief without reading KV again, with the same bytes', async () => {
    const text = `A storm hit the coast on Monday, officials said. (${crypto.randomUUID()})`;
    const brief = (await (await postJson('/v1/briefs', { text })).json()) as Brief;
    const { kv, reads } = countingKv();
    const first = await call(`/v1/briefs/${brief.id}`, undefined, { BRIEFS: kv });
    const second = await call(`/v1/briefs/${brief.id}`, undefined, { BRIEFS: kv });
    expect(first.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    expect(reads()).toBe(1);
  });

  it('keeps a copy one minute at most, so a brief gone from KV stops being served', () => {
    const recent = recentBriefsOf({});
    recent.set('a', '{"id":"a"}', 1_000);
    expect(recent.get('a', 1_000 + MAX_AGE_MS - 1)).toBe('{"id":"a"}');
    expect(recent.get('a', 1_000 + MAX_AGE_MS)).toBeNull();
  });

  it('holds a bounded number of briefs, the least recently used going first', () => {
    const recent = recentBriefsOf({});
    recent.set('first', '{}', 0);
    recent.set('kept', '{}', 0);
    for (let i = 0; i < 300; i++) {
      recent.get('kept', 0);
      recent.set(`b${i}`, '{}', 0);
    }
    expect(recent.get('first', 0)).toBeNull();
    expect(recent.get('kept', 0)).toBe('{}');
  });

  it('never shares briefs between two namespaces', () => {
    recentBriefsOf({ name: 'one' }).set('a', '{}', 0);
    expect(recentBriefsOf({ name: 'two' }).get('a', 0)).toBeNull();
  });
});
