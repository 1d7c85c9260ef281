/**
 * The name after an inverted cue ("..., said Victor Cha.", "..., said the embattled mayor."): up to
 * six words with no phrase stop, time word or negation. A verb among them ("..., said the plan
 * failed.") makes them the said clause, not a name (issue 16, speakers).
 */
import { DETERMINERS, FINITE_VERBS, NP_STOP, TIME } from '../data/speaker-words';
import { closesChannelAside } from './channel-aside';
import { endsWithNegation, isAdverb } from './cue';
import { isCap, isWord, type Token } from './tokens';

/**
 * Where the name that starts at t[after] ends (exclusive), or -1 when the words are a clause, or
 * when the cue at t[cue] follows a channel aside ("The agency, in a letter, denied the audit").
 */
export function invertedNameEnd(t: Token[], after: number, cue: number): number {
  if (closesChannelAside(t, cue - 1)) return -1;
  let e = after;
  while (e < t.length && e - after < 7 && isInvertedSpeakerWord(t[e])) {
    if (e > after && isVerbOfClause(t, e)) return -1;
    e++;
  }
  return e;
}

/** A word of the name after an inverted cue ("said Victor Cha"): no phrase stop, time word or negation. */
function isInvertedSpeakerWord(w: Token): boolean {
  return isWord(w) && !NP_STOP.has(w.lower) && !TIME.has(w.lower) && !endsWithNegation(w.lower);
}

/** A lower-case finite or past verb not after a determiner, adverb or possessive ("the plan failed"; "the embattled mayor" is a name). */
function isVerbOfClause(t: Token[], e: number): boolean {
  const w = t[e];
  if (isCap(w) || !(FINITE_VERBS.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith('ed')))) return false;
  const before = t[e - 1];
  return (
    !DETERMINERS.has(before.lower) &&
    !isAdverb(before) &&
    !before.lower.endsWith("'s") &&
    !before.lower.endsWith('\u2019s')
  );
}
