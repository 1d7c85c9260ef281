/**
 * The sourcing desk's entry points for the delivery flows (issue 15). A desk write never fails a
 * delivery: the brief and the article index are the record, the desk is derived from them. A
 * failed write is logged (`desk: …`) and caught up by the article's next publish; a queue retry
 * and `npm run desk:rebuild` are not built yet (README "Sourcing desk").
 */
import type { Bindings } from '../env';
import type { Brief } from '../schema/brief';
import { deskRows, type ArticleMeta } from './rows';
import { DeskStore } from './store';

export type { ArticleMeta } from './rows';

/** Record the article's latest brief on the desk; false (and a log line) when D1 failed. */
export async function recordOnDesk(
  env: Bindings,
  source: string,
  articleId: string,
  brief: Brief,
  meta: ArticleMeta | undefined,
  now = new Date(),
): Promise<boolean> {
  if (!env.DESK) return false;
  try {
    await new DeskStore(env.DESK).record(deskRows(source, articleId, brief, meta, now));
    return true;
  } catch (error) {
    console.error(`desk: could not record ${source}/${articleId} (brief ${brief.id}):`, error);
    return false;
  }
}

/** Remove the article from the desk; false (and a log line) when D1 failed. */
export async function removeFromDesk(env: Bindings, source: string, articleId: string): Promise<boolean> {
  if (!env.DESK) return false;
  try {
    await new DeskStore(env.DESK).remove(source, articleId);
    return true;
  } catch (error) {
    console.error(`desk: could not remove ${source}/${articleId}:`, error);
    return false;
  }
}
