/**
 * "Lawyers in Ohio say ...", "Housing experts at Acme Bank say ...", "Residents from Dover say
 * ...": a plural head for people or a group, then a place or body after a preposition, then a base
 * form cue. The base form agrees with the plural head, so it is the verb, not a noun compounded
 * with the name before it (cue.ts reads "the McKinley plan" that way; issue 16, PolNeAR dev
 * misses by class: a group source with a place after it). Reads at most five tokens back.
 */
import { GROUP_HEADS } from '../data/group-heads';
import { isAgentPlural } from './cue';
import { isCap, isWord, type Token } from './tokens';

/** Prepositions that tie a place or body to the head: "in Ohio", "from Dover", "at Acme Bank", "across Europe". */
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'from', 'at', 'across', 'around', 'throughout']);

/** Is the base form cue at token i preceded, within five tokens, by "<plural head> <preposition> <name>"? */
export function pluralHeadBeforePlace(t: Token[], i: number): boolean {
  for (let k = i - 2; k >= 1 && k >= i - 5; k--) {
    const w = t[k];
    if (!isWord(w)) return false;
    if (!PLACE_PREPS.has(w.lower)) continue;
    const head = t[k - 1];
    // (Capitalised only where it opens the sentence: "Lawyers in Ohio say".)
    return isWord(head) && (!isCap(head) || k === 1) && (GROUP_HEADS.has(head.lower) || isAgentPlural(head.lower));
  }
  return false;
}
