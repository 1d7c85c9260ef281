/**
 * Word tests of the cue pass (cue-pass.ts): what may stand in a sentence-opening subject, where the
 * adverbs before a cue start, whether a speaker phrase ends at a clause mark, and whether a
 * participle cue is passive.
 */
import { CUES, DISTINCT_PAST_PARTICIPLES } from '../data/cues';
import { PREPOSITIONS } from '../data/prepositions';
import {
  AUX,
  BE_FORMS,
  DASHES,
  DETERMINERS,
  FINITE_VERBS,
  IRREGULAR_PAST,
  NP_STOP,
  PASSIVE_BE,
  TIME,
} from '../data/speaker-words';
import { isParentheticalAs } from './as-parenthetical';
import { endsWithNegation, isAdverb, isVerbLike } from './cue';
import { isCloseQuote, type SpeakerSpan } from './draft';
import { isCap, isQuoted, isWord, type Token } from './tokens';

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
  return (DISTINCT_PAST_PARTICIPLES.has(t[i].lower) && !perfectBefore(t, i)) || isCommaParticiple(t, i);
}

/** "will", "aimed", "surrenders": a word that can be the sentence's verb after the participle's phrase. */
function isVerbOrAux(w: string): boolean {
  return AUX.has(w) || FINITE_VERBS.has(w) || (w.length > 3 && /(?:ed|es|s)$/.test(w) && !w.endsWith('ss'));
}

/**
 * "The new bridge, announced in May, will cost ...", "The First Amendment, approved four years later,
 * aimed at ...": an "-ed" form set off by commas right after its noun is a past participle, and
 * passive: the noun is what was announced. Its phrase closes with a comma within a few words, before
 * any "that" or quotation, and a lower-case word follows (the sentence's own verb).
 */
export function isCommaParticiple(t: Token[], i: number): boolean {
  if (i < 2 || t[i - 1].text !== ',' || !t[i].lower.endsWith('ed') || !isWord(t[i - 2])) return false;
  // "That ban, declared the council, applies ...": an inverted speech tag has its speaker right after it.
  const after = t[i + 1];
  if (!after || !isWord(after) || isCap(after) || DETERMINERS.has(after.lower)) return false;
  for (let k = i + 1; k < t.length && k <= i + 7; k++) {
    const w = t[k];
    if (w.text === ',') {
      // (Past "-ly" adverbs: "..., essentially surrenders".)
      let v = k + 1;
      while (v < t.length && v <= k + 3 && isWord(t[v]) && t[v].lower.endsWith('ly')) v++;
      const next = t[v];
      return next !== undefined && isWord(next) && !isQuoted(next) && isVerbOrAux(next.lower);
    }
    if (!isWord(w) || isQuoted(w) || w.lower === 'that') return false;
  }
  return false;
}

/** A form of "have" before the cue at i, adverbs and "not" between: "has written", "had not yet sworn". */
function perfectBefore(t: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isWord(t[k]) && (isAdverb(t[k]) || t[k].lower === 'not' || t[k].lower === 'yet')) k--;
  if (k < 0 || !isWord(t[k])) return false;
  const w = t[k].lower;
  return w === 'has' || w === 'have' || w === 'had' || w === 'having' || /['\u2019](?:ve|d|s)$/.test(w);
}

/** "Trump, in particular, has sharply criticized": the index of the first auxiliary or -ly adverb right before the cue at i. */
export function beforeAdverbs(t: Token[], i: number): number {
  let a = i;
  while (a > 0 && isWord(t[a - 1]) && (AUX.has(t[a - 1].lower) || isAdverb(t[a - 1]))) a--;
  return a;
}

/** The speaker phrase ends at a comma, a closing quotation mark, a dash or a parenthetical "as": the clause before it may be the content. */
export function endsAtClauseMark(t: Token[], np: SpeakerSpan & { boundary: number }): boolean {
  if (np.boundary <= 0) return false;
  const b = t[np.boundary].text;
  return b === ',' || isCloseQuote(b) || DASHES.has(b) || isParentheticalAs(t, np.boundary);
}

/**
 * Is t[start..last] only a fronted adverbial ("In 1764", "On Monday", "Last year"): at most four
 * words, opened by a preposition or a time word, with no verb? Then it is when or where, not what was said.
 */
export function isFrontedAdverbial(t: Token[], start: number, last: number): boolean {
  if (last - start > 4) return false;
  const first = t[start].lower;
  if (!PREPOSITIONS.has(first) && !TIME.has(first)) return false;
  for (let k = start; k <= last; k++) {
    const w = t[k].lower;
    if (AUX.has(w) || BE_FORMS.has(w) || FINITE_VERBS.has(w) || IRREGULAR_PAST.has(w) || isVerbLike(w)) return false;
  }
  return true;
}

/** Verbs whose participle after "be" is the subject's own state ("the party was worried that ..."), not a passive. */
const STATE_LEMMAS: ReadonlySet<string> = new Set(['worry', 'convince', 'concern', 'fear', 'persuade', 'satisfy']);

/**
 * Is the cue at i a participle after a form of "be" ("it is found in", "she was told by"), so
 * passive, with no speaker? A state ("was worried", "is convinced") stays the subject's.
 */
export function isPassiveAfterBe(t: Token[], i: number, lemma: string): boolean {
  if (t[i].lower.endsWith('ing') || STATE_LEMMAS.has(lemma)) return false;
  let k = i - 1;
  while (k >= 0 && isWord(t[k]) && isAdverb(t[k])) k--;
  return k >= 0 && isWord(t[k]) && PASSIVE_BE.has(t[k].lower);
}
