/**
 * A manner participle closing a cue clause ("...?” Ms. Roe said, smiling.", "the mayor said,
 * waving to the crowd"): how the words were said, not more of what was said. A cue clause that
 * stands as its own sentence after a quotation is still bare when only such a tail follows it.
 */
import { CUES } from '../data/cues';
import { NOT_VERBS } from '../data/clause-words';
import { isCap, isWord, type Token } from './tokens';

/** The index of the comma in t[from, to) that opens a manner participle (not a cue: ", adding ..."), or `to`. */
export function mannerTailAt(t: Token[], from: number, to: number): number {
  for (let k = from; k + 1 < to; k++) {
    if (t[k].text !== ',') continue;
    const w = t[k + 1];
    if (!isWord(w) || isCap(w) || !w.lower.endsWith('ing') || w.lower.length < 6) continue;
    if (NOT_VERBS.has(w.lower) || CUES.has(w.lower)) continue;
    return k;
  }
  return to;
}
