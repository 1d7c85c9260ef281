/**
 * The article index: from an article a source knows by its own id to the id of the article's
 * latest brief. Briefs stay content-addressed; this index is the only thing a re-publish of a
 * changed article rewrites.
 *
 * Two namespaces, by origin, so one can never write the other's entries (issue 12.3):
 * `article:webhook:<sender>:<id>` is written only by a verified CMS delivery, and
 * `article:batch:<source>:<id>` only by a batch. A source never contains `:`, so a key names one
 * (origin, source, id) and no other. Entries written before the split (`article:<source>:<id>`)
 * are read as a fallback for batch sources only: a sender-named legacy entry may have been written
 * by a batch, so it is never served.
 *
 * Every entry also leaves a back-reference `briefref:<briefId>:<origin>:<source>:<id>`, so when an
 * entry is deleted or moves to a newer brief, the old brief can be told whether anything still
 * points at it (and, if not, get its normal expiry back: see `BriefStore.release`).
 *
 * Ids are limited in UTF-8 bytes, not characters, so every key stays under KV's 512-byte limit:
 * 16 + 64 (source) + 1 + 256 (id) bytes for an entry, 9 + 64 + 1 + 8 + 64 + 1 + 256 for a back-reference.
 */
import type { Bindings } from '../env';
import type { ArticleMeta } from '../desk/rows';
import { readConfig } from '../config';
import { JsonKv } from './kv-json';
import { withTimeout } from './timeout';

export type ArticleOrigin = 'webhook' | 'batch';

/** An article as its source knows it: who sent it (a CMS webhook or a batch), from which source, under which id. */
export interface ArticleRef {
  origin: ArticleOrigin;
  source: string;
  id: string;
}

export interface ArticleIndexEntry {
  briefId: string;
  updatedAt: string;
  /** What the CMS or batch item said beside the article (published time, authors, section), for
   * the sourcing desk: kept here so the desk can be rebuilt from KV alone (src/desk/sync.ts). */
  meta?: ArticleMeta;
}

/** The longest article id, in UTF-8 bytes (real CMS ids are under 64 ASCII characters). */
export const MAX_ARTICLE_ID_BYTES = 256;
/** The longest source name, in bytes (batch sources are ASCII by their pattern; sender names are short). */
export const MAX_SOURCE_BYTES = 64;

const encoder = new TextEncoder();

export function utf8Length(value: string): number {
  return encoder.encode(value).length;
}

/** Why `id` cannot be an article id, or null when it can. */
export function articleIdProblem(id: string): string | null {
  if (id === '') return 'the article id is empty';
  const bytes = utf8Length(id);
  if (bytes > MAX_ARTICLE_ID_BYTES)
    return `the article id is ${bytes} bytes of UTF-8; at most ${MAX_ARTICLE_ID_BYTES} are accepted`;
  return null;
}

/** True when (source, id) could ever have been indexed, so a look-up of anything else is a plain 404. */
export function isIndexable(source: string, id: string): boolean {
  return source !== '' && !source.includes(':') && utf8Length(source) <= MAX_SOURCE_BYTES && !articleIdProblem(id);
}

export function articleKey(ref: ArticleRef): string {
  return `article:${ref.origin}:${ref.source}:${ref.id}`;
}

/** The key before origins were split (read as a fallback for batch sources only). */
export function legacyArticleKey(source: string, id: string): string {
  return `article:${source}:${id}`;
}

/** The article a current index key names (`article:<origin>:<source>:<id>`), else null. */
export function refOfArticleKey(key: string): ArticleRef | null {
  const match = /^article:(webhook|batch):([^:]+):(.+)$/s.exec(key);
  return match ? { origin: match[1] as ArticleOrigin, source: match[2], id: match[3] } : null;
}

function backRefPrefix(briefId: string): string {
  return `briefref:${briefId}:`;
}

function backRefKey(briefId: string, ref: ArticleRef): string {
  return `${backRefPrefix(briefId)}${ref.origin}:${ref.source}:${ref.id}`;
}

const isEntry = (value: unknown): value is ArticleIndexEntry =>
  typeof (value as ArticleIndexEntry | null)?.briefId === 'string';

export class ArticleIndex {
  /** The index in the Worker's `BRIEFS` namespace, with the timeout its vars configure. */
  static of(env: Pick<Bindings, 'BRIEFS' | 'KV_TIMEOUT_MS'>): ArticleIndex {
    return new ArticleIndex(env.BRIEFS, readConfig(env).kvTimeoutMs);
  }

  private readonly kv: JsonKv;

  constructor(
    private readonly raw: KVNamespace,
    private readonly timeoutMs: number,
  ) {
    this.kv = new JsonKv(raw, timeoutMs);
  }

  async get(ref: ArticleRef): Promise<ArticleIndexEntry | null> {
    const entry = await this.kv.get(articleKey(ref), isEntry);
    if (entry || ref.origin !== 'batch') return entry;
    return this.kv.get(legacyArticleKey(ref.source, ref.id), isEntry);
  }

  /** Point `ref` at `briefId`; `previous` is the brief it pointed at (its back-reference is dropped). */
  async put(ref: ArticleRef, briefId: string, previous?: string, meta?: ArticleMeta): Promise<void> {
    const entry: ArticleIndexEntry = { briefId, updatedAt: new Date().toISOString() };
    if (meta && Object.keys(meta).length > 0) entry.meta = meta;
    await this.kv.put(backRefKey(briefId, ref), 1);
    await this.kv.put(articleKey(ref), entry);
    if (previous && previous !== briefId) await this.kv.delete(backRefKey(previous, ref));
  }

  /** Remove the entry (and its back-reference); answers the brief it pointed at, if any. */
  async delete(ref: ArticleRef): Promise<string | null> {
    const entry = await this.kv.get(articleKey(ref), isEntry);
    await this.kv.delete(articleKey(ref));
    if (entry) await this.kv.delete(backRefKey(entry.briefId, ref));
    return entry?.briefId ?? null;
  }

  /** Whether any index entry still points at `briefId` (through its back-references). */
  async isReferenced(briefId: string): Promise<boolean> {
    const listed = await withTimeout(
      this.raw.list({ prefix: backRefPrefix(briefId), limit: 1 }),
      this.timeoutMs,
      'KV list',
    );
    return listed.keys.length > 0;
  }
}
