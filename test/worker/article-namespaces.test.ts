/**
 * Issue 12.3, 12.6 and 12.8: whose articles a request can reach, ids that KV cannot key, and what
 * happens to a brief when its article goes away. Everything here goes through HTTP (and a KV
 * binding that fails the way KV does), as a caller would see it.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, postJson } from './helpers';
import { standard, standardDraft } from './webhooks/fixtures';
import { article, deliver, expectProblem, getArticle } from './webhooks/helpers';

const SENDERS = ['ghost', 'contentful', 'sanity', 'wordpress', 'strapi', 'standard'];

async function publish(id: string, a = article()): Promise<string> {
  const res = await deliver(standard, standard.publish(id, a));
  expect(res.status).toBe(200);
  return ((await res.json()) as { briefId: string }).briefId;
}

async function servedBriefId(source: string, id: string): Promise<string | null> {
  const res = await getArticle(source, id);
  if (res.status === 404) return null;
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

/** The brief's KV record: whether it is kept for good, and when it expires (undefined: never). */
async function briefRecord(briefId: string): Promise<{ kept: boolean; expiration?: number }> {
  const listed = await env.BRIEFS.list<{ kept?: true }>({ prefix: `brief:${briefId}` });
  expect(listed.keys).toHaveLength(1);
  return { kept: listed.keys[0].metadata?.kept === true, expiration: listed.keys[0].expiration };
}

describe('batches cannot reach a webhook sender’s articles (12.3)', () => {
  for (const sender of [...SENDERS, 'Ghost', 'WORDPRESS', 'webhook']) {
    it(`a batch named "${sender}" is refused, and nothing it carried is served`, async () => {
      const res = await postJson('/v1/batches', {
        source: sender,
        articles: [{ id: 'x-1', text: 'A forged article. Officials said nothing.' }],
      });
      const problem = await expectProblem(res, 422);
      expect(JSON.stringify(problem)).toMatch(/sender/);
    });
  }

  it('an index entry stored before the split under a sender’s name is not served (a batch may have written it)', async () => {
    const id = `std-${crypto.randomUUID()}`;
    const legit = await publish(id);
    const forged = await publish(`std-${crypto.randomUUID()}`, article('forged'));
    // What a batch named "standard" wrote before this fix: the old, shared key layout.
    await env.BRIEFS.put(`article:standard:${id}`, JSON.stringify({ briefId: forged, updatedAt: '' }));
    expect(await servedBriefId('standard', id)).toBe(legit);
    const onlyLegacy = `std-${crypto.randomUUID()}`;
    await env.BRIEFS.put(`article:standard:${onlyLegacy}`, JSON.stringify({ briefId: forged, updatedAt: '' }));
    expect(await servedBriefId('standard', onlyLegacy)).toBeNull();
  });

  it('a backfill stored before the split (old key layout) is still served under its source', async () => {
    const briefId = await publish(`std-${crypto.randomUUID()}`);
    const id = `old-${crypto.randomUUID()}`;
    await env.BRIEFS.put(`article:archive:${id}`, JSON.stringify({ briefId, updatedAt: '' }));
    expect(await servedBriefId('archive', id)).toBe(briefId);
  });
});

describe('ids KV cannot key are refused at once, never retried (12.6)', () => {
  // 170 characters pass a character limit of 256, but are 510 bytes of UTF-8: with the key's prefix, over 512.
  const longId = '中'.repeat(170);

  it('a webhook delivery with such an id is a permanent 422, not a 503 the CMS retries forever', async () => {
    const res = await deliver(standard, standard.publish(longId, article()));
    await expectProblem(res, 422);
  });

  it('GET /v1/articles/... with such an id is 404, not 503', async () => {
    await expectProblem(await getArticle('standard', longId), 404);
    await expectProblem(await getArticle('batch', longId), 404);
    await expectProblem(await getArticle('x'.repeat(300), 'a'), 404);
  });

  it('a batch item with such an id is rejected in the request, the others queued', async () => {
    const res = await postJson('/v1/batches', {
      source: `s-${crypto.randomUUID().slice(0, 8)}`,
      articles: [
        { id: longId, text: 'A storm hit the coast on Monday, officials said.' },
        { id: 'fine', text: 'A storm hit the coast on Monday, officials said.' },
      ],
    });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { total: number; rejected: { index: number; errors: { message: string }[] }[] };
    expect(body.total).toBe(1);
    expect(body.rejected).toHaveLength(1);
    expect(body.rejected[0].index).toBe(0);
    expect(body.rejected[0].errors[0].message).toMatch(/bytes/);
  });

  it('KV refusing a value as too large (413) is a permanent 422 for the webhook, not a retryable 503', async () => {
    const refusing = {
      ...env.BRIEFS,
      get: env.BRIEFS.get.bind(env.BRIEFS),
      getWithMetadata: env.BRIEFS.getWithMetadata.bind(env.BRIEFS),
      list: env.BRIEFS.list.bind(env.BRIEFS),
      delete: env.BRIEFS.delete.bind(env.BRIEFS),
      put: (key: string, ...rest: unknown[]) =>
        key.startsWith('brief:')
          ? Promise.reject(new Error('KV PUT failed: 413 Value length of 30000000 exceeds limit of 26214400.'))
          : (env.BRIEFS.put as (...a: unknown[]) => Promise<void>)(key, ...rest),
    } as unknown as KVNamespace;
    const res = await deliver(standard, standard.publish(`std-${crypto.randomUUID()}`, article()), {
      env: { BRIEFS: refusing },
    });
    const problem = await expectProblem(res, 422);
    expect(res.headers.get('retry-after')).toBeNull();
    expect(problem.detail).toMatch(/too large/);
  });
});

describe('a deleted article’s brief expires again (12.8)', () => {
  it('on delete, a brief nothing else points at gets the normal expiry back', async () => {
    const id = `std-${crypto.randomUUID()}`;
    const briefId = await publish(id);
    expect(await briefRecord(briefId)).toEqual({ kept: true, expiration: undefined });
    expect((await deliver(standard, standard.remove(id))).status).toBe(202);
    const record = await briefRecord(briefId);
    expect(record.kept).toBe(false);
    expect(record.expiration).toBeGreaterThan(Date.now() / 1000);
    // Still readable until it expires, like any brief made through the API.
    expect((await call(`/brief/${briefId}`)).status).toBe(200);
  });

  it('a brief another article still points at stays kept', async () => {
    const a = article();
    const first = `std-${crypto.randomUUID()}`;
    const second = `std-${crypto.randomUUID()}`;
    // The same article (same text, title and url) under two CMS ids: one brief, two entries.
    const same = (id: string) => standardDraft('article.published', { id, ...a, url: 'https://news.example.org/same' });
    const briefId = ((await (await deliver(standard, same(first))).json()) as { briefId: string }).briefId;
    expect(((await (await deliver(standard, same(second))).json()) as { briefId: string }).briefId).toBe(briefId);
    expect((await deliver(standard, standard.remove(first))).status).toBe(202);
    expect(await briefRecord(briefId)).toEqual({ kept: true, expiration: undefined });
    expect(await servedBriefId('standard', second)).toBe(briefId);
  });

  it('re-publishing changed text releases the brief it replaces', async () => {
    const id = `std-${crypto.randomUUID()}`;
    const old = await publish(id);
    const edited = await publish(id, article('edited'));
    expect(edited).not.toBe(old);
    expect((await briefRecord(old)).kept).toBe(false);
    expect(await briefRecord(edited)).toEqual({ kept: true, expiration: undefined });
  });
});
