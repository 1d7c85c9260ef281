/**
 * A noun of saying that is its sentence's subject ("His claim that the levy pays for itself drew
 * scorn", "The mayor's warning that fares would rise was ignored"): its "that" clause ends where
 * the main clause's verb begins, and the main predicate is the writer's, not the claim (issue 16,
 * precision). The clause's own verb comes first; a second finite or past verb after a word that is
 * no auxiliary starts the predicate. Conjunctions, commas, quotations and other subordinators
 * leave the end as it was: the clause may go on there.
 */
import { PREPOSITIONS } from '../data/prepositions';
import { AUX, DETERMINERS, FINITE_VERBS, IRREGULAR_PAST, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { isAdverb, isVerbLike } from './cue';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Words that open the sentence part before a subject noun phrase ("But his claim ..."). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'still', 'however']);

/** Words after which the clause goes on in a way this rule does not follow. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'whom',
  'because',
  'if',
  'when',
  'while',
  'since',
  'although',
  'though',
  'as',
  'than',
  'to',
  'not',
]);

/** How many words a subject noun phrase may have before its noun ("Mr. John Smith's earlier"). */
const MAX_PHRASE = 6;

/**
 * With the noun of saying at t[i] and its "that" clause's content t[from..last], the index of the
 * content's last token when the noun opens its sentence and a main verb follows the clause, else `last`.
 */
export function subjectNounClauseEnd(t: readonly Token[], i: number, from: number, last: number): number {
  if (!opensSentence(t, i)) return last;
  let seenVerb = false;
  for (let n = from; n <= last; n++) {
    const w = t[n];
    if (!isWord(w) || isQuoted(w)) return last;
    if (CLAUSE_LINKS.has(w.lower) && n > from) return last;
    if (!isVerbWord(t, n)) continue;
    const prev = t[n - 1];
    const inGroup = n > from && (AUX.has(prev.lower) || isAdverb(prev) || isVerbWord(t, n - 1) === 'aux');
    if (seenVerb && !inGroup && n > from) return n - 1;
    seenVerb = true;
  }
  return last;
}

/** Is the noun at t[i], after its possessor and modifiers, the first phrase of its sentence (or of a clause after a comma)? */
function opensSentence(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (i - k > MAX_PHRASE) return false;
    const w = t[k];
    // "Democrats' claim", "Mr. Smith's claim": the apostrophe and the abbreviation's point are part of the phrase.
    if (w.text === "'" || w.text === '\u2019' || w.text === '.') continue;
    if (!isWord(w)) return w.text === ',';
    if (CLAUSE_OPENERS.has(w.lower)) return true;
    if (PREPOSITIONS.has(w.lower) || FINITE_VERBS.has(w.lower) || isVerbLike(w.lower) || IRREGULAR_PAST.has(w.lower))
      return false;
  }
  return true;
}

/** A verb form: 'aux' for a finite auxiliary, 'verb' for a past or -ed form or an -s form after a noun, else false. */
function isVerbWord(t: readonly Token[], n: number): 'aux' | 'verb' | false {
  const w = t[n];
  if (!isWord(w) || isCap(w)) return false;
  const lower = w.lower;
  if (FINITE_VERBS.has(lower)) return 'aux';
  if (IRREGULAR_PAST.has(lower) || (isVerbLike(lower) && !lower.endsWith('ing'))) return 'verb';
  // "the plan works", "it pays": an -s form right after a noun or pronoun that is no determiner, verb or preposition.
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss') || n === 0) return false;
  const prev = t[n - 1];
  if (!isWord(prev)) return false;
  const p = prev.lower;
  if (SUBJECT_PRONOUNS.has(p)) return 'verb';
  const verbBefore = FINITE_VERBS.has(p) || IRREGULAR_PAST.has(p) || isVerbLike(p);
  // "the tax cuts would ...": an -s form before an auxiliary is a plural subject.
  const next = t[n + 1];
  if (next && isWord(next) && (FINITE_VERBS.has(next.lower) || AUX.has(next.lower))) return false;
  return !verbBefore && !DETERMINERS.has(p) && !PREPOSITIONS.has(p) && !AUX.has(p) && !p.endsWith('s') ? 'verb' : false;
}
