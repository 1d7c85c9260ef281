/**
 * Bringing the desk back in line with KV, the record it is derived from: one article (a queued
 * retry after a failed desk write) or all of them (`npm run desk:rebuild`, scripts/desk-rebuild.ts).
 *
 * A sync reads the article's index entry *now*, not what the failed write wanted to write, so a
 * retry that arrives after a newer publish or a delete still converges on the article's current
 * state, and retries are idempotent in any order. The brief's time on the desk (`briefed_at`) is
 * then the entry's `updatedAt`, when the index last changed.
 */
import type { Bindings } from '../env';
import { ArticleIndex, articleKey, refOfArticleKey, type ArticleRef } from '../storage/article-index';
import { BriefStore } from '../storage/brief-store';
import { deskRows } from './rows';
import { DeskStore } from './store';

/** A desk retry on the batch queue (beside its `BatchMessage`s, told apart by `kind`). */
export interface DeskMessage {
  kind: 'desk';
  origin: ArticleRef['origin'];
  source: string;
  id: string;
}

export function deskMessage(ref: ArticleRef): DeskMessage {
  return { kind: 'desk', origin: ref.origin, source: ref.source, id: ref.id };
}

export function isDeskMessage(body: unknown): body is DeskMessage {
  const m = body as Partial<DeskMessage> | null;
  return (
    m?.kind === 'desk' &&
    (m.origin === 'webhook' || m.origin === 'batch') &&
    typeof m.source === 'string' &&
    typeof m.id === 'string'
  );
}

type SyncEnv = Pick<Bindings, 'BRIEFS' | 'DESK' | 'BRIEF_TTL_SECONDS' | 'KV_TIMEOUT_MS'>;

/** What a sync did: recorded the current brief, removed the article, or found its brief gone. */
export type SyncOutcome = 'recorded' | 'removed' | 'no-brief';

/** Make the desk's rows for `ref` match its index entry (or its absence). Throws when KV or D1 fail. */
export async function syncDeskArticle(env: SyncEnv, ref: ArticleRef): Promise<SyncOutcome> {
  const store = new DeskStore(env.DESK);
  const entry = await ArticleIndex.of(env).get(ref);
  if (!entry) {
    await store.remove(ref.source, ref.id);
    return 'removed';
  }
  const brief = await BriefStore.of(env).get(entry.briefId);
  if (!brief) return 'no-brief';
  await store.record(deskRows(ref.source, ref.id, brief, entry.meta, new Date(entry.updatedAt)));
  return 'recorded';
}

export interface RebuildReport {
  recorded: number;
  /** Desk articles with no index entry any more, removed. */
  removed: number;
  /** Index entries whose brief is not in KV (logged, left off the desk). */
  missingBriefs: number;
}

/**
 * Rebuild the whole desk from KV: every current index entry (`article:webhook:…`, `article:batch:…`)
 * is synced, then desk articles no entry names are removed. Entries from before the origin split
 * (`article:<source>:<id>`) are not read. Sequential, one article at a time: a tool, not a request.
 */
export async function rebuildDesk(env: SyncEnv, log: (line: string) => void = () => {}): Promise<RebuildReport> {
  const report: RebuildReport = { recorded: 0, removed: 0, missingBriefs: 0 };
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await env.BRIEFS.list({ prefix: 'article:', cursor });
    for (const { name } of page.keys) {
      const ref = refOfArticleKey(name);
      if (!ref || articleKey(ref) !== name) continue;
      seen.add(JSON.stringify([ref.source, ref.id]));
      const outcome = await syncDeskArticle(env, ref);
      if (outcome === 'recorded') report.recorded += 1;
      else if (outcome === 'no-brief') {
        report.missingBriefs += 1;
        log(`no brief in KV for ${ref.origin}:${ref.source}:${ref.id}; left off the desk`);
      }
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  const store = new DeskStore(env.DESK);
  const { results } = await env.DESK.prepare('SELECT source, article_id FROM desk_articles').all<{
    source: string;
    article_id: string;
  }>();
  for (const row of results) {
    if (seen.has(JSON.stringify([row.source, row.article_id]))) continue;
    await store.remove(row.source, row.article_id);
    report.removed += 1;
  }
  return report;
}
