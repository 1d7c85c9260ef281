/**
 * Caveats: the author's own voice (opinion, speculation, loaded language, scare quotes, hedges,
 * unattributed claims) kept apart from attributed speech, and the article's reliance on anonymous
 * or single sources.
 *
 * Not yet implemented (issue: Engine II): returns no caveats.
 */
import type { Caveat } from '../schema/brief';
import type { Doc } from './document';
import type { Attribution } from './attribution';

export function findCaveats(_doc: Doc, _attribution: Attribution): Caveat[] {
  return [];
}
