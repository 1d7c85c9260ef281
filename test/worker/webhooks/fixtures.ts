/**
 * Each sender as the tests see it: real-shaped payloads (from the senders' docs and source, see
 * the field notes in shared/reference/cms-webhooks.md) and the sender's own way of signing them:
 * the official signing functions where they are on npm (standardwebhooks, @sanity/webhook,
 * Contentful's signRequest), Node's crypto the way Ghost (Node) and WP Webhooks (PHP
 * hash_hmac + base64_encode) compute theirs, and a bearer header for Strapi.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { signRequest } from '@contentful/node-apps-toolkit/requests';
import { encodeSignatureHeader } from '@sanity/webhook';
import { Webhook } from 'standardwebhooks';
import type { Bindings } from '../../../src/env';

export interface Draft {
  body: string;
  headers: Record<string, string>;
  /** Query string of the webhook URL (unsigned: it must never change what a delivery does). */
  query?: string;
}

export interface Article {
  title: string;
  text: string;
}

export interface SenderFixture {
  sender: string;
  secretName: keyof Bindings;
  secret: string;
  /** Another valid-looking secret: signing with it is a forgery. */
  otherSecret: string;
  /** Whether the scheme carries a timestamp (so a stale delivery can be refused). */
  timestamped: boolean;
  publish(id: string, article: Article): Draft;
  withoutText(id: string): Draft;
  remove(id: string): Draft;
  /** The signature headers for `draft`, signed with `secret` at `at` (ms). */
  sign(draft: Draft, secret: string, at: number): Promise<Record<string, string>>;
}

const now = () => new Date().toISOString();
const paragraphsToHtml = (text: string) =>
  text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('');

export const ghost: SenderFixture = {
  sender: 'ghost',
  secretName: 'GHOST_WEBHOOK_SECRET',
  secret: 'ghost-webhook-secret-7f3a9c',
  otherSecret: 'ghost-webhook-secret-000000',
  timestamped: true,
  publish: (id, a) => ({
    body: JSON.stringify({
      post: { current: ghostPost(id, a), previous: { status: 'draft', published_at: null, updated_at: now() } },
    }),
    headers: ghostHeaders,
  }),
  withoutText: (id) => ({
    body: JSON.stringify({
      post: { current: { ...ghostPost(id, { title: 'Empty', text: '' }), html: null, plaintext: '' }, previous: {} },
    }),
    headers: ghostHeaders,
  }),
  remove: (id) => ({
    body: JSON.stringify({ post: { current: {}, previous: ghostPost(id, { title: 'Gone', text: 'Gone.' }) } }),
    headers: ghostHeaders,
  }),
  // Ghost's webhook-trigger.js: createHmac('sha256', secret).update(`${body}${ts}`).digest('hex').
  sign: async (draft, secret, at) => ({
    'X-Ghost-Signature': `sha256=${createHmac('sha256', secret).update(`${draft.body}${at}`).digest('hex')}, t=${at}`,
  }),
};

const ghostHeaders = {
  'content-type': 'application/json',
  'content-version': 'v6.0',
  'user-agent': 'Ghost/6.0.0 (https://github.com/TryGhost/Ghost)',
};

export function ghostPost(id: string, a: Article, overrides: Record<string, unknown> = {}) {
  return {
    id,
    uuid: crypto.randomUUID(),
    title: a.title,
    slug: a.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    html: a.text ? paragraphsToHtml(a.text) : null,
    plaintext: a.text,
    comment_id: id,
    feature_image: null,
    featured: false,
    status: 'published',
    visibility: 'public',
    created_at: now(),
    updated_at: now(),
    published_at: now(),
    custom_excerpt: null,
    tags: [
      { id: '6745a1', name: 'News', slug: 'news', visibility: 'public', url: 'https://example.ghost.io/tag/news/' },
    ],
    authors: [{ id: '1', name: 'Jamie Larson', slug: 'jamie', url: 'https://example.ghost.io/author/jamie/' }],
    url: `https://example.ghost.io/${id}/`,
    excerpt: a.text.slice(0, 100),
    reading_time: 1,
    ...overrides,
  };
}

const CONTENTFUL_PATH = '/v1/webhooks/contentful';

