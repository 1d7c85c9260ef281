/**
 * What each sender's own payloads mean: which events brief, delete or are ignored, where the text
 * is (Rich Text, Markdown, Portable Text, Blocks, HTML), and the edges of the two endpoints.
 */
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../src/schema/brief';
import { call } from '../helpers';
import {
  contentful,
  contentfulDraft,
  contentfulEntry,
  ghost,
  ghostPost,
  sanity,
  sanityDraft,
  standard,
  standardDraft,
  strapi,
  strapiDraft,
  wordpress,
  wpDraft,
  type SenderFixture,
} from './fixtures';
import { article, countingKv, deliver, expectProblem, getArticle, newId } from './helpers';

async function storedBrief(sender: string, id: string): Promise<Brief> {
  const res = await getArticle(sender, id);
  expect(res.status).toBe(200);
  return Brief.parse(await res.json());
}

/** Delivers and expects a 202 "ignored" answer with no KV write at all. */
async function expectIgnored(fixture: SenderFixture, draft: Parameters<typeof deliver>[1]) {
  const { kv, writes } = countingKv();
  const res = await deliver(fixture, draft, { env: { BRIEFS: kv } });
  expect(res.status).toBe(202);
  expect(await res.json()).toMatchObject({ sender: fixture.sender, result: 'ignored' });
  expect(writes).toEqual([]);
}

describe('unknown senders and routes', () => {
  it('answers 404 problem for an unknown sender, before looking at the body', async () => {
    const res = await call('/v1/webhooks/drupal', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    const problem = await expectProblem(res, 404, 'unknown-sender');
    expect(problem.detail).toContain('ghost');
  });

  it('does not treat inherited object keys as senders', async () => {
    await expectProblem(await call('/v1/webhooks/constructor', { method: 'POST', body: '{}' }), 404, 'unknown-sender');
  });

  it('answers 404 for an article that was never published', async () => {
    await expectProblem(await getArticle('ghost', 'no-such-post'), 404, 'not-found');
    await expectProblem(await getArticle('batch', 'x'.repeat(300)), 404, 'not-found');
  });

  it('answers 413 problem to a body over MAX_BODY_BYTES, before verifying anything', async () => {
    const draft = ghost.publish(newId(ghost), article());
    await expectProblem(await deliver(ghost, draft, { env: { MAX_BODY_BYTES: '200' } }), 413, 'payload-too-large');
  });

  it('lists both endpoints in the OpenAPI document', async () => {
    const doc = (await (await call('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/webhooks/{sender}', '/v1/articles/{source}/{articleId}']),
    );
  });
});

describe('GET /v1/articles/{source}/{articleId}', () => {
  it('answers 304 to If-None-Match with the current brief id, and follows re-publishes', async () => {
    const id = newId(standard);
    const first = (await (await deliver(standard, standard.publish(id, article()))).json()) as { briefId: string };
    const res = await call(`/v1/articles/standard/${id}`, { headers: { 'if-none-match': `"${first.briefId}"` } });
    expect(res.status).toBe(304);

    const edited = (await (await deliver(standard, standard.publish(id, article('edited')))).json()) as {
      briefId: string;
    };
    expect(edited.briefId).not.toBe(first.briefId);
    expect((await storedBrief('standard', id)).id).toBe(edited.briefId);
  });

  it('serves the same article from the batch source too (the index is generic over sources)', async () => {
    const { ArticleIndex } = await import('../../../src/storage/article-index');
    const { env } = await import('cloudflare:workers');
    const briefId = (
      (await (await deliver(standard, standard.publish(newId(standard), article()))).json()) as { briefId: string }
    ).briefId;
    await new ArticleIndex(env.BRIEFS, 2000).put({ origin: 'batch', source: 'batch', id: 'archive-42' }, briefId);
    expect((await storedBrief('batch', 'archive-42')).id).toBe(briefId);
  });
});

describe('re-publishing', () => {
  it('writes nothing when an unchanged article is published again (new delivery, same text)', async () => {
    const id = newId(standard);
    const a = article();
    expect((await deliver(standard, standard.publish(id, a))).status).toBe(200);
    const { kv, writes } = countingKv();
    const res = await deliver(standard, standard.publish(id, a), { env: { BRIEFS: kv } });
    expect(res.status).toBe(200);
    // Only the record of the new delivery id: no brief, no index entry.
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^put delivery:standard:/);
  });
});

