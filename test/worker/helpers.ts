/** Shared test helpers: call the Worker (its front router, then the app) in workerd with the real (or a faulty) KV binding. */
import { env } from 'cloudflare:workers';
import { front } from '../../src/front';
import type { Bindings } from '../../src/env';

export function call(path: string, init?: RequestInit, overrides: Partial<Bindings> = {}): Promise<Response> {
  return Promise.resolve(front.request(path, init, { ...env, ...overrides }));
}

export function postJson(path: string, body: unknown, overrides: Partial<Bindings> = {}): Promise<Response> {
  return call(
    path,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    overrides,
  );
}

/** A KV binding whose every call fails the way `mode` says. */
export function faultyKv(mode: 'throw' | 'hang' | 'corrupt', real: KVNamespace = env.BRIEFS): KVNamespace {
  const fail = () => {
    if (mode === 'throw') return Promise.reject(new Error('KV is down'));
    return new Promise<never>(() => {});
  };
  return {
    ...real,
    get: () => (mode === 'corrupt' ? Promise.resolve('{"not": "a brief"') : fail()),
    put: (...args: unknown[]) =>
      mode === 'corrupt' ? (real.put as (...a: unknown[]) => Promise<void>)(...args) : fail(),
    delete: () => fail(),
    list: () => fail(),
    getWithMetadata: () => fail(),
  } as unknown as KVNamespace;
}
