/**
 * Rule content/addressee-noun-phrase: "told the Globe's editorial board the plan would fail", "told
 * the committee it had no choice": the addressee of "tell" can be a noun phrase (a determiner or a
 * possessive, then common nouns) with the told clause right after it and no "that". The content
 * starts where a clause opens (a subject pronoun, "there", or a determiner), not in the addressee.
 * Issue 16, seen on a PolNeAR dev wire report; made-up sentences in the test.
 */
import { ARTICLES_AND_POSSESSIVES } from '../data/speaker-words';
import { isCap, isWord, type Token } from './tokens';
import { endsWithPossessive } from './cue';
import { PREPOSITIONS } from '../data/prepositions';

/** Words that end a determiner slot before the addressee's nouns ("the", "his", "a"). */
const ADDRESSEE_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES_AND_POSSESSIVES, 'my', 'your']);

/** Words that open the told clause after the addressee: a subject pronoun, "there", a determiner. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  'there',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
]);

/** At most this many nouns in the addressee after its determiner ("weekly video newsmaker series"). */
const ADDRESSEE_NOUNS = 4;

/**
 * Where the told clause opens when the addressee read up to `n` ends in a determiner or a
 * possessive and is followed by a few lower-case nouns and then a clause opener; else `n`.
 */
export function addresseeNounPhraseEnd(t: readonly Token[], n: number): number {
  if (n === 0 || n >= t.length) return n;
  const last = t[n - 1];
  if (!isWord(last)) return n;
  if (!(ADDRESSEE_DETERMINERS.has(last.lower) || (isCap(last) && endsWithPossessive(last.lower)))) return n;
  for (let j = n; j < t.length && j - n <= ADDRESSEE_NOUNS; j++) {
    const w = t[j];
    // ("told the truth about the fund": a preposition ends a noun phrase, and no clause follows;
    // "urged the president to give ...": what follows "to" is an infinitive, not a told clause.)
    if (!isWord(w) || isCap(w) || PREPOSITIONS.has(w.lower) || w.lower === 'to') return n;
    if (j > n && CLAUSE_OPENERS.has(w.lower)) return j + 1 < t.length && isWord(t[j + 1]) ? j : n;
  }
  return n;
}

/** Subject pronouns that open a told clause right after a bare addressee ("told police he ..."). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there']);

/**
 * Rule content/bare-addressee: "told police he was asleep", "told investigators the car was
 * stolen": one bare lower-case plural noun (or "police") right after "told", then a clause opener (a subject pronoun or a
 * determiner, its noun after it), is the addressee; the told clause opens after it. Returns where
 * the clause opens, or `n` when the words at `n` are not that shape.
 */
export function bareAddresseeEnd(t: readonly Token[], n: number): number {
  if (n + 2 >= t.length) return n;
  const noun = t[n];
  const opener = t[n + 1];
  if (!isWord(noun) || isCap(noun) || PREPOSITIONS.has(noun.lower) || noun.lower === 'to') return n;
  if (!isWord(opener) || !isWord(t[n + 2])) return n;
  // A plural ("investigators", "jurors") or "police": not a question word ("asked why the ..."),
  // an adverb or a preposition ("asking amid the ...").
  if (!(noun.lower === 'police' || /[^su]s$/.test(noun.lower))) return n;
  return SUBJECT_OPENERS.has(opener.lower) || CLAUSE_OPENERS.has(opener.lower) ? n + 1 : n;
}