export const contentful: SenderFixture = {
  sender: 'contentful',
  secretName: 'CONTENTFUL_WEBHOOK_SECRET',
  secret: 'a'.repeat(32) + 'B0cD1eF2gH3iJ4kL5mN6oP7qR8sT9uV-',
  otherSecret: 'z'.repeat(64),
  timestamped: true,
  publish: (id, a) =>
    contentfulDraft(
      'ContentManagement.Entry.publish',
      contentfulEntry(id, { title: { 'en-US': a.title }, body: { 'en-US': a.text } }),
    ),
  withoutText: (id) =>
    contentfulDraft('ContentManagement.Entry.publish', contentfulEntry(id, { title: { 'en-US': 'Untitled' } })),
  remove: (id) =>
    contentfulDraft('ContentManagement.Entry.delete', {
      sys: { ...contentfulSys(id), type: 'DeletedEntry', deletedAt: now() },
    }),
  // Contentful's own signing function, over method, path, the listed headers and the body.
  sign: async (draft, secret, at) =>
    signRequest(
      secret,
      { method: 'POST', path: CONTENTFUL_PATH + (draft.query ?? ''), headers: draft.headers, body: draft.body },
      at,
    ) as unknown as Record<string, string>,
};

export function contentfulDraft(topic: string, entity: unknown): Draft {
  return {
    body: JSON.stringify(entity),
    headers: {
      'content-type': 'application/vnd.contentful.management.v1+json',
      'x-contentful-topic': topic,
      'x-contentful-webhook-name': 'edge-brief',
    },
  };
}

function contentfulSys(id: string) {
  const link = (linkType: string, linkId: string) => ({ sys: { type: 'Link', linkType, id: linkId } });
  return {
    type: 'Entry',
    id,
    space: link('Space', 'yadj1kx9rmg0'),
    environment: link('Environment', 'master'),
    contentType: link('ContentType', 'article'),
    createdBy: link('User', '4FLrUHftHW3v2BLi9fzfjU'),
    updatedBy: link('User', '4FLrUHftHW3v2BLi9fzfjU'),
    revision: 1,
    createdAt: now(),
    updatedAt: now(),
    publishedVersion: 3,
  };
}

export function contentfulEntry(id: string, fields: Record<string, unknown>) {
  return { metadata: { tags: [] }, sys: contentfulSys(id), fields };
}

export const sanity: SenderFixture = {
  sender: 'sanity',
  secretName: 'SANITY_WEBHOOK_SECRET',
  secret: 'sanity-webhook-secret-q8w7e6',
  otherSecret: 'sanity-webhook-secret-000000',
  timestamped: true,
  publish: (id, a) =>
    sanityDraft(id, 'update', { _id: id, _type: 'post', _rev: 'rev1', title: a.title, body: portableText(a.text) }),
  withoutText: (id) => sanityDraft(id, 'update', { _id: id, _type: 'post', _rev: 'rev1', title: 'Untitled', body: [] }),
  remove: (id) => sanityDraft(id, 'delete', { _id: id, _type: 'post', _rev: 'rev2', title: 'Gone' }),
  // @sanity/webhook's own encoder (the one Sanity's delivery system mirrors).
  sign: async (draft, secret, at) => ({
    'sanity-webhook-signature': await encodeSignatureHeader(draft.body, at, secret),
  }),
};

export function sanityDraft(id: string, operation: string, projection: unknown): Draft {
  return {
    body: JSON.stringify(projection),
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `idem-${crypto.randomUUID()}`,
      'sanity-project-id': 'a1b2c3d4',
      'sanity-dataset': 'production',
      'sanity-document-id': id,
      'sanity-operation': operation,
      'sanity-transaction-id': crypto.randomUUID(),
      'sanity-transaction-time': now(),
      'sanity-webhook-id': 'hook-edge-brief',
      'user-agent': 'Sanity.io webhook delivery',
    },
  };
}

/** Portable Text blocks, one per paragraph, with a bold span to show marks are flattened. */
export function portableText(text: string) {
  return text.split('\n\n').map((paragraph, i) => {
    const [first, ...rest] = paragraph.split(' ');
    return {
      _type: 'block',
      _key: `k${i}`,
      style: 'normal',
      markDefs: [],
      children: [
        { _type: 'span', _key: `s${i}a`, text: `${first} `, marks: ['strong'] },
        { _type: 'span', _key: `s${i}b`, text: rest.join(' '), marks: [] },
      ],
    };
  });
}

