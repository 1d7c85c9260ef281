/** Delivering signed (or forged, stale, unsigned) webhooks to the app, and watching KV writes. */
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { Bindings } from '../../../src/env';
import { call } from '../helpers';
import { SECRETS, type Draft, type SenderFixture } from './fixtures';

export interface DeliverOptions {
  /** Sign with this secret instead of the sender's (a forgery). */
  secret?: string;
  /** Sign at this time (ms) instead of now (a stale delivery). */
  at?: number;
  /** Send no signature at all. */
  unsigned?: boolean;
  /** Env overrides (a faulty KV, a missing secret). */
  env?: Partial<Bindings>;
}

export async function deliver(fixture: SenderFixture, draft: Draft, options: DeliverOptions = {}): Promise<Response> {
  const signature = options.unsigned
    ? {}
    : await fixture.sign(draft, options.secret ?? fixture.secret, options.at ?? Date.now());
  return call(
    `/v1/webhooks/${fixture.sender}${draft.query ?? ''}`,
    { method: 'POST', headers: { ...draft.headers, ...signature }, body: draft.body },
    { ...SECRETS, ...options.env },
  );
}

/** A fresh article id in the sender's own style (WordPress ids are numbers). */
export function newId(fixture: SenderFixture): string {
  if (fixture.sender === 'wordpress') return String(100000 + Math.floor(Math.random() * 1e9));
  return `${fixture.sender.slice(0, 3)}-${crypto.randomUUID()}`;
}

export function article(tag = crypto.randomUUID()) {
  return {
    title: 'Storm Hits Coast',
    text: `A storm hit the coast on Monday, officials said. Power was cut to 4,000 homes (${tag}).\n\nRepairs will take a week, the utility said in a statement.`,
  };
}

/** A KV binding that records every write (put and delete) before passing it to the real one. */
export function countingKv(real: KVNamespace = env.BRIEFS): { kv: KVNamespace; writes: string[] } {
  const writes: string[] = [];
  const kv = {
    get: (...args: unknown[]) => (real.get as (...a: unknown[]) => unknown)(...args),
    getWithMetadata: (...args: unknown[]) => (real.getWithMetadata as (...a: unknown[]) => unknown)(...args),
    list: (...args: unknown[]) => (real.list as (...a: unknown[]) => unknown)(...args),
    put: (key: string, ...rest: unknown[]) => {
      writes.push(`put ${key}`);
      return (real.put as (...a: unknown[]) => Promise<void>)(key, ...rest);
    },
    delete: (key: string) => {
      writes.push(`delete ${key}`);
      return real.delete(key);
    },
  } as unknown as KVNamespace;
  return { kv, writes };
}

export async function expectProblem(res: Response, status: number, slug?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as { type: string; status: number; title: string; detail: string };
  expect(body.status).toBe(status);
  expect(body.detail).toBeTruthy();
  if (slug) expect(body.type).toBe(`urn:edge-brief:problem:${slug}`);
  return body;
}

export function getArticle(source: string, id: string, overrides: Partial<Bindings> = {}): Promise<Response> {
  return call(`/v1/articles/${source}/${encodeURIComponent(id)}`, undefined, overrides);
}