describe('time windows', () => {
  it('accepts a Ghost delivery signed 4 minutes ago (within WEBHOOK_TOLERANCE_SECONDS) and refuses it at 60 s when the var says 30', async () => {
    const at = Date.now() - 4 * 60 * 1000;
    expect((await deliver(ghost, ghost.publish(newId(ghost), article()), { at })).status).toBe(200);
    const res = await deliver(ghost, ghost.publish(newId(ghost), article()), {
      at: Date.now() - 60_000,
      env: { WEBHOOK_TOLERANCE_SECONDS: '30' },
    });
    await expectProblem(res, 401, 'signature-expired');
  });

  it('refuses a Contentful delivery signed 45 s ago (Contentful allows 30 s) and one from the future', async () => {
    await expectProblem(
      await deliver(contentful, contentful.publish(newId(contentful), article()), { at: Date.now() - 45_000 }),
      401,
      'signature-expired',
    );
    await expectProblem(
      await deliver(contentful, contentful.publish(newId(contentful), article()), { at: Date.now() + 120_000 }),
      401,
      'signature-expired',
    );
  });

  it('refuses a Sanity delivery signed 10 minutes in the future', async () => {
    await expectProblem(
      await deliver(sanity, sanity.publish(newId(sanity), article()), { at: Date.now() + 10 * 60 * 1000 }),
      401,
      'signature-expired',
    );
  });
});

describe('ghost', () => {
  it('ignores drafts and unpublished posts (202, nothing written)', async () => {
    const id = newId(ghost);
    const body = JSON.stringify({
      post: { current: ghostPost(id, article(), { status: 'draft' }), previous: { status: 'published' } },
    });
    await expectIgnored(ghost, { body, headers: {} });
  });

  it('briefs pages as well as posts, reading plaintext when there is no html', async () => {
    const id = newId(ghost);
    const a = article();
    const body = JSON.stringify({ page: { current: ghostPost(id, a, { html: null }), previous: {} } });
    expect((await deliver(ghost, { body, headers: {} })).status).toBe(200);
    expect((await storedBrief('ghost', id)).url).toBe(`https://example.ghost.io/${id}/`);
  });

  it('answers 422 to a signed payload that is not a Ghost post', async () => {
    await expectProblem(
      await deliver(ghost, { body: JSON.stringify({ member: { current: {} } }), headers: {} }),
      422,
      'invalid-payload',
    );
  });

  it('answers 400 to a signed body that is not JSON', async () => {
    await expectProblem(await deliver(ghost, { body: '{"post": ', headers: {} }), 400, 'invalid-json');
  });
});

