/**
 * The article index: from `<source>:<articleId>` (a CMS and its own id, or a batch source and the
 * archive's id) to the id of the article's latest brief. Briefs stay content-addressed; this index
 * is the only thing a re-publish of a changed article rewrites.
 */
import { withTimeout } from './timeout';

export interface ArticleIndexEntry {
  briefId: string;
  updatedAt: string;
}

export function articleKey(source: string, articleId: string): string {
  return `article:${source}:${articleId}`;
}

export class ArticleIndex {
  constructor(
    private readonly kv: KVNamespace,
    private readonly timeoutMs: number,
  ) {}

  async get(source: string, articleId: string): Promise<ArticleIndexEntry | null> {
    const raw = await withTimeout(this.kv.get(articleKey(source, articleId), 'text'), this.timeoutMs, 'KV get');
    if (raw === null) return null;
    try {
      const entry = JSON.parse(raw) as ArticleIndexEntry;
      return typeof entry?.briefId === 'string' ? entry : null;
    } catch {
      return null;
    }
  }

  async put(source: string, articleId: string, briefId: string): Promise<void> {
    const entry: ArticleIndexEntry = { briefId, updatedAt: new Date().toISOString() };
    await withTimeout(this.kv.put(articleKey(source, articleId), JSON.stringify(entry)), this.timeoutMs, 'KV put');
  }

  async delete(source: string, articleId: string): Promise<void> {
    await withTimeout(this.kv.delete(articleKey(source, articleId)), this.timeoutMs, 'KV delete');
  }
}
