/**
 * Brief an article through the cache: the one path every route takes (API, webhooks, batches,
 * form page), and for an article a source knows by id (a CMS webhook, a batch), `briefArticle`
 * keeps its brief and points the article index at it.
 *
 * The id is hashed first (Web Crypto), so a cache hit costs no analysis. On a miss the engine runs
 * and the brief is stored. `X-Cache` semantics: HIT served from KV, MISS analysed and stored,
 * BYPASS analysed but KV failed (read or write), so nothing was cached.
 *
 * The engine is loaded on the first miss (`import()`), not when the Worker starts: a cache hit
 * needs only the id's hash, and an isolate that serves hits never builds the engine's tables.
 */
import type { ArticleInput } from '../engine';
import { briefId } from '../engine/id';
import type { Brief } from '../schema/brief';
import type { Bindings } from '../env';
import { ArticleIndex, type ArticleRef } from '../storage/article-index';
import { BriefStore } from '../storage/brief-store';
import { isKvLimitError } from '../storage/kv-json';
import { recordOnDesk, type ArticleMeta } from '../desk';
import { compactMeta } from '../desk/rows';

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

/** KV refused the record for good (a key or value over its limits): retrying cannot help. */
export class StoreRefusedError extends Error {
  constructor(cause: unknown) {
    super(`brief store refused the record: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreRefusedError';
  }
}

/** A store failure, sorted: permanent (`StoreRefusedError`) or worth a retry (`StoreUnavailableError`). */
export function storeFailure(cause: unknown): StoreUnavailableError | StoreRefusedError {
  if (cause instanceof StoreUnavailableError || cause instanceof StoreRefusedError) return cause;
  return isKvLimitError(cause) ? new StoreRefusedError(cause) : new StoreUnavailableError(cause);
}

export async function briefThroughCache(
  store: BriefStore,
  input: ArticleInput,
  options: BriefThroughCacheOptions = {},
): Promise<BriefResult> {
  const id = await briefId(input);
  let readFailed = false;
  try {
    const cached = options.keep
      ? await store.read(id)
      : await store.get(id).then((brief) => brief && { brief, kept: false });
    if (cached) {
      // A brief first made through the API expires; once an article points at it, it must not.
      if (options.keep && !cached.kept) await keepStored(store, cached.brief, options);
      return { brief: cached.brief, cache: 'HIT', analysisMs: 0 };
    }
  } catch (error) {
    if (error instanceof StoreUnavailableError || error instanceof StoreRefusedError) throw error;
    readFailed = true;
    console.error(`KV read failed for brief ${id}:`, error);
    if (options.requireStored) throw storeFailure(error);
  }
  const runEngine = await loadEngine();
  const started = performance.now();
  const fresh = runEngine(input, { id });
  const analysisMs = performance.now() - started;
  if (readFailed) return { brief: fresh, cache: 'BYPASS', analysisMs };
  try {
    await store.put(fresh, { keep: options.keep });
    return { brief: fresh, cache: 'MISS', analysisMs };
  } catch (error) {
    console.error(`KV write failed for brief ${id}:`, error);
    if (options.requireStored) throw storeFailure(error);
    return { brief: fresh, cache: 'BYPASS', analysisMs };
  }
}

let engine: Promise<typeof import('../engine').brief> | undefined;
function loadEngine(): Promise<typeof import('../engine').brief> {
  engine ??= import('../engine').then((m) => m.brief);
  return engine;
}

async function keepStored(store: BriefStore, brief: Brief, options: BriefThroughCacheOptions): Promise<void> {
  try {
    await store.put(brief, { keep: true });
  } catch (error) {
    console.error(`KV write failed keeping brief ${brief.id}:`, error);
    if (options.requireStored) throw storeFailure(error);
  }
}

/**
 * Brief the article `ref` (a webhook sender's or a batch source's), keep its brief without expiry
 * and point the article index at it. An unchanged re-publish (same brief) costs no write; a
 * changed one releases the brief it replaces when nothing else points at it; changed metadata alone
 * rewrites the entry (it keeps the metadata for the desk). Throws
 * `StoreUnavailableError` when KV fails (the caller has the work retried) and `StoreRefusedError`
 * when KV refuses the record for good. Then the article is recorded on the sourcing desk (D1) with
 * its metadata; a desk failure is logged and never thrown (src/desk/).
 */
export async function briefArticle(
  env: Bindings,
  ref: ArticleRef,
  article: ArticleInput & ArticleMeta,
): Promise<BriefResult> {
  const { text, title, url } = article;
  const result = await briefThroughCache(BriefStore.of(env), { text, title, url }, { requireStored: true, keep: true });
  const index = ArticleIndex.of(env);
  // The metadata is kept in the index entry too, so the desk can be rebuilt from KV (src/desk/sync.ts).
  const meta = compactMeta(article);
  try {
    const existing = await index.get(ref);
    if (existing?.briefId !== result.brief.id || JSON.stringify(existing.meta ?? {}) !== JSON.stringify(meta)) {
      await index.put(ref, result.brief.id, existing?.briefId, meta);
      if (existing && existing.briefId !== result.brief.id) await releaseIfUnreferenced(env, existing.briefId);
    }
  } catch (error) {
    throw storeFailure(error);
  }
  await recordOnDesk(env, ref, result.brief, meta);
  return result;
}

/**
 * An index entry stopped pointing at `briefId` (deleted, or moved to a newer brief): if no other
 * entry points at it, it gets the normal brief expiry back instead of staying public for good.
 * Best effort: a failure is logged, the brief then simply stays kept.
 */
export async function releaseIfUnreferenced(env: Bindings, briefId: string): Promise<boolean> {
  try {
    if (await ArticleIndex.of(env).isReferenced(briefId)) return false;
    return await BriefStore.of(env).release(briefId);
  } catch (error) {
    console.error(`could not release brief ${briefId}:`, error);
    return false;
  }
}

/** A deleted article leaves the sourcing desk too; a desk failure is only logged (src/desk/). */
export { removeFromDesk } from '../desk';
