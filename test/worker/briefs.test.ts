import { describe, expect, it } from 'vitest';
import { env, exports } from 'cloudflare:workers';
import { Brief } from '../../src/schema/brief';
import { call, faultyKv, postJson } from './helpers';

const ARTICLE =
  'Storm Hits Coast\n\nA storm hit the coast on Monday, officials said. Power was cut to 4,000 homes.\n\nRepairs will take a week.';

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: unknown[];
  };
  expect(body.status).toBe(res.status);
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
  return body;
}

describe('POST /v1/briefs', () => {
  it('briefs a JSON article, validates against the contract, then serves it from KV', async () => {
    const text = `${ARTICLE} (json ${crypto.randomUUID()})`;
    const first = await postJson('/v1/briefs', { text });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const brief = Brief.parse(await first.json());
    expect(first.headers.get('etag')).toBe(`"${brief.id}"`);
    expect(first.headers.get('server-timing')).toMatch(/engine;dur=\d/);
    expect(brief.title).toBe('Storm Hits Coast');
    expect(brief.stats.paragraphs).toBe(3);

    const second = await postJson('/v1/briefs', { text });
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(((await second.json()) as Brief).id).toBe(brief.id);
  });

  it('gives the same id to the same article sent as JSON and as text/plain', async () => {
    const text = `${ARTICLE} (${crypto.randomUUID()})`;
    const asJson = (await (await postJson('/v1/briefs', { text })).json()) as Brief;
    const res = await call('/v1/briefs', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: text,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-cache')).toBe('HIT');
    expect(((await res.json()) as Brief).id).toBe(asJson.id);
  });

  it('takes title and url from the query for text bodies', async () => {
    const res = await call('/v1/briefs?title=Given%20Title&url=https%3A%2F%2Fexample.com%2Fa', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'One sentence about a storm that hit the coast.',
    });
    const brief = (await res.json()) as Brief;
    expect(brief.title).toBe('Given Title');
    expect(brief.url).toBe('https://example.com/a');
  });

  it('extracts readable text from HTML, dropping script, style and nav, and returns it on request', async () => {
    const html = `<html><head><title>t</title><style>p{color:red}</style></head><body>
      <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
      <h1>Storm Hits Coast</h1><p>A storm hit the coast on Monday, officials said.</p>
      <script>alert("x")</script><p>Power was cut to 4,000 homes &amp; shops &#8212; for now.</p></body></html>`;
    const res = await call('/v1/briefs?include=text', {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: html,
    });
    expect(res.status).toBe(200);
    const brief = (await res.json()) as Brief;
    expect(brief.text).toBe(
      'Storm Hits Coast\n\nA storm hit the coast on Monday, officials said.\n\nPower was cut to 4,000 homes & shops \u2014 for now.',
    );
    expect(brief.title).toBe('Storm Hits Coast');
    for (const s of brief.summary) expect(brief.text!.slice(s.start, s.end)).toBe(s.text);
  });

  it('answers 400 problem+json for malformed JSON', async () => {
    const res = await call('/v1/briefs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": ',
    });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).type).toContain('invalid-json');
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'just text'],
    ['null', null],
    ['a number', 42],
    ['an object without text', { title: 'x' }],
    ['a non-string text', { text: 5 }],
  ])('answers 422 listing the issues for JSON that is %s', async (_what, body) => {
    const res = await postJson('/v1/briefs', body);
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem.errors?.length).toBeGreaterThan(0);
  });

  it('answers 422 for blank text, in JSON and in text/plain', async () => {
    const json = await postJson('/v1/briefs', { text: '  \n\t ' });
    expect(json.status).toBe(422);
    expect((await problemOf(json)).detail).toContain('blank');
    const plain = await call('/v1/briefs', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '   ' });
    expect(plain.status).toBe(422);
  });

  it('answers 413 when Content-Length says the body is over the limit', async () => {
    const res = await call(
      '/v1/briefs',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(2000) },
      { MAX_BODY_BYTES: '1000' },
    );
    expect(res.status).toBe(413);
    await problemOf(res);
  });

  it('answers 413 when a streamed body without Content-Length grows over the limit', async () => {
    const chunk = new TextEncoder().encode('word '.repeat(100));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await call(
      '/v1/briefs',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body, duplex: 'half' } as RequestInit,
      { MAX_BODY_BYTES: '1000' },
    );
    expect(res.status).toBe(413);
  });

  it('answers 415 for any other content type', async () => {
    const res = await call('/v1/briefs', {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    });
    expect(res.status).toBe(415);
    await problemOf(res);
  });
});

