/**
 * Subjects that make a cue assert nothing: a negative quantifier ("No official can say that ...",
 * "Nobody claimed ...") says that no one said it, and a yes/no or wh- question with the
 * auxiliary before the subject ("Does the mayor think we are fools?") asks rather than reports.
 */
import { FINITE_VERBS } from '../data/speaker-words';
import { isWord, type Token } from './tokens';

/** Negative quantifiers that open a subject ("no one" is "no" followed by "one"). */
const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['no', 'nobody', 'none', 'neither', 'nor']);

/** Does the subject opening at t[from] (in the sentence t) make its cue assert nothing? */
export function makesNoAssertion(t: readonly Token[], from: number): boolean {
  const first = t[from];
  if (first && isWord(first) && NEGATIVE_SUBJECTS.has(first.lower)) return true;
  const before = from > 0 ? t[from - 1] : undefined;
  // The auxiliaries that come before the subject in a question are the finite verbs and auxiliaries.
  return !!before && isWord(before) && FINITE_VERBS.has(before.lower) && t[t.length - 1]?.text === '?';
}
