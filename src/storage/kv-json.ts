/**
 * JSON values in Workers KV, the one way every record here is stored (briefs, the article index,
 * the delivery log). Every call is bounded by a timeout, so a slow KV cannot hang a request; a
 * value that is not JSON, or not the shape the caller accepts, reads as absent (the caller then
 * overwrites it). Faults (KV throwing or timing out) are thrown for the caller to decide.
 *
 * @example
 * const kv = new JsonKv(env.BRIEFS, 2000);
 * await kv.put('article:ghost:1', { briefId }, { expirationTtl: 3600 });
 * const entry = await kv.get('article:ghost:1', (v): v is Entry => typeof (v as Entry)?.briefId === 'string');
 */
import { withTimeout } from './timeout';

export type Accept<T> = (value: unknown) => value is T;

export class JsonKv {
  constructor(
    private readonly kv: KVNamespace,
    private readonly timeoutMs: number,
  ) {}

  async get<T>(key: string, accept: Accept<T>): Promise<T | null> {
    return parse(key, await withTimeout(this.kv.get(key, 'text'), this.timeoutMs, 'KV get'), accept);
  }

  /** The value and its metadata in one read. */
  async getWithMetadata<T, M>(key: string, accept: Accept<T>): Promise<{ value: T; metadata: M | null } | null> {
    const { value, metadata } = await withTimeout(this.kv.getWithMetadata<M>(key, 'text'), this.timeoutMs, 'KV get');
    const parsed = parse(key, value, accept);
    return parsed === null ? null : { value: parsed, metadata };
  }

  async put(key: string, value: unknown, options?: KVNamespacePutOptions): Promise<void> {
    await withTimeout(this.kv.put(key, JSON.stringify(value), options), this.timeoutMs, 'KV put');
  }

  async delete(key: string): Promise<void> {
    await withTimeout(this.kv.delete(key), this.timeoutMs, 'KV delete');
  }
}

function parse<T>(key: string, raw: string | null, accept: Accept<T>): T | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    console.warn(`KV ${key}: stored entry is not valid JSON; it will be overwritten`);
    return null;
  }
  return accept(value) ? value : null;
}