describe('GET /v1/briefs/{id}', () => {
  it('returns a stored brief, and 304 when the ETag matches', async () => {
    const created = (await (
      await postJson('/v1/briefs', { text: `${ARTICLE} ${crypto.randomUUID()}` })
    ).json()) as Brief;
    const res = await call(`/v1/briefs/${created.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(created);
    const again = await call(`/v1/briefs/${created.id}`, { headers: { 'if-none-match': `"${created.id}"` } });
    expect(again.status).toBe(304);
  });

  it('says it came from the store and how long that took, and lets any cache keep it for good', async () => {
    const created = (await (
      await postJson('/v1/briefs', { text: `${ARTICLE} ${crypto.randomUUID()}` })
    ).json()) as Brief;
    const res = await call(`/v1/briefs/${created.id}`);
    expect(res.headers.get('x-cache')).toBe('HIT');
    expect(res.headers.get('server-timing')).toMatch(/^kv;dur=\d+(\.\d+)?, cache;desc=HIT$/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toBe(`"${created.id}"`);
    // Behind a token, only the client's own cache may keep it.
    const locked = await call(
      `/v1/briefs/${created.id}`,
      { headers: { authorization: 'Bearer t' } },
      { API_TOKEN: 't' },
    );
    expect(locked.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    // The page's public link is public whatever the token.
    const page = await call(`/brief/${created.id}`, {}, { API_TOKEN: 't' });
    expect(page.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    ['a weak tag', (id: string) => `W/"${id}"`],
    ['a list holding the tag', (id: string) => `"other", W/"${id}"`],
    ['*', () => '*'],
  ])('answers 304 to If-None-Match with %s (RFC 9110 weak comparison)', async (_, header) => {
    const created = (await (
      await postJson('/v1/briefs', { text: `${ARTICLE} ${crypto.randomUUID()}` })
    ).json()) as Brief;
    const res = await call(`/v1/briefs/${created.id}`, { headers: { 'if-none-match': header(created.id) } });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(`"${created.id}"`);
    expect((await call(`/v1/briefs/${created.id}`, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    // `*` matches only a brief that exists.
    expect((await call(`/v1/briefs/${'0'.repeat(64)}`, { headers: { 'if-none-match': '*' } })).status).toBe(404);
  });

  it('answers 404 problem for an unknown or malformed id', async () => {
    expect((await call(`/v1/briefs/${'0'.repeat(64)}`)).status).toBe(404);
    const res = await call('/v1/briefs/not-an-id');
    expect(res.status).toBe(404);
    await problemOf(res);
  });
});

describe('KV faults', () => {
  it.each(['throw', 'hang'] as const)('serves a fresh brief with X-Cache: BYPASS when KV does %s', async (mode) => {
    const res = await postJson('/v1/briefs', { text: ARTICLE }, { BRIEFS: faultyKv(mode), KV_TIMEOUT_MS: '50' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-cache')).toBe('BYPASS');
    Brief.parse(await res.json());
  });

  it('overwrites a corrupt entry with a fresh brief', async () => {
    const text = `${ARTICLE} ${crypto.randomUUID()}`;
    const res = await postJson('/v1/briefs', { text }, { BRIEFS: faultyKv('corrupt') });
    expect(res.headers.get('x-cache')).toBe('MISS');
    const brief = (await res.json()) as Brief;
    const stored = await env.BRIEFS.get(`brief:${brief.id}`, 'json');
    expect(stored).toMatchObject({ id: brief.id });
  });

  it('stores briefs with a TTL and metadata naming the engine', async () => {
    const brief = (await (await postJson('/v1/briefs', { text: `${ARTICLE} ${crypto.randomUUID()}` })).json()) as Brief;
    const { metadata } = await env.BRIEFS.getWithMetadata<{ engine: string; createdAt: string }>(`brief:${brief.id}`);
    expect(metadata?.engine).toBe(brief.engine);
    expect(Date.parse(metadata!.createdAt)).not.toBeNaN();
  });
});

describe('service routes', () => {
  it('answers /healthz through the Worker entry point', async () => {
    const res = await exports.default.fetch('http://localhost/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document with the Brief schema, and a docs page', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/briefs', '/v1/briefs/{id}', '/healthz']));
    expect(doc.components.schemas).toHaveProperty('Brief');
    const page = await call('/docs');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/v1/briefs');
  });

  it('documents the list ceilings, the size bound and `truncated` in the OpenAPI Brief schema', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      components: {
        schemas: { Brief: { description?: string; properties: Record<string, { description?: string }> } };
      };
    };
    const schema = doc.components.schemas.Brief;
    expect(schema.description).toContain('caveats 1000');
    expect(schema.description).toContain('10x the input + 32 KB');
    expect(schema.properties.truncated.description).toContain('cut');
  });

  it('answers 404 problem for an unknown route', async () => {
    const res = await call('/nope');
    expect(res.status).toBe(404);
    await problemOf(res);
  });
});
