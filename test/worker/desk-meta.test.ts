/**
 * CMS metadata on the sourcing desk (issue 15): WordPress `post_date_gmt`/`post_date`, author and
 * categories; Contentful, Sanity and Strapi fields configurable like the body field.
 */
import { describe, expect, it } from 'vitest';
import type { Bindings } from '../../src/env';
import { call } from './helpers';
import { deliver, newId } from './webhooks/helpers';
import {
  contentful,
  contentfulDraft,
  contentfulEntry,
  portableText,
  sanity,
  sanityDraft,
  strapi,
  strapiDraft,
  wordpress,
  wpDraft,
  type Draft,
} from './webhooks/fixtures';

interface Row {
  articleId: string;
  publishedAt: string | null;
  authors: string[];
  section: string | null;
}

const TEXT = (tag: string) => `"Prices will fall," said Mary Jones, an economist (${tag}).`;

/** The desk's row for the article, found by its id among the sender's articles. */
async function deskRow(source: string, id: string): Promise<Row | undefined> {
  const res = await call(`/v1/desk/articles?source=${source}&limit=500`);
  expect(res.status).toBe(200);
  const { items } = (await res.json()) as { items: Row[] };
  return items.find((r) => r.articleId === id);
}

async function delivered(fixture: typeof wordpress, draft: Draft, env: Partial<Bindings> = {}) {
  const res = await deliver(fixture, draft, { env });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** Add top-level fields to a JSON delivery body. */
function withTop(draft: Draft, extra: Record<string, unknown>): Draft {
  return { ...draft, body: JSON.stringify({ ...(JSON.parse(draft.body) as object), ...extra }) };
}

describe('WordPress metadata', () => {
  it('takes post_date_gmt, the author and the first category', async () => {
    const id = newId(wordpress);
    const draft = wpDraft(id, {
      post_title: 'Prices',
      post_content: `<p>${TEXT(id)}</p>`,
      post_date: '2026-10-01 10:00:00',
      post_date_gmt: '2026-10-01 08:00:00',
    });
    await delivered(wordpress, withTop(draft, { author: { ID: 7, display_name: 'Ana Ruiz' } }));
    expect(await deskRow('wordpress', id)).toMatchObject({
      publishedAt: '2026-10-01T08:00:00.000Z',
      authors: ['Ana Ruiz'],
      section: 'News',
    });
  });

  it('falls back to post_date, and never takes a numeric post_author for a name', async () => {
    const id = newId(wordpress);
    const draft = wpDraft(id, {
      post_title: 'Prices',
      post_content: `<p>${TEXT(id)}</p>`,
      post_date: '2026-10-05 09:30:00',
      post_date_gmt: '0000-00-00 00:00:00',
    });
    const categories = [{ name: 'Business' }, { name: 'Markets' }];
    await delivered(wordpress, withTop(draft, { taxonomies: { category: categories } }));
    expect(await deskRow('wordpress', id)).toMatchObject({
      publishedAt: '2026-10-05T09:30:00.000Z',
      authors: [],
      section: 'Business',
    });
  });
});

describe('Contentful metadata', () => {
  const entry = (id: string, fields: Record<string, unknown>) =>
    contentfulDraft(
      'ContentManagement.Entry.publish',
      contentfulEntry(id, { title: { 'en-US': 'Prices' }, body: { 'en-US': TEXT(id) }, ...fields }),
    );

  it('reads publishDate, authors and section in the locale, skipping unresolved links', async () => {
    const id = newId(contentful);
    const link = { sys: { type: 'Link', linkType: 'Entry', id: 'author-1' } };
    await delivered(
      contentful,
      entry(id, {
        publishDate: { 'en-US': '2026-10-02T09:00:00+02:00' },
        authors: { 'en-US': ['Ana Ruiz', link, { fields: {}, name: 'Bo Lee' }] },
        section: { 'en-US': 'Metro' },
      }),
    );
    expect(await deskRow('contentful', id)).toMatchObject({
      publishedAt: '2026-10-02T07:00:00.000Z',
      authors: ['Ana Ruiz', 'Bo Lee'],
      section: 'Metro',
    });
  });

  it('reads the fields CONTENTFUL_*_FIELD name, and sys.firstPublishedAt when there is no date field', async () => {
    const id = newId(contentful);
    const draft = entry(id, { byline: { 'en-US': 'Ana Ruiz' }, desk: { 'en-US': 'Sport' } });
    const body = JSON.parse(draft.body) as { sys: Record<string, unknown> };
    body.sys.firstPublishedAt = '2026-09-30T12:00:00.000Z';
    await delivered(
      contentful,
      { ...draft, body: JSON.stringify(body) },
      { CONTENTFUL_AUTHORS_FIELD: 'byline', CONTENTFUL_SECTION_FIELD: 'desk' },
    );
    expect(await deskRow('contentful', id)).toMatchObject({
      publishedAt: '2026-09-30T12:00:00.000Z',
      authors: ['Ana Ruiz'],
      section: 'Sport',
    });
  });
});

describe('Sanity metadata', () => {
  it('reads publishedAt, authors and section from the projection', async () => {
    const id = newId(sanity);
    await delivered(
      sanity,
      sanityDraft(id, 'update', {
        _id: id,
        title: 'Prices',
        body: portableText(TEXT(id)),
        publishedAt: '2026-10-03T06:00:00Z',
        authors: [{ name: 'Ana Ruiz' }, { _ref: 'unresolved' }],
        section: 'Metro',
      }),
    );
    expect(await deskRow('sanity', id)).toMatchObject({
      publishedAt: '2026-10-03T06:00:00.000Z',
      authors: ['Ana Ruiz'],
      section: 'Metro',
    });
  });

  it('reads the fields SANITY_*_FIELD name', async () => {
    const id = newId(sanity);
    await delivered(
      sanity,
      sanityDraft(id, 'update', {
        _id: id,
        title: 'Prices',
        body: portableText(TEXT(id)),
        date: '2026-10-04T06:00:00Z',
        writer: 'Bo Lee',
        category: { title: 'Sport' },
      }),
      { SANITY_PUBLISHED_FIELD: 'date', SANITY_AUTHORS_FIELD: 'writer', SANITY_SECTION_FIELD: 'category' },
    );
    expect(await deskRow('sanity', id)).toMatchObject({
      publishedAt: '2026-10-04T06:00:00.000Z',
      authors: ['Bo Lee'],
      section: 'Sport',
    });
  });
});

describe('Strapi metadata', () => {
  it('reads publishedAt, authors and section, or the fields STRAPI_*_FIELD name', async () => {
    const id = newId(strapi);
    await delivered(
      strapi,
      strapiDraft('entry.publish', {
        documentId: id,
        title: 'Prices',
        body: TEXT(id),
        publishedAt: '2026-10-05T07:00:00.000Z',
        authors: [{ id: 1, name: 'Ana Ruiz' }],
        section: { id: 2, name: 'Metro' },
      }),
    );
    expect(await deskRow('strapi', id)).toMatchObject({
      publishedAt: '2026-10-05T07:00:00.000Z',
      authors: ['Ana Ruiz'],
      section: 'Metro',
    });

    const other = newId(strapi);
    await delivered(
      strapi,
      strapiDraft('entry.publish', {
        documentId: other,
        title: 'Prices',
        body: TEXT(other),
        publishedAt: '2026-10-06T07:00:00.000Z',
        firstPublished: '2026-01-06T07:00:00.000Z',
        writers: ['Bo Lee'],
        category: 'Sport',
      }),
      { STRAPI_PUBLISHED_FIELD: 'firstPublished', STRAPI_AUTHORS_FIELD: 'writers', STRAPI_SECTION_FIELD: 'category' },
    );
    expect(await deskRow('strapi', other)).toMatchObject({
      publishedAt: '2026-01-06T07:00:00.000Z',
      authors: ['Bo Lee'],
      section: 'Sport',
    });
  });
});
