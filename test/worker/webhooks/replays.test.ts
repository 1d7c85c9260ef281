/**
 * Issue 12.4 and 12.5: what a delivery does, and whether it is a replay, is decided by what its
 * signature covers, and nothing else. Captured deliveries re-sent with a different URL, a re-spelt
 * signature header or a new unsigned idempotency key are answered as the replays they are.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call } from '../helpers';
import { SECRETS, ghost, sanity, wordpress, wpDraft, type Draft, type SenderFixture } from './fixtures';
import { article, countingKv, deliver, getArticle, newId } from './helpers';

/** Send `draft` with exactly these headers (a captured delivery, possibly edited), to `query`. */
function resend(fixture: SenderFixture, draft: Draft, headers: Record<string, string>, query = '', env = {}) {
  return call(
    `/v1/webhooks/${fixture.sender}${query}`,
    { method: 'POST', headers: { ...draft.headers, ...headers }, body: draft.body },
    { ...SECRETS, ...env },
  );
}

describe('WordPress: the event comes from what is signed (12.4)', () => {
  it('a captured publish re-sent to ?trigger=post_delete does not delete the article', async () => {
    const id = newId(wordpress);
    const draft = wordpress.publish(id, article());
    const signature = await wordpress.sign(draft, wordpress.secret, Date.now());
    const first = await resend(wordpress, draft, signature);
    expect(first.status).toBe(200);
    const { briefId } = (await first.json()) as { briefId: string };
    for (const query of ['?trigger=post_delete', '?trigger=post_trash']) {
      const res = await resend(wordpress, draft, signature, query);
      expect(res.status).toBe(200);
      expect(((await getArticle('wordpress', id).then((r) => r.json())) as { id: string }).id).toBe(briefId);
    }
  });

  it('a query string does not make a captured delivery new: it is a replay, and writes nothing', async () => {
    const id = newId(wordpress);
    const draft = wordpress.publish(id, article());
    const signature = await wordpress.sign(draft, wordpress.secret, Date.now());
    expect((await resend(wordpress, draft, signature)).status).toBe(200);
    for (const query of ['?x=1', '?trigger=post_delete&y=2', '?']) {
      const { kv, writes } = countingKv();
      const res = await resend(wordpress, draft, signature, query, { BRIEFS: kv });
      expect(res.headers.get('webhook-replayed')).toBe('true');
      expect(writes).toEqual([]);
    }
  });

  it('a deletion signed with WORDPRESS_DELETE_WEBHOOK_SECRET deletes, even of a post that still reads `publish`', async () => {
    const deleteSecret = 'wp-delete-trigger-secret';
    const env = { WORDPRESS_DELETE_WEBHOOK_SECRET: deleteSecret };
    const id = newId(wordpress);
    const published = wordpress.publish(id, article());
    expect(
      (await resend(wordpress, published, await wordpress.sign(published, wordpress.secret, 0), '', env)).status,
    ).toBe(200);
    // post_delete sends the post as it was: status `publish`, byte for byte what an update could send.
    const signedForDelete = {
      'X-WP-Webhook-Signature': createHmac('sha256', deleteSecret).update(published.body).digest('base64'),
    };
    const res = await resend(wordpress, published, signedForDelete, '', env);
    expect(res.status).toBe(202);
    expect(((await res.json()) as { result: string }).result).toBe('deleted');
    expect((await getArticle('wordpress', id)).status).toBe(404);
  });

  it('a body signed with the delete secret is a forgery unless WORDPRESS_DELETE_WEBHOOK_SECRET is set, and then it only deletes', async () => {
    const id = newId(wordpress);
    const draft = wpDraft(id, { post_title: 'T', post_content: '<p>A storm hit the coast, officials said.</p>' });
    const signed = {
      'X-WP-Webhook-Signature': createHmac('sha256', 'wp-delete-trigger-secret').update(draft.body).digest('base64'),
    };
    expect((await resend(wordpress, draft, signed)).status).toBe(401);
    const res = await resend(wordpress, draft, signed, '', {
      WORDPRESS_DELETE_WEBHOOK_SECRET: 'wp-delete-trigger-secret',
    });
    expect(res.status).toBe(202);
    expect((await getArticle('wordpress', id)).status).toBe(404);
  });
});

describe('Ghost and Sanity: replays are keyed on the signature, normalised (12.5)', () => {
  it('Ghost: a captured publish re-spelt (upper-case hex, fields reordered, extra fields) after a delete does not resurrect the article', async () => {
    const id = newId(ghost);
    const at = Date.now();
    const published = ghost.publish(id, article());
    const header = (await ghost.sign(published, ghost.secret, at))['X-Ghost-Signature'];
    expect((await resend(ghost, published, { 'X-Ghost-Signature': header })).status).toBe(200);
    expect((await deliver(ghost, ghost.remove(id))).status).toBe(202);
    const [, hex] = /sha256=([0-9a-f]+)/.exec(header)!;
    for (const respelt of [
      `sha256=${hex.toUpperCase()}, t=${at}`,
      `t=${at}, sha256=${hex}`,
      `sha256=${hex},t=${at}, v=1`,
      ` sha256=${hex} ,  t=${at} `,
    ]) {
      const res = await resend(ghost, published, { 'X-Ghost-Signature': respelt });
      expect(res.headers.get('webhook-replayed'), respelt).toBe('true');
      expect((await getArticle('ghost', id)).status, respelt).toBe(404);
    }
  });

  it('Sanity: a new idempotency-key (unsigned) does not make a captured delivery new', async () => {
    const id = newId(sanity);
    const published = sanity.publish(id, article());
    const signature = await sanity.sign(published, sanity.secret, Date.now());
    expect((await resend(sanity, published, signature)).status).toBe(200);
    expect((await deliver(sanity, sanity.remove(id))).status).toBe(202);
    for (const extra of <Record<string, string>[]>[
      { 'idempotency-key': `idem-${crypto.randomUUID()}` },
      { 'idempotency-key': `idem-${crypto.randomUUID()}`, 'sanity-operation': 'update' },
    ]) {
      const res = await resend(sanity, published, { ...signature, ...extra });
      expect(res.headers.get('webhook-replayed')).toBe('true');
      expect((await getArticle('sanity', id)).status).toBe(404);
    }
  });
});
