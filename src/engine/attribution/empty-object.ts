/**
 * "The mayor said nothing about the budget", "She has said little publicly": a verb of saying whose
 * object is a negative quantifier reports silence, not a statement (issue 16, precision). "He said
 * nothing would change" is a claim: the quantifier is the said clause's subject, a verb follows it.
 * Nor does "be" right after a noun of saying ("His main claim was that ..."): no verb reports there.
 */
import { EMPTY_OBJECT_DEGREES, EMPTY_OBJECT_HEADS, EMPTY_OBJECT_TAILS } from '../data/empty-objects';
import { NOMINAL_CUE_NOUNS } from '../data/nominal-cues';
import { BE_FORMS, DETERMINERS, FINITE_VERBS, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { isVerbLike } from './cue';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Is the content t[s..last] a negative quantifier object ("nothing about the plan"), with no verb of its own? */
export function isEmptyObject(t: readonly Token[], s: number, last: number): boolean {
  let k = s;
  while (k < last && k - s < 3 && EMPTY_OBJECT_DEGREES.has(t[k].lower)) k++;
  if (!isWord(t[k]) || isQuoted(t[k]) || !EMPTY_OBJECT_HEADS.has(t[k].lower)) return false;
  if (k === last) return true;
  const next = t[k + 1];
  if (isWord(next) ? !EMPTY_OBJECT_TAILS.has(next.lower) : next.text !== ',') return false;
  // "nothing in the law stops him", "little about the plan has changed": a verb makes it a clause.
  for (let n = k + 1; n <= last; n++) if (isWord(t[n]) && isVerbOfClause(t, n)) return false;
  return true;
}

/** A finite verb, a past form, or an -s form before an object ("stops him"). */
function isVerbOfClause(t: readonly Token[], n: number): boolean {
  const w = t[n].lower;
  if (FINITE_VERBS.has(w) || isVerbLike(w)) return !w.endsWith('ing');
  const object = t[n + 1];
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !!object && S_FORM_OBJECT_OPENERS.has(object.lower);
}

/** Words that open an -s form's object right after it ("stops him", "bars the"): a verb, not a plural noun. */
const S_FORM_OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'him',
  'her',
  'them',
  'it',
  'us',
  'me',
  'the',
  'a',
  'an',
  'any',
]);

/**
 * "Her main claim was that ...": "be" right after a noun of saying that follows a determiner or a
 * possessor (within two modifiers) makes the cue word that noun. A verb before "be" has a gap for
 * its subject ("Cuttitta, who the coach said was fit") and reports.
 */
export function beAfterCueNoun(t: readonly Token[], from: number): boolean {
  const w = t[from];
  if (!w || !isWord(w) || !BE_FORMS.has(w.lower) || from < 2 || !NOMINAL_CUE_NOUNS.has(t[from - 1].lower)) return false;
  for (let k = from - 2; k >= 0 && k >= from - 4; k--) {
    const lower = t[k].lower;
    if (DETERMINERS.has(lower) || lower.endsWith("'s") || lower.endsWith('\u2019s')) return true;
    // "those she claims were there": a pronoun before the noun of saying is its subject, the word a verb.
    if (!isWord(t[k]) || isCap(t[k]) || SUBJECT_PRONOUNS.has(lower)) return false;
  }
  return false;
}
