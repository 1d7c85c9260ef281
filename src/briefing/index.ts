/**
 * Brief an article through the cache: the one path every route takes (API, webhooks, batches,
 * form page), and for an article a source knows by id (a CMS webhook, a batch), `briefArticle`
 * keeps its brief and points the article index at it.
 *
 * The id is hashed first (Web Crypto), so a cache hit costs no analysis. On a miss the engine runs
 * and the brief is stored. `X-Cache` semantics: HIT served from KV, MISS analysed and stored,
 * BYPASS analysed but KV failed (read or write), so nothing was cached.
 */
import { brief as runEngine, briefId, type ArticleInput } from '../engine';
import type { Brief } from '../schema/brief';
import type { Bindings } from '../env';
import { ArticleIndex } from '../storage/article-index';
import { BriefStore } from '../storage/brief-store';
import { recordOnDesk, removeFromDesk, type ArticleMeta } from '../desk';

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
    const cached = options.keep
      ? await store.read(id)
      : await store.get(id).then((brief) => brief && { brief, kept: false });
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

/**
 * Brief the article `articleId` of `source` (a webhook sender or a batch source), keep its brief
 * without expiry and point the article index at it. An unchanged re-publish (same brief) costs no
 * write. Throws `StoreUnavailableError` when KV fails, so the caller can have the work retried.
 * Then the article is recorded on the sourcing desk (D1) with its metadata; a desk failure is
 * logged and never thrown (src/desk/).
 */
export async function briefArticle(
  env: Bindings,
  source: string,
  articleId: string,
  article: ArticleInput & ArticleMeta,
): Promise<BriefResult> {
  const { text, title, url } = article;
  const result = await briefThroughCache(BriefStore.of(env), { text, title, url }, { requireStored: true, keep: true });
  const index = ArticleIndex.of(env);
  try {
    const existing = await index.get(source, articleId);
    if (existing?.briefId !== result.brief.id) await index.put(source, articleId, result.brief.id);
  } catch (error) {
    throw new StoreUnavailableError(error);
  }
  const { publishedAt, authors, section } = article;
  await recordOnDesk(env, source, articleId, result.brief, { publishedAt, authors, section });
  return result;
}

/**
 * Forget the article `articleId` of `source` (a CMS delete): its index entry, then its desk rows.
 * Throws `StoreUnavailableError` when the index delete fails; a desk failure is only logged.
 */
export async function forgetArticle(env: Bindings, source: string, articleId: string): Promise<void> {
  try {
    await ArticleIndex.of(env).delete(source, articleId);
  } catch (error) {
    throw new StoreUnavailableError(error);
  }
  await removeFromDesk(env, source, articleId);
}
