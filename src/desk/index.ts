/**
 * The sourcing desk's entry points for the delivery flows (issue 15). A desk write never fails a
 * delivery: the brief and the article index are the record, the desk is derived from them. A
 * failed write is logged (`desk: …`) and a `desk` message goes on the batch queue, whose consumer
 * syncs the article from the index (src/desk/sync.ts), retrying with backoff; when even that gives
 * up, `npm run desk:rebuild` rebuilds the whole desk from KV (README "Sourcing desk").
 */
import type { Bindings } from '../env';
import type { Brief } from '../schema/brief';
import type { ArticleRef } from '../storage/article-index';
import { deskRows, type ArticleMeta } from './rows';
import { DeskStore } from './store';
import { deskMessage } from './sync';

export type { ArticleMeta } from './rows';

/** Record the article's latest brief on the desk; false (a log line, a queued retry) when D1 failed. */
export async function recordOnDesk(
  env: Bindings,
  ref: ArticleRef,
  brief: Brief,
  meta: ArticleMeta | undefined,
  now = new Date(),
): Promise<boolean> {
  if (!env.DESK) return false;
  try {
    await new DeskStore(env.DESK).record(deskRows(ref.source, ref.id, brief, meta, now));
    return true;
  } catch (error) {
    console.error(`desk: could not record ${ref.source}/${ref.id} (brief ${brief.id}), queueing a retry:`, error);
    await retryLater(env, ref);
    return false;
  }
}

/** Remove the article from the desk; false (a log line, a queued retry) when D1 failed. */
export async function removeFromDesk(env: Bindings, ref: ArticleRef): Promise<boolean> {
  if (!env.DESK) return false;
  try {
    await new DeskStore(env.DESK).remove(ref.source, ref.id);
    return true;
  } catch (error) {
    console.error(`desk: could not remove ${ref.source}/${ref.id}, queueing a retry:`, error);
    await retryLater(env, ref);
    return false;
  }
}

/** Queue a sync of the article; if even the queue fails, the log line is what `desk:rebuild` is for. */
async function retryLater(env: Bindings, ref: ArticleRef): Promise<void> {
  try {
    await env.BATCH_QUEUE.send(deskMessage(ref));
  } catch (error) {
    console.error(`desk: could not queue a retry for ${ref.source}/${ref.id}; run npm run desk:rebuild:`, error);
  }
}
