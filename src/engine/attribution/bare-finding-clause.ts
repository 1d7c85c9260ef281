/**
 * "An arbitration panel found the United States was in breach", "They felt the agency was not
 * forthcoming": a finding or feeling verb (the `weak` cues) without "that" takes a clause when a
 * short subject and a finite auxiliary follow it; "found the money in a drawer", "showed the
 * crowd a map" have no such clause and stay acts.
 */
import { CUES } from '../data/cues';
import { DETERMINERS, FINITE_VERBS, NP_STOP, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/**
 * "The priority placed on turnout shows the campaign is worried": with "show", "reveal" and
 * "indicate" the subject is mostly a fact the writer argues from, so their bare clause is left to
 * the evidence subjects ("the poll shows Clinton is ahead", evidence-subject.ts).
 */
const INFERENCE_LEMMAS: ReadonlySet<string> = new Set(['show', 'reveal', 'indicate']);

/** Does a finding verb of this lemma take a bare clause (see INFERENCE_LEMMAS)? */
export function takesBareClause(lemma: string): boolean {
  return !INFERENCE_LEMMAS.has(lemma);
}

/** Relative pronouns: the auxiliary after them is the relative clause's ("a witness who could ..."). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);

/** Longest subject read before the auxiliary ("the United States", "the 2014 federal audit"). */
const MAX_SUBJECT = 5;

/** Does a clause (subject, then a finite auxiliary) start at token k? */
export function bareClauseAt(t: Token[], k: number): boolean {
  const first = t[k];
  if (!first || !isWord(first) || isQuoted(first)) return false;
  // "found there had been ...", "found he was ...": a pronoun or "there" is a whole subject.
  if (first.lower === 'there' || (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'you'))
    return FINITE_VERBS.has(t[k + 1]?.lower ?? '');
  // Otherwise a determiner or a capitalised word opens a short noun phrase.
  if (!DETERMINERS.has(first.lower) && !isCap(first)) return false;
  for (let n = k + 1; n < t.length && n - k <= MAX_SUBJECT; n++) {
    const w = t[n];
    if (!isWord(w) || isQuoted(w)) return false;
    if (FINITE_VERBS.has(w.lower)) return n > k && !DETERMINERS.has(t[n - 1].lower);
    // "could not find a single witness who could ...": a relative clause, not the noun's verb.
    if (NP_STOP.has(w.lower) || RELATIVES.has(w.lower) || (CUES.has(w.lower) && !isCap(w))) return false;
  }
  return false;
}
