/**
 * Brief an article through the cache: the one path every route takes (API, webhooks, form page).
 *
 * The id is hashed first (Web Crypto), so a cache hit costs no analysis. On a miss the engine runs
 * and the brief is stored. `X-Cache` semantics: HIT served from KV, MISS analysed and stored,
 * BYPASS analysed but KV failed (read or write), so nothing was cached.
 */
import { brief as runEngine, briefId, type ArticleInput } from '../engine';
import type { Brief } from '../schema/brief';
import type { BriefStore } from './brief-store';

export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS';

export interface BriefResult {
  brief: Brief;
  cache: CacheStatus;
  /** Milliseconds spent in the engine (0 on a hit). Workers coarsen timers, so this may read 0. */
  analysisMs: number;
}

export interface BriefThroughCacheOptions {
  /** Throw instead of bypassing when the brief cannot be stored (webhooks must not ack unstored work). */
  requireStored?: boolean;
  /** The brief is an article's record (webhooks, batches): keep it without expiry, renewing a cached one. */
  keep?: boolean;
}

export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`brief store unavailable: ${String(cause)}`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

export async function briefThroughCache(
  store: BriefStore,
  input: ArticleInput,
  options: BriefThroughCacheOptions = {},
): Promise<BriefResult> {
  const id = await briefId(input);
  let readFailed = false;
  try {
    const cached = options.keep ? await store.read(id) : await store.get(id).then((brief) => brief && { brief, kept: false });
    if (cached) {
      // A brief first made through the API expires; once an article points at it, it must not.
      if (options.keep && !cached.kept) await keepStored(store, cached.brief, options);
      return { brief: cached.brief, cache: 'HIT', analysisMs: 0 };
    }
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    readFailed = true;
    console.error(`KV read failed for brief ${id}:`, error);
    if (options.requireStored) throw new StoreUnavailableError(error);
  }
  const started = performance.now();
  const fresh = runEngine(input, { id });
  const analysisMs = performance.now() - started;
  if (readFailed) return { brief: fresh, cache: 'BYPASS', analysisMs };
  try {
    await store.put(fresh, { keep: options.keep });
    return { brief: fresh, cache: 'MISS', analysisMs };
  } catch (error) {
    console.error(`KV write failed for brief ${id}:`, error);
    if (options.requireStored) throw new StoreUnavailableError(error);
    return { brief: fresh, cache: 'BYPASS', analysisMs };
  }
}

async function keepStored(store: BriefStore, brief: Brief, options: BriefThroughCacheOptions): Promise<void> {
  try {
    await store.put(brief, { keep: true });
  } catch (error) {
    console.error(`KV write failed keeping brief ${brief.id}:`, error);
    if (options.requireStored) throw new StoreUnavailableError(error);
  }
}