describe('contentful', () => {
  it('turns a Rich Text body into paragraphs and list lines', async () => {
    const id = newId(contentful);
    const doc = {
      nodeType: 'document',
      data: {},
      content: [
        {
          nodeType: 'heading-2',
          data: {},
          content: [{ nodeType: 'text', value: 'Storm Hits Coast', marks: [], data: {} }],
        },
        {
          nodeType: 'paragraph',
          data: {},
          content: [
            { nodeType: 'text', value: 'A storm hit the coast on Monday, ', marks: [], data: {} },
            {
              nodeType: 'hyperlink',
              data: { uri: 'https://example.org' },
              content: [{ nodeType: 'text', value: 'officials said', marks: [], data: {} }],
            },
            { nodeType: 'text', value: '.', marks: [{ type: 'bold' }], data: {} },
          ],
        },
        {
          nodeType: 'embedded-asset-block',
          data: { target: { sys: { id: 'img', type: 'Link', linkType: 'Asset' } } },
          content: [],
        },
        {
          nodeType: 'unordered-list',
          data: {},
          content: [
            {
              nodeType: 'list-item',
              data: {},
              content: [
                {
                  nodeType: 'paragraph',
                  data: {},
                  content: [{ nodeType: 'text', value: 'Power was cut.', marks: [], data: {} }],
                },
              ],
            },
            {
              nodeType: 'list-item',
              data: {},
              content: [
                {
                  nodeType: 'paragraph',
                  data: {},
                  content: [{ nodeType: 'text', value: 'Roads closed.', marks: [], data: {} }],
                },
              ],
            },
          ],
        },
      ],
    };
    const draft = contentfulDraft(
      'ContentManagement.Entry.publish',
      contentfulEntry(id, { title: { 'en-US': 'Storm' }, body: { 'en-US': doc } }),
    );
    expect((await deliver(contentful, draft)).status).toBe(200);
    const brief = await storedBrief('contentful', id);
    expect(brief.title).toBe('Storm');
    expect(brief.stats.paragraphs).toBe(3);
    expect(brief.summary[0]?.text ?? '').not.toContain('img');
  });

  it('reads the configured field names and locale', async () => {
    const id = newId(contentful);
    const draft = contentfulDraft(
      'ContentManagement.Entry.publish',
      contentfulEntry(id, { headline: { 'de-DE': 'Sturm' }, text: { 'de-DE': article().text } }),
    );
    const res = await deliver(contentful, draft, {
      env: { CONTENTFUL_TITLE_FIELD: 'headline', CONTENTFUL_BODY_FIELD: 'text', CONTENTFUL_LOCALE: 'de-DE' },
    });
    expect(res.status).toBe(200);
    expect((await storedBrief('contentful', id)).title).toBe('Sturm');
  });

  it.each([
    'ContentManagement.Entry.auto_save',
    'ContentManagement.Entry.unpublish',
    'ContentManagement.Asset.publish',
  ])('ignores %s', async (topic) => {
    const id = newId(contentful);
    await expectIgnored(contentful, contentfulDraft(topic, contentfulEntry(id, { title: { 'en-US': 'x' } })));
  });

  it('refuses a signature whose signed headers were changed (the topic is signed)', async () => {
    const id = newId(contentful);
    const draft = contentful.publish(id, article());
    const signature = await contentful.sign(draft, contentful.secret, Date.now());
    const res = await deliver(
      { ...contentful, sign: async () => signature },
      { ...draft, headers: { ...draft.headers, 'x-contentful-topic': 'ContentManagement.Entry.delete' } },
    );
    await expectProblem(res, 401, 'signature-invalid');
  });

  it('answers 503 when the secret is not a 64-character Contentful signing secret', async () => {
    const id = newId(contentful);
    const res = await deliver(contentful, contentful.publish(id, article()), {
      env: { CONTENTFUL_WEBHOOK_SECRET: 'too-short' },
    });
    await expectProblem(res, 503, 'webhook-not-configured');
  });
});

describe('sanity', () => {
  it('ignores drafts', async () => {
    const id = `drafts.${newId(sanity)}`;
    await expectIgnored(sanity, sanityDraft(id, 'update', { _id: id, _type: 'post', title: 'x', body: 'Draft text.' }));
  });

  it('takes the operation from the signed projection over the unsigned header', async () => {
    const id = newId(sanity);
    expect((await deliver(sanity, sanity.publish(id, article()))).status).toBe(200);
    const draft = sanityDraft(id, 'update', { _id: id, _type: 'post', operation: 'delete' });
    expect((await deliver(sanity, draft)).status).toBe(202);
    expect((await getArticle('sanity', id)).status).toBe(404);
  });

  it('accepts a plain string body', async () => {
    const id = newId(sanity);
    const a = article();
    expect((await deliver(sanity, sanityDraft(id, 'create', { _id: id, title: a.title, body: a.text }))).status).toBe(
      200,
    );
    expect((await storedBrief('sanity', id)).stats.paragraphs).toBe(2);
  });

  it('refuses a signature header in the wrong format with 401', async () => {
    const id = newId(sanity);
    const res = await deliver(
      { ...sanity, sign: async () => ({ 'sanity-webhook-signature': 'v1=abc' }) },
      sanity.publish(id, article()),
    );
    await expectProblem(res, 401, 'signature-invalid');
  });
});

