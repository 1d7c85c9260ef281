/**
 * Rule content/trailing-relative-of-object: where the noun-phrase content of a cue ends before a
 * relative clause set off by a comma ("Mayor Lee has cited the budget gap, which has grown every
 * year since 2019"). The cue's object is what the speaker cited, praised or questioned; the clause
 * after ", which" / ", who" is the writer's description of that object, and PolNeAR's gold ends the
 * content before it (issue 16, over-long contents of the dev split).
 *
 * Only an object that is a noun phrase ends there: a reported clause ("said the budget would pass,
 * which surprised no one") keeps its relative clause, since the annotators read it as part of what
 * was said as often as not. A clause shows itself by a finite auxiliary, a subject pronoun, "that",
 * or a past form in -ed after the first word.
 */
import { FINITE_VERBS } from '../data/speaker-words';
import type { CueInfo } from '../data/cues';
import { isQuoted, isWord, type Token } from './tokens';

/** Relative pronouns that open a clause describing the noun before the comma. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose']);

/** Subject pronouns that open a reported clause ("acknowledged he was wrong"). */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'there']);

/**
 * Cue lemmas whose content is a clause without "that" as often as an object ("said", "added",
 * "thinks", "hopes", "found"): their content keeps the relative clause.
 */
export const CLAUSE_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'think',
  'believe',
  'hope',
  'fear',
  'worry',
  'expect',
  'feel',
  'know',
  'find',
  'seem',
]);

/** Does t[k..e) read as a noun phrase of two words or more (no finite auxiliary, subject pronoun, "that" or -ed form)? */
export function isObjectPhrase(t: Token[], k: number, e: number): boolean {
  for (let n = k; n < e; n++) {
    const w = t[n];
    if (isQuoted(w)) return false;
    if (!isWord(w)) continue;
    const l = w.lower;
    if (FINITE_VERBS.has(l) || CLAUSE_SUBJECTS.has(l) || l === 'that' || l === 'not') return false;
    if (n > k && l.length > 4 && l.endsWith('ed')) return false;
  }
  // One word ("endorsed Ms. Ruiz, who ...") is left as it was: too little to stand as content.
  return e - k >= 2;
}

/** Does the comma at t[e] open a relative clause that ends the noun-phrase content t[k..e) of this cue? */
export function endsAtTrailingRelative(t: Token[], e: number, k: number, info: CueInfo): boolean {
  const w = t[e];
  const next = t[e + 1];
  if (w.text !== ',' || isQuoted(w) || !next || !isWord(next) || isQuoted(next)) return false;
  if (!RELATIVE_OPENERS.has(next.lower)) return false;
  if (CLAUSE_LEMMAS.has(info.lemma) || info.cls === 'tell') return false;
  return isObjectPhrase(t, k, e) && runsToSentenceEnd(t, e + 2);
}

/**
 * Does the relative clause from t[from] run to the sentence end, with no comma of its own? A comma
 * after it may close it and go on with the cue's clause ("accused Ms. Ruiz, who was born abroad, of
 * lying", "found in three counties, which include the capital, voters were ..."): no end there.
 */
export function runsToSentenceEnd(t: Token[], from: number): boolean {
  for (let n = from; n < t.length; n++) {
    const w = t[n];
    if (isQuoted(w)) continue;
    if (w.text === ',' || w.text === ';' || w.text === '(' || w.text === '\u2014') return false;
  }
  return true;
}
