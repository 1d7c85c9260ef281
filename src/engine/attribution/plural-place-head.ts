/**
 * "Lawyers in Ohio say ...", "Housing experts at Acme Bank say ...", "Data from the 2019 Dover
 * County Census show that ...": a plural head for people, a group or evidence, then a place, body
 * or source named after a preposition, then a base form cue. The base form agrees with the plural
 * head, so it is the verb, not a noun compounded with the name before it (cue.ts reads "the
 * McKinley plan" that way; issue 16, PolNeAR dev misses by class: group and evidence sources with
 * a name after them). Reads at most REACH tokens back.
 */
import { EVIDENCE_NOUNS } from '../data/clause-words';
import { GROUP_HEADS } from '../data/group-heads';
import { isAgentPlural } from './cue';
import { isCap, isWord, type Token } from './tokens';

/** Prepositions that tie a place, body or source to the head: "in Ohio", "from the Census", "at Acme Bank", "across Europe". */
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'from', 'at', 'across', 'around', 'throughout']);
/** How far back the preposition may stand: "from the 2014 American Community Survey show" is six words. */
const REACH = 7;

/** Is the base form cue at token i preceded, within REACH tokens, by "<plural head> <preposition> <name>"? */
export function pluralHeadBeforePlace(t: Token[], i: number): boolean {
  for (let k = i - 2; k >= 1 && k >= i - REACH; k--) {
    const w = t[k];
    if (!isWord(w)) return false;
    if (!PLACE_PREPS.has(w.lower)) continue;
    const head = t[k - 1];
    // (Capitalised only where it opens the sentence: "Lawyers in Ohio say".)
    return isWord(head) && (!isCap(head) || k === 1) && pluralHead(head.lower);
  }
  return false;
}

/** People, a group, or evidence in the plural ("lawyers", "experts", "data", "figures"). */
function pluralHead(w: string): boolean {
  return GROUP_HEADS.has(w) || isAgentPlural(w) || (EVIDENCE_NOUNS.has(w) && (w === 'data' || w.endsWith('s')));
}
