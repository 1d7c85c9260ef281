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

/**
 * KV refused the call for good: a key over 512 bytes (414) or a value over 25 MiB (413). Retrying
 * cannot help, so callers answer it as a permanent failure (422), never as a retryable outage.
 */
export class KvLimitError extends Error {
  constructor(cause: unknown) {
    super(`KV refused the record: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'KvLimitError';
  }
}

/** Whether `error` (or anything in its `cause` chain) is KV refusing a key or value as too large. */
export function isKvLimitError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof KvLimitError) return true;
    const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
    if (/\b41[34]\b|exceeds (?:the )?(?:key )?(?:length )?limit|too large|too long/i.test(message)) return true;
  }
  return false;
}

function classify(error: unknown): never {
  throw isKvLimitError(error) ? new KvLimitError(error) : error;
}

export class JsonKv {
  constructor(
    private readonly kv: KVNamespace,
    private readonly timeoutMs: number,
  ) {}

  async get<T>(key: string, accept: Accept<T>): Promise<T | null> {
    return parse(key, await this.getText(key), accept);
  }

  /** The stored text, unparsed (null when absent). */
  getText(key: string): Promise<string | null> {
    return withTimeout(this.kv.get(key, 'text'), this.timeoutMs, 'KV get').catch(classify);
  }

  /** The stored text when it parses to a value `accept` takes (the text as stored: nothing is re-serialised). */
  async getJsonText(key: string, accept: Accept<unknown>): Promise<string | null> {
    const raw = await this.getText(key);
    return parse(key, raw, accept) === null ? null : raw;
  }

  /** The value and its metadata in one read. */
  async getWithMetadata<T, M>(key: string, accept: Accept<T>): Promise<{ value: T; metadata: M | null } | null> {
    const { value, metadata } = await withTimeout(
      this.kv.getWithMetadata<M>(key, 'text'),
      this.timeoutMs,
      'KV get',
    ).catch(classify);
    const parsed = parse(key, value, accept);
    return parsed === null ? null : { value: parsed, metadata };
  }

  async put(key: string, value: unknown, options?: KVNamespacePutOptions): Promise<void> {
    await withTimeout(this.kv.put(key, JSON.stringify(value), options), this.timeoutMs, 'KV put').catch(classify);
  }

  async delete(key: string): Promise<void> {
    await withTimeout(this.kv.delete(key), this.timeoutMs, 'KV delete').catch(classify);
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
