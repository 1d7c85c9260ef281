/**
 * Word tests of the cue pass (cue-pass.ts): what may stand in a sentence-opening subject, where the
 * adverbs before a cue start, whether a speaker phrase ends at a clause mark, and whether a
 * participle cue is passive.
 */
import { CUES, DISTINCT_PAST_PARTICIPLES } from '../data/cues';
import { AUX, DASHES, IRREGULAR_PAST, NP_STOP } from '../data/speaker-words';
import { endsWithNegation, isAdverb, isVerbLike } from './cue';
import { isCloseQuote, type SpeakerSpan } from './draft';
import { isCap, isWord, type Token } from './tokens';

/** A word of a sentence-opening subject: not a phrase stop, a cue, a lower-case verb form or a negation. */
export function isSubjectWord(w: Token): boolean {
  return (
    isWord(w) &&
    !NP_STOP.has(w.lower) &&
    !CUES.has(w.lower) &&
    !((isVerbLike(w.lower) || IRREGULAR_PAST.has(w.lower)) && !isCap(w)) &&
    // "The media very deliberately misreported ...": an adverb stands between the subject and its verb.
    !isAdverb(w) &&
    w.lower !== 'very' &&
    !endsWithNegation(w.lower)
  );
}

/**
 * Is the cue at i a past participle like "written", "sworn" or "shown" (one that differs from the
 * past tense) with no form of "have" before it ("a letter written in March")? Then it is passive.
 */
export function isPassiveParticiple(t: Token[], i: number): boolean {
  return DISTINCT_PAST_PARTICIPLES.has(t[i].lower) && !perfectBefore(t, i);
}

/** A form of "have" before the cue at i, adverbs and "not" between: "has written", "had not yet sworn". */
function perfectBefore(t: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isWord(t[k]) && (isAdverb(t[k]) || t[k].lower === 'not' || t[k].lower === 'yet')) k--;
  if (k < 0 || !isWord(t[k])) return false;
  const w = t[k].lower;
  return w === 'has' || w === 'have' || w === 'had' || w === 'having' || /['’](?:ve|d|s)$/.test(w);
}

/** "Trump, in particular, has sharply criticized": the index of the first auxiliary or -ly adverb right before the cue at i. */
export function beforeAdverbs(t: Token[], i: number): number {
  let a = i;
  while (a > 0 && isWord(t[a - 1]) && (AUX.has(t[a - 1].lower) || isAdverb(t[a - 1]))) a--;
  return a;
}

/** The speaker phrase ends at a comma, a closing quotation mark or a dash: the clause before it may be the content. */
export function endsAtClauseMark(t: Token[], np: SpeakerSpan & { boundary: number }): boolean {
  if (np.boundary <= 0) return false;
  const b = t[np.boundary].text;
  return b === ',' || isCloseQuote(b) || DASHES.has(b);
}
