/**
 * The behaviour every sender shares, run for each of the six: a signed publish is briefed and
 * served by article id; forged, stale and unsigned deliveries get 401 and store nothing; a signed
 * payload without text gets 422; a replay gets the same answer with no write; a KV failure gets
 * 503 (so the CMS retries); a delete removes the article; an unset secret refuses everything.
 */
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../src/schema/brief';
import { faultyKv } from '../helpers';
import { FIXTURES } from './fixtures';
import { article, countingKv, deliver, expectProblem, getArticle, newId } from './helpers';

describe.each(FIXTURES)('POST /v1/webhooks/$sender', (fixture) => {
  it('briefs a signed publish and serves it at /v1/articles/{sender}/{id}', async () => {
    const id = newId(fixture);
    const a = article();
    const res = await deliver(fixture, fixture.publish(id, a));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sender: string; articleId: string; briefId: string };
    expect(body).toEqual({ sender: fixture.sender, articleId: id, briefId: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const stored = await getArticle(fixture.sender, id);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('etag')).toBe(`"${body.briefId}"`);
    expect(stored.headers.get('content-location')).toBe(`/v1/briefs/${body.briefId}`);
    const brief = Brief.parse(await stored.json());
    expect(brief.id).toBe(body.briefId);
    expect(brief.title).toBe(a.title);
    // Both paragraphs arrived as text, whatever the sender's format (HTML, Markdown, Portable Text...).
    expect(brief.stats.paragraphs).toBe(2);
    expect(brief.stats.sentences).toBe(3);
  });

  it('refuses a forged signature with 401 and stores nothing', async () => {
    const id = newId(fixture);
    const { kv, writes } = countingKv();
    const res = await deliver(fixture, fixture.publish(id, article()), {
      secret: fixture.otherSecret,
      env: { BRIEFS: kv },
    });
    await expectProblem(res, 401, 'signature-invalid');
    expect(writes).toEqual([]);
    expect((await getArticle(fixture.sender, id)).status).toBe(404);
  });

  it('refuses a body changed after signing with 401', async () => {
    const id = newId(fixture);
    const draft = fixture.publish(id, article());
    const signature = await fixture.sign(draft, fixture.secret, Date.now());
    const tampered = { ...draft, body: draft.body.replace('Storm Hits Coast', 'Storm Hits Coasts') };
    const res = await deliver({ ...fixture, sign: async () => signature }, tampered);
    expect(res.status).toBe(fixture.sender === 'strapi' ? 200 : 401); // Strapi signs nothing: its token is all there is.
  });

  it.runIf(fixture.timestamped)('refuses a stale signature (signed two hours ago) with 401', async () => {
    const id = newId(fixture);
    const { kv, writes } = countingKv();
    const res = await deliver(fixture, fixture.publish(id, article()), {
      at: Date.now() - 2 * 60 * 60 * 1000,
      env: { BRIEFS: kv },
    });
    await expectProblem(res, 401, 'signature-expired');
    expect(writes).toEqual([]);
  });

  it('refuses an unsigned delivery with 401 and stores nothing', async () => {
    const id = newId(fixture);
    const { kv, writes } = countingKv();
    const res = await deliver(fixture, fixture.publish(id, article()), { unsigned: true, env: { BRIEFS: kv } });
    await expectProblem(res, 401, 'signature-missing');
    expect(writes).toEqual([]);
    expect((await getArticle(fixture.sender, id)).status).toBe(404);
  });

  it('answers 422 to a signed payload with no article text', async () => {
    const id = newId(fixture);
    const { kv, writes } = countingKv();
    const res = await deliver(fixture, fixture.withoutText(id), { env: { BRIEFS: kv } });
    await expectProblem(res, 422, 'no-article-text');
    expect(writes).toEqual([]);
  });

  it('answers a replay with the same response and writes nothing the second time', async () => {
    const id = newId(fixture);
    const draft = fixture.publish(id, article());
    const at = Date.now();
    const first = await deliver(fixture, draft, { at });
    expect(first.status).toBe(200);
    const firstBody = await first.json();

    const { kv, writes } = countingKv();
    const again = await deliver(fixture, draft, { at, env: { BRIEFS: kv } });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(firstBody);
    expect(again.headers.get('webhook-replayed')).toBe('true');
    expect(writes).toEqual([]);
  });

  it('answers 503 with Retry-After when KV fails while storing, and acknowledges nothing', async () => {
    const id = newId(fixture);
    const res = await deliver(fixture, fixture.publish(id, article()), { env: { BRIEFS: faultyKv('throw') } });
    await expectProblem(res, 503, 'store-unavailable');
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect((await getArticle(fixture.sender, id)).status).toBe(404);
  });

  it('answers 503 when only the write fails (reads work), so the CMS retries', async () => {
    const id = newId(fixture);
    const { kv } = countingKv();
    const failingWrites = {
      ...kv,
      get: kv.get,
      put: () => Promise.reject(new Error('KV write failed')),
    } as unknown as KVNamespace;
    const res = await deliver(fixture, fixture.publish(id, article()), { env: { BRIEFS: failingWrites } });
    await expectProblem(res, 503, 'store-unavailable');
  });

  it('removes the article on a signed delete (202), after which it is 404', async () => {
    const id = newId(fixture);
    expect((await deliver(fixture, fixture.publish(id, article()))).status).toBe(200);
    expect((await getArticle(fixture.sender, id)).status).toBe(200);

    const res = await deliver(fixture, fixture.remove(id));
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ sender: fixture.sender, articleId: id, result: 'deleted' });
    await expectProblem(await getArticle(fixture.sender, id), 404, 'not-found');
  });

  it(`refuses every delivery with 503 while ${fixture.secretName} is not set`, async () => {
    const id = newId(fixture);
    const res = await deliver(fixture, fixture.publish(id, article()), { env: { [fixture.secretName]: undefined } });
    const problem = await expectProblem(res, 503, 'webhook-not-configured');
    expect(problem.detail).toContain(fixture.secretName);
    expect((await getArticle(fixture.sender, id)).status).toBe(404);
  });
});
