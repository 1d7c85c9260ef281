/**
 * Subjects that make a cue assert nothing: a negative quantifier ("No official can say that ...",
 * "Nobody claimed ...") says that no one said it, and a yes/no or wh- question with the
 * auxiliary before the subject ("Does the mayor think we are fools?") asks rather than reports, as
 * a negative word before it ("Nor did the mayor say ...") denies; an indefinite subject in a
 * condition ("In case anyone thinks ...") supposes, and a subject after "whether" ("asked whether
 * the mayor thought ...") is in a question.
 */
import { CONDITION_WORDS } from '../data/interjections';
import { FINITE_VERBS } from '../data/speaker-words';
import { isWord, type Token } from './tokens';
import { isSubjectlessOpening } from './subjectless-opening';

/** Negative quantifiers that open a subject ("no one" is "no" followed by "one"). */
const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['no', 'nobody', 'none', 'neither', 'nor']);

/** Indefinite pronouns that name nobody in particular. */
const INDEFINITE_SUBJECTS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'someone', 'somebody']);

/** Does the subject opening at t[from] (in the sentence t) make its cue assert nothing? */
export function makesNoAssertion(t: readonly Token[], from: number): boolean {
  const first = t[from];
  if (first && isWord(first) && NEGATIVE_SUBJECTS.has(first.lower)) return true;
  // "In case anyone thinks ...", "if anybody says ...": an indefinite subject in a condition supposes, it does not report.
  if (first && INDEFINITE_SUBJECTS.has(first.lower) && from >= 1 && CONDITION_WORDS.has(t[from - 1].lower)) return true;
  // "Read the report and note ...", "Given what we know, consider ...": an imperative has no speaker.
  if (isSubjectlessOpening(t, from)) return true;
  // "Many of us believe ...", "what most of us thought": the author among a group speaks in the
  // article's own voice, as "We think ..." does (the caveats read it), not as a source.
  if (t[from + 1]?.lower === 'of' && t[from + 2]?.lower === 'us') return true;
  const before = from > 0 ? t[from - 1] : undefined;
  // "asked whether (or not) the mayor thought the toll was fair": an embedded question asks.
  if (
    before &&
    (before.lower === 'whether' || (before.lower === 'not' && from >= 3 && t[from - 3].lower === 'whether'))
  )
    return true;
  if (!before || !isWord(before) || !FINITE_VERBS.has(before.lower)) return false;
  // "Nor do the notes mention ...", "Neither did the mayor say ...": a negative word inverts the
  // auxiliary before the subject, and the cue is denied.
  const opener = from > 1 ? t[from - 2] : undefined;
  if (opener && isWord(opener) && (opener.lower === 'nor' || opener.lower === 'neither')) return true;
  // The auxiliaries that come before the subject in a question are the finite verbs and auxiliaries.
  return t[t.length - 1]?.text === '?';
}

/** Prepositions that open an adverbial, never a subject ("Among his more infamous comments is ..."). */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'among',
  'amid',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'without',
  'from',
  'during',
  'after',
  'before',
  'under',
  'between',
  'unlike',
]);
/** Degree words that make the -ed word after them an adjective ("most feared for", "more hated"). */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['most', 'more', 'least', 'less', 'very']);

/**
 * Where the subject in the phrase t[from, to) before the cue at t[i] starts, or -1 when there is
 * none. A phrase opened by a preposition is an adverbial, its subject the noun phrase after it
 * ("upon learning of his behavior the local Green Party told ...") or nothing ("Among his more
 * infamous comments is ..."); a lone degree word before an -ed cue makes the cue an adjective
 * ("the most deadly, and most feared for ...").
 */
export function subjectStart(t: readonly Token[], from: number, to: number, i: number): number {
  const first = t[from];
  if (!first || !isWord(first)) return from;
  if (to - from === 1 && DEGREE_WORDS.has(first.lower) && t[i]?.lower.endsWith('ed')) return -1;
  // "has given him hope": an object pronoun ends a verb phrase, never a subject ("some of them",
  // "people close to him" are subjects: a preposition takes the pronoun there).
  const last = t[to - 1];
  if (
    OBJECT_PRONOUNS.has(last.text) &&
    to - 2 >= from &&
    !PRONOUN_PREPOSITIONS.has(t[to - 2].lower) &&
    !hasRelativeClause(t, from, to - 1)
  )
    return -1;
  if (!PREPOSITIONS.has(first.lower)) return from;
  for (let k = to - 1; k > from + 1; k--) if (ARTICLES.has(t[k].lower)) return k;
  return -1;
}
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Rule speakers/relative-clause-object: does a relative pronoun open a clause inside t[from, to),
 * after the phrase's first word? Then the object pronoun ends that clause, and the phrase is a
 * subject with its relative clause ("A teacher who knew him said ...").
 */
export function hasRelativeClause(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (isWord(t[k]) && RELATIVE_PRONOUNS.has(t[k].lower)) return true;
  return false;
}
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'whom']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me']);
const PRONOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'to',
  'with',
  'for',
  'near',
  'around',
  'about',
  'like',
  'among',
  'than',
]);
