/**
 * The article index: from `<source>:<articleId>` (a CMS and its own id, or a batch source and the
 * archive's id) to the id of the article's latest brief. Briefs stay content-addressed; this index
 * is the only thing a re-publish of a changed article rewrites.
 */
import type { Bindings } from '../env';
import { readConfig } from '../config';
import { JsonKv } from './kv-json';

export interface ArticleIndexEntry {
  briefId: string;
  updatedAt: string;
}

export function articleKey(source: string, articleId: string): string {
  return `article:${source}:${articleId}`;
}

const isEntry = (value: unknown): value is ArticleIndexEntry =>
  typeof (value as ArticleIndexEntry | null)?.briefId === 'string';

export class ArticleIndex {
  /** The index in the Worker's `BRIEFS` namespace, with the timeout its vars configure. */
  static of(env: Pick<Bindings, 'BRIEFS' | 'KV_TIMEOUT_MS'>): ArticleIndex {
    return new ArticleIndex(env.BRIEFS, readConfig(env).kvTimeoutMs);
  }

  private readonly kv: JsonKv;

  constructor(kv: KVNamespace, timeoutMs: number) {
    this.kv = new JsonKv(kv, timeoutMs);
  }

  get(source: string, articleId: string): Promise<ArticleIndexEntry | null> {
    return this.kv.get(articleKey(source, articleId), isEntry);
  }

  put(source: string, articleId: string, briefId: string): Promise<void> {
    const entry: ArticleIndexEntry = { briefId, updatedAt: new Date().toISOString() };
    return this.kv.put(articleKey(source, articleId), entry);
  }

  delete(source: string, articleId: string): Promise<void> {
    return this.kv.delete(articleKey(source, articleId));
  }
}
