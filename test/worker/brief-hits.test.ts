/** The cache-hit path (`GET /v1/briefs/{id}`): the stored JSON as it is, not parsed and serialised again. */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { app } from '../../src/app';
import type { Bindings } from '../../src/env';
import type { Brief } from '../../src/schema/brief';
import { call, faultyKv, postJson } from './helpers';

async function made(): Promise<Brief> {
  const text = `A storm hit the coast on Monday, officials said. (${crypto.randomUUID()})`;
  return (await (await postJson('/v1/briefs', { text })).json()) as Brief;
}

describe('GET /v1/briefs/{id} on a hit', () => {
  it('answers with the stored JSON byte for byte, as application/json', async () => {
    const brief = await made();
    const res = await call(`/v1/briefs/${brief.id}`);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe(await env.BRIEFS.get(`brief:${brief.id}`, 'text'));
  });

  it('serves the Markdown download from the same stored brief', async () => {
    const brief = await made();
    const res = await call(`/v1/briefs/${brief.id}.md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${brief.id}.md"`);
    expect(await res.text()).toMatch(/^# Brief: /);
  });
});

/** A response as a client sees it: status, every header (Server-Timing's measured time left out) and the body bytes. */
async function asSeen(res: Response) {
  const headers = [...res.headers]
    .map(
      ([name, value]) => `${name}: ${name === 'server-timing' ? value.replace(/kv;dur=[0-9.]+/, 'kv;dur=…') : value}`,
    )
    .sort();
  return { status: res.status, headers, body: await res.text() };
}

/** A KV binding that counts its reads. */
function countingKv(real: KVNamespace = env.BRIEFS): { kv: KVNamespace; reads: () => number } {
  let reads = 0;
  const kv = {
    get: (...args: unknown[]) => {
      reads++;
      return (real.get as (...a: unknown[]) => Promise<unknown>)(...args);
    },
  } as unknown as KVNamespace;
  return { kv, reads: () => reads };
}

describe('GET /v1/briefs/{id}: the one-step hit (src/http/stored-brief-hit.ts) answers exactly as the middleware chain', () => {
  const tokens = { API_TOKEN: 'old-token, secret-token' };
  const bearer = { authorization: 'Bearer secret-token' };
  const origins = { ...tokens, ALLOWED_ORIGINS: 'https://cms.example.com, https://desk.example.org/' };
  type Case = [string, (id: string) => string, RequestInit, Partial<Bindings>];
  const cases: Case[] = [
    ['a hit with a token', (id) => id, { headers: bearer }, tokens],
    [
      'a hit with the other token, scheme in lower case',
      (id) => id,
      { headers: { authorization: 'bearer old-token' } },
      tokens,
    ],
    ['a hit by HEAD', (id) => id, { method: 'HEAD', headers: bearer }, tokens],
    [
      'If-None-Match with its tag: 304',
      (id) => id,
      { headers: { ...bearer, 'if-none-match': `"x", W/"{id}"` } },
      tokens,
    ],
    ['If-None-Match: *', (id) => id, { headers: { ...bearer, 'if-none-match': '*' } }, tokens],
    ['If-None-Match with another tag', (id) => id, { headers: { ...bearer, 'if-none-match': '"other"' } }, tokens],
    ['an allowed origin', (id) => id, { headers: { ...bearer, origin: 'https://desk.example.org' } }, origins],
    ['another origin', (id) => id, { headers: { ...bearer, origin: 'https://evil.example' } }, origins],
    ['any origin (*), none sent', (id) => id, { headers: bearer }, { ...tokens, ALLOWED_ORIGINS: '*' }],
    ['no token', (id) => id, {}, tokens],
    ['a wrong token', (id) => id, { headers: { authorization: 'Bearer secret-token2' } }, tokens],
    ['the API open (no token configured)', (id) => id, { headers: bearer }, {}],
    ['the Markdown download', (id) => `${id}.md`, { headers: bearer }, tokens],
    ['an unknown id', () => '0'.repeat(64), { headers: bearer }, tokens],
    ['an id in capitals', (id) => id.toUpperCase(), { headers: bearer }, tokens],
    ['an id percent-encoded', (id) => `%${id.charCodeAt(0).toString(16)}${id.slice(1)}`, { headers: bearer }, tokens],
    ['KV failing', (id) => id, { headers: bearer }, { ...tokens, BRIEFS: faultyKv('throw') }],
    ['KV timing out', (id) => id, { headers: bearer }, { ...tokens, BRIEFS: faultyKv('hang'), KV_TIMEOUT_MS: '20' }],
    ['a corrupt entry', (id) => id, { headers: bearer }, { ...tokens, BRIEFS: faultyKv('corrupt') }],
  ];

  it.each(cases)('%s', async (_what, path, init, overrides) => {
    const id = (await made()).id;
    const url = `/v1/briefs/${path(id)}`;
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k, v.replace('{id}', id)]),
    );
    const withId = { ...init, headers };
    const front = await asSeen(await call(url, withId, overrides));
    const chain = await asSeen(await app.request(url, withId, { ...env, ...overrides }));
    expect(front).toEqual(chain);
  });

  it('reads KV once when the brief is not there, handing that read to the chain', async () => {
    const { kv, reads } = countingKv();
    const res = await call(`/v1/briefs/${'1'.repeat(64)}`, { headers: bearer }, { ...tokens, BRIEFS: kv });
    expect(res.status).toBe(404);
    await res.body?.cancel();
    expect(reads()).toBe(1);
  });
});
