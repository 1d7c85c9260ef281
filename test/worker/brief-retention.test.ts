import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { BriefStore, briefKey } from '../../src/storage/brief-store';
import { briefThroughCache } from '../../src/briefing';

const TTL = 3600;

async function expirationOf(id: string): Promise<number | undefined> {
  const { keys } = await env.BRIEFS.list({ prefix: briefKey(id) });
  expect(keys).toHaveLength(1);
  return keys[0].expiration;
}

function article() {
  return { text: `A storm hit the coast on Monday, officials said. (${crypto.randomUUID()})` };
}

describe('how long briefs live', () => {
  const store = new BriefStore(env.BRIEFS, TTL, 2000);

  it('expires a brief made through the API after the TTL', async () => {
    const { brief } = await briefThroughCache(store, article());
    expect(await expirationOf(brief.id)).toBeGreaterThan(Date.now() / 1000);
  });

  it('keeps an article brief (webhook, batch) without expiry, so the article index never points at nothing', async () => {
    const { brief, cache } = await briefThroughCache(store, article(), { requireStored: true, keep: true });
    expect(cache).toBe('MISS');
    expect(await expirationOf(brief.id)).toBeUndefined();
  });

  it('renews a brief first made through the API once an article points at it', async () => {
    const input = article();
    const { brief } = await briefThroughCache(store, input);
    expect(await expirationOf(brief.id)).toBeDefined();
    const again = await briefThroughCache(store, input, { requireStored: true, keep: true });
    expect(again.cache).toBe('HIT');
    expect(await expirationOf(brief.id)).toBeUndefined();
    const { metadata } = await env.BRIEFS.getWithMetadata<{ kept?: boolean }>(briefKey(brief.id));
    expect(metadata?.kept).toBe(true);
  });
});