export const wordpress: SenderFixture = {
  sender: 'wordpress',
  secretName: 'WORDPRESS_WEBHOOK_SECRET',
  secret: 'wp-webhooks-trigger-secret',
  otherSecret: 'wp-webhooks-other-secret',
  timestamped: false,
  publish: (id, a) =>
    wpDraft(id, {
      post_title: a.title,
      post_content: a.text
        .split('\n\n')
        .map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`)
        .join('\n\n'),
    }),
  withoutText: (id) => wpDraft(id, { post_title: 'Untitled', post_content: '' }),
  // *Send Data On Post Trash*: the post as it is after trashing, its signed status `trash`.
  remove: (id) => wpDraft(id, { post_title: 'Gone', post_content: '<p>Gone.</p>', post_status: 'trash' }),
  // WP Webhooks: base64_encode(hash_hmac('sha256', $body, $secret, true)).
  sign: async (draft, secret) => ({
    'X-WP-Webhook-Signature': createHmac('sha256', secret).update(draft.body).digest('base64'),
  }),
};

export function wpDraft(id: string, post: Record<string, unknown>): Draft {
  const numeric = Number(id);
  return {
    body: JSON.stringify({
      post_id: numeric,
      post: {
        ID: numeric,
        post_author: '1',
        post_date: '2026-11-24 10:00:00',
        post_date_gmt: '2026-11-24 10:00:00',
        post_excerpt: '',
        post_status: 'publish',
        comment_status: 'open',
        ping_status: 'open',
        post_password: '',
        post_name: `post-${id}`,
        post_modified: '2026-11-24 10:05:00',
        post_modified_gmt: '2026-11-24 10:05:00',
        post_content_filtered: '',
        post_parent: 0,
        guid: `https://news.example.org/?p=${id}`,
        menu_order: 0,
        post_type: 'post',
        post_mime_type: '',
        comment_count: '0',
        filter: 'raw',
        ...post,
      },
      post_meta: { _edit_lock: ['1764000000:1'] },
      post_thumbnail: false,
      post_permalink: `https://news.example.org/${id}/`,
      taxonomies: { category: { news: { term_id: 2, name: 'News', slug: 'news', taxonomy: 'category' } } },
    }),
    headers: { 'content-type': 'application/json; charset=UTF-8', 'x-wp-webhook-source': 'https://news.example.org/' },
  };
}

export const strapi: SenderFixture = {
  sender: 'strapi',
  secretName: 'STRAPI_WEBHOOK_TOKEN',
  secret: 'strapi-token-4c1d2e',
  otherSecret: 'strapi-token-000000',
  timestamped: false,
  publish: (id, a) =>
    strapiDraft('entry.publish', { documentId: id, title: a.title, body: a.text, publishedAt: now() }),
  withoutText: (id) =>
    strapiDraft('entry.publish', { documentId: id, title: 'Untitled', body: null, publishedAt: now() }),
  remove: (id) => strapiDraft('entry.delete', { documentId: id, title: 'Gone', publishedAt: null }),
  sign: async (_draft, token) => ({ Authorization: `Bearer ${token}` }),
};

/** Strapi 5's webhook-runner body: `{ event, createdAt, model, uid, entry }`, event also in X-Strapi-Event. */
export function strapiDraft(event: string, entry: Record<string, unknown>): Draft {
  return {
    body: JSON.stringify({
      event,
      createdAt: now(),
      model: 'article',
      uid: 'api::article.article',
      entry: { id: 7, slug: 'storm', createdAt: now(), updatedAt: now(), locale: 'en', ...entry },
    }),
    headers: { 'content-type': 'application/json', 'x-strapi-event': event },
  };
}

export const standard: SenderFixture = {
  sender: 'standard',
  secretName: 'STANDARD_WEBHOOK_SECRET',
  secret: `whsec_${randomBytes(32).toString('base64')}`,
  otherSecret: `whsec_${randomBytes(32).toString('base64')}`,
  timestamped: true,
  publish: (id, a) =>
    standardDraft('article.published', { id, title: a.title, text: a.text, url: `https://news.example.org/a/${id}` }),
  withoutText: (id) => standardDraft('article.published', { id, title: 'Untitled' }),
  remove: (id) => standardDraft('article.deleted', { id }),
  // The spec's reference library signs `${id}.${seconds}.${body}`.
  sign: async (draft, secret, at) => {
    const id = draft.headers['webhook-id'];
    return {
      'webhook-timestamp': String(Math.floor(at / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, new Date(at), draft.body),
    };
  },
};

export function standardDraft(type: string, data: Record<string, unknown>): Draft {
  return {
    body: JSON.stringify({ type, timestamp: now(), data }),
    headers: { 'content-type': 'application/json', 'webhook-id': `msg_${crypto.randomUUID()}` },
  };
}

export const FIXTURES = [ghost, contentful, sanity, wordpress, strapi, standard];

/** Every sender's secret, as the tests' env. */
export const SECRETS: Partial<Bindings> = Object.fromEntries(FIXTURES.map((f) => [f.secretName, f.secret]));
