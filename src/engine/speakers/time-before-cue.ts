/**
 * A time phrase between a speaker phrase and its cue: a date ("who in 2010 said", "who on Monday
 * said") or a duration (rule speakers/duration-before-cue: "A teacher who has worked in the district
 * for years said", "Critics have for two decades said", "residents who have lived there since 2010
 * say"). The walk back from the cue read the time word as the end of the phrase ("years", "2010"
 * are no speaker) and found no subject, so the clause gave no claim; the time phrase is stepped
 * over and the phrase before it speaks.
 * Origin: written for edge-brief from English grammar. Licence: MIT, part of this project.
 */
import { DURATION_MODIFIERS, DURATION_OPENERS, DURATION_UNITS } from '../data/duration-words';
import { NUMBER_WORDS } from '../data/caveat-words';
import { AUX, MONTHS_AND_DAYS } from '../data/speaker-words';
import { isAdverb, isDigit, isYear } from '../attribution/cue';
import { isCap, isQuoted, isWord, type Token } from '../attribution/tokens';

/** The most words between a duration's preposition and its unit ("for more than a", "over the past two"). */
const MAX_MODIFIERS = 4;

/** "who in 2010 said", "who on Monday said": a year or a day after "in"/"on" between the subject and its cue (at token k). */
export function isDateBeforeCue(t: readonly Token[], k: number): boolean {
  const w = t[k];
  if (!isWord(w)) return false;
  const date = isYear(w.text) || (MONTHS_AND_DAYS.has(w.lower) && isCap(w));
  return date && (t[k - 1].lower === 'in' || t[k - 1].lower === 'on');
}

/**
 * With t[k] the last word before the cue (past its auxiliaries): the index of the preposition
 * opening a duration that ends at k ("for years", "for the past two decades", "since 2010", "since
 * last spring"), with a word before it, or -1.
 */
export function durationStart(t: readonly Token[], k: number, floor: number): number {
  const w = t[k];
  if (!w || k - 1 <= floor || !isWord(w) || isQuoted(w)) return -1;
  // "since 2010", "since March".
  if (t[k - 1].lower === 'since' && (isYear(w.text) || (MONTHS_AND_DAYS.has(w.lower) && isCap(w))))
    return k - 2 >= floor && isWord(t[k - 2]) ? k - 1 : -1;
  if (isCap(w) || !DURATION_UNITS.has(w.lower)) return -1;
  for (let p = k - 1; p > floor && k - p <= MAX_MODIFIERS + 1; p--) {
    const m = t[p];
    if (!isWord(m) || isQuoted(m)) return -1;
    if (DURATION_OPENERS.has(m.lower)) {
      // "in" only with "recent" or "past" ("in recent years", "in the past decade"): "in the spring" is a date.
      if (m.lower === 'in' && !(t[p + 1].lower === 'recent' || t[p + 2]?.lower === 'past')) return -1;
      // A bare unit after "for" must be plural ("for years"; "for while" is nothing).
      if (p === k - 1 && !w.lower.endsWith('s')) return -1;
      return isWord(t[p - 1]) && !isQuoted(t[p - 1]) ? p : -1;
    }
    if (!(DURATION_MODIFIERS.has(m.lower) || NUMBER_WORDS.has(m.lower) || isDigit(m.text.charCodeAt(0)))) return -1;
  }
  return -1;
}

/** Does a duration stand between a speaker phrase ending before t[end] and its cue at `cueStart` (for the trace)? */
export function hasDurationBeforeCue(t: readonly Token[], end: number, cueStart: number): boolean {
  let cue = end;
  while (cue < t.length && cue - end <= 12 && t[cue].start < cueStart) cue++;
  if (t[cue]?.start !== cueStart) return false;
  let k = cue - 1;
  while (k >= end && isWord(t[k]) && (AUX.has(t[k].lower) || isAdverb(t[k]))) k--;
  return durationStart(t, k, end - 1) >= end;
}
