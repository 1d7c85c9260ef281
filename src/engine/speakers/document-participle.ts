/**
 * "The complaint filed Friday in federal court in Phoenix says ...", "A report released Monday by
 * the agency found ...": a document with a past participle after it is the subject of the cue; the
 * participle's time and place ("Friday", "in federal court in Phoenix") are not the speaker, though
 * the walk back from the cue stops at the time word and would take the place (issue 16, speakers).
 * Origin: written for edge-brief from English grammar. Licence: MIT, part of this project.
 */
import type { SpeakerSpan } from '../attribution/draft';
import { isCap, isWord, type Token } from '../attribution/tokens';
import { DOCUMENT_NOUNS } from '../data/source-terms';

/** How far back from the cue the participle may stand. */
const REACH = 14;
const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
]);

/** The document phrase opening the clause of the cue at i, when a participle follows it ("The complaint filed ... says"). */
export function documentBeforeParticiple(t: Token[], i: number): (SpeakerSpan & { boundary: number }) | null {
  for (let k = i - 1; k >= 1 && i - k <= REACH; k--) {
    const w = t[k];
    // Only words (and the periods of abbreviations) between: a comma or a quotation is another clause.
    if (!isWord(w)) return null;
    if (isCap(w) || !w.lower.endsWith('ed') || !DOCUMENT_NOUNS.has(t[k - 1].lower)) continue;
    let from = k - 1;
    if (from > 0 && DOCUMENT_DETERMINERS.has(t[from - 1].lower)) from--;
    // The phrase opens the sentence or follows a comma ("Meanwhile, the lawsuit filed ...").
    if (from > 0 && t[from - 1].text !== ',') return null;
    return { from, to: k, boundary: from - 1 };
  }
  return null;
}
