import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { app } from '../../src/app';
import type { Brief } from '../../src/schema/brief';
import { ArticleIndex } from '../../src/storage/article-index';
import { call, postJson } from './helpers';

interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
}
const documentOf = async () => (await (await call('/openapi.json')).json()) as Doc;

describe('the OpenAPI document', () => {
  it('lists every route the app answers, with every method', async () => {
    const doc = await documentOf();
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`)),
    );
    const routes = app.routes
      .filter((r) => r.method !== 'ALL' && !['/openapi.json', '/docs'].includes(r.path))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`);
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) expect(documented, route).toContain(route);
    // The Markdown downloads are served by the routes by id, and listed on their own.
    expect(documented).toContain('get /v1/briefs/{id}.md');
    expect(documented).toContain('get /brief/{id}.md');
  });

  it('gives every guarded /v1 route its 401 and 429 answers', async () => {
    const doc = await documentOf();
    const guarded = Object.entries(doc.paths).filter(([path]) => /^\/v1\/(briefs|batches|articles|desk)/.test(path));
    expect(guarded.length).toBeGreaterThan(3);
    for (const [path, methods] of guarded)
      for (const [method, op] of Object.entries(methods))
        expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '429']));
  });

  it('renders /docs readably: inline code as code, no Markdown backticks', async () => {
    const html = await (await call('/docs')).text();
    expect(html).toContain('<code>.md</code>');
    const text = html.replace(/<style[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '');
    expect(text).not.toContain('`');
    expect(html).toContain('/v1/articles/{source}/{articleId}');
  });
});

describe('article ids with slashes', () => {
  it('are readable as written, and as %2F', async () => {
    const created = (await (
      await postJson('/v1/briefs', { text: `A storm hit the coast on Monday, officials said. ${crypto.randomUUID()}` })
    ).json()) as Brief;
    await ArticleIndex.of(env).put({ origin: 'batch', source: 'batch', id: 'sub/storm' }, created.id);
    for (const path of ['/v1/articles/batch/sub/storm', '/v1/articles/batch/sub%2Fstorm']) {
      const res = await call(path);
      expect(res.status, path).toBe(200);
      expect(((await res.json()) as Brief).id).toBe(created.id);
    }
    expect((await call('/v1/articles/batch/sub/other')).status).toBe(404);
  });
});