describe('wordpress', () => {
  it('ignores drafts and attachments', async () => {
    await expectIgnored(wordpress, wpDraft(newId(wordpress), { post_status: 'draft', post_content: '<p>Draft.</p>' }));
    await expectIgnored(wordpress, wpDraft(newId(wordpress), { post_type: 'attachment', post_content: '' }));
  });

  it('deletes on a trashed post even without ?trigger=', async () => {
    const id = newId(wordpress);
    expect((await deliver(wordpress, wordpress.publish(id, article()))).status).toBe(200);
    expect((await deliver(wordpress, wpDraft(id, { post_status: 'trash' }))).status).toBe(202);
    expect((await getArticle('wordpress', id)).status).toBe(404);
  });

  it('briefs the text of block-editor HTML, without its comments, and keeps the permalink', async () => {
    const id = newId(wordpress);
    expect((await deliver(wordpress, wordpress.publish(id, article()))).status).toBe(200);
    const brief = await storedBrief('wordpress', id);
    expect(brief.url).toBe(`https://news.example.org/${id}/`);
    expect(brief.stats.paragraphs).toBe(2);
  });
});

describe('strapi', () => {
  it('briefs a Strapi 5 Blocks body', async () => {
    const id = newId(strapi);
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Storm Hits Coast' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'A storm hit the coast on Monday, ' },
          { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'officials said' }] },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'image',
        image: { url: '/uploads/storm.jpg', alternativeText: 'storm' },
        children: [{ type: 'text', text: '' }],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'Power was cut.' }] }],
      },
    ];
    expect(
      (
        await deliver(
          strapi,
          strapiDraft('entry.publish', {
            documentId: id,
            title: 'Storm',
            body: blocks,
            publishedAt: new Date().toISOString(),
          }),
        )
      ).status,
    ).toBe(200);
    expect((await storedBrief('strapi', id)).stats.paragraphs).toBe(3);
  });

  it('ignores updates of drafts and media events', async () => {
    await expectIgnored(
      strapi,
      strapiDraft('entry.update', { documentId: newId(strapi), title: 'x', body: 'Draft.', publishedAt: null }),
    );
    await expectIgnored(strapi, strapiDraft('media.create', { id: 3, name: 'storm.jpg' }));
  });

  it('challenges a missing token with WWW-Authenticate: Bearer', async () => {
    const res = await deliver(strapi, strapi.publish(newId(strapi), article()), { unsigned: true });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});

describe('standard', () => {
  it('briefs an html body', async () => {
    const id = newId(standard);
    const draft = standardDraft('article.updated', {
      id,
      title: 'Storm',
      html: '<h1>Storm</h1><script>x()</script><p>A storm hit the coast on Monday, officials said.</p>',
    });
    expect((await deliver(standard, draft)).status).toBe(200);
    expect((await storedBrief('standard', id)).stats.paragraphs).toBe(2);
  });

  it('ignores other event types', async () => {
    await expectIgnored(standard, standardDraft('comment.created', { id: newId(standard), text: 'Nice.' }));
  });

  it('accepts any one of several signatures (secret rotation)', async () => {
    const id = newId(standard);
    const draft = standard.publish(id, article());
    const good = await standard.sign(draft, standard.secret, Date.now());
    const old = await standard.sign(draft, standard.otherSecret, Date.now());
    const res = await deliver(
      {
        ...standard,
        sign: async () => ({
          ...good,
          'webhook-signature': `${old['webhook-signature']} ${good['webhook-signature']}`,
        }),
      },
      draft,
    );
    expect(res.status).toBe(200);
  });

  it('answers 503 when the secret is not a whsec_ base64 secret', async () => {
    const res = await deliver(standard, standard.publish(newId(standard), article()), {
      env: { STANDARD_WEBHOOK_SECRET: 'whsec_%%%not-base64%%%' },
    });
    await expectProblem(res, 503, 'webhook-not-configured');
  });
});
