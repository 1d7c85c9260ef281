/**
 * The author's own verb of saying: "As I wrote last year, the levy is a disgrace", "I have long
 * argued that the scheme is a waste", "we said at the time that it would fail". A verb of saying
 * or thinking normally marks what follows as somebody else's words (caveats/clauses.ts
 * reportedBefore, the sentence check of caveats/opinion-structures.ts); when its subject is the
 * writer ("I", "we"), the view is the author's, stated again, and stays the author's.
 *
 * Structure: "I" or "we" (or "I've", "we've") at most three words before the verb, with only
 * auxiliaries and adverbs of time or frequency between ("I have long argued", "we had already
 * said"). Quotation marks are the regions' business: inside a quotation the words are the
 * speaker's whoever "I" is.
 */
import type { Token } from '../text/word-tokens';

const WRITER = new Set(['i', 'we', "i've", "we've", "i'd", "we'd"]);
const BETWEEN = new Set(
  'have has had long often repeatedly already also always previously once before since then earlier consistently'.split(
    ' ',
  ),
);

/** Is the verb at `k` said by the writer ("I wrote", "we have long argued")? */
export function authorSays(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = toks[j].norm;
    if (WRITER.has(w)) return true;
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}
