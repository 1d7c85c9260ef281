/**
 * A restrictive relative clause inside a speaker phrase ("A teenager who supports President Trump
 * says"): the head before "who" speaks, and a name inside the clause is not the speaker.
 */
import type { Token } from '../attribution/tokens';
import { isCap, isQuoted, isWord } from '../attribution/tokens';
import { SUBJECT_PRONOUNS } from '../data/speaker-words';
import { isSpaceCode } from '../text/spaces';
import { isPerceptionVerb } from './perception-verb';

/**
 * The index of a "who" opening a restrictive relative clause after the phrase's head (only white
 * space between them: no comma or dash, which open an aside), or -1.
 */
export function relativeClauseAt(text: string, t: readonly Token[]): number {
  for (let k = 1; k < t.length - 1; k++)
    if (t[k].text === 'who' && isWord(t[k - 1]) && isBlank(text, t[k - 1].end, t[k].start)) return k;
  return -1;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** How many words of a relative clause's verb phrase may stand between "who" and the phrase the walk found. */
const VERB_PHRASE_WORDS = 6;

/** Words that end the relative clause's verb phrase reading back: another clause or a coordination opens there. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([
  'what',
  'whether',
  'when',
  'where',
  'how',
  'why',
  'that',
  'which',
  'whom',
  'whose',
  'and',
  'or',
  'but',
  'because',
  'if',
]);

/**
 * Rule speakers/relative-clause-subject: "The woman who is running for mayor says", "A nurse who
 * worked at the clinic said", "A man who spoke to reporters said": the walk back from the cue
 * stopped at the preposition or verb of a restrictive relative clause, and the phrase it found
 * ("mayor", "the clinic", "reporters") is that clause's object. With t[first] the phrase's first
 * token, the index of the "who" a few words before it (its verb and their words between, no
 * punctuation; a word, not a comma, before "who"; a verb or auxiliary after it, not a name or a
 * pronoun: "the man who Brown said" is an object relative), or -1. The head before "who" speaks.
 * A subject pronoun is a whole subject ("a boss who hires whoever he thinks will fit"), and a participle
 * cue ("47 Indonesians in Ohio challenging the order") has its subject right before it: both stay.
 */
export function relativeWhoBeforePhrase(t: readonly Token[], first: number, cue: string | null): number {
  if (SUBJECT_PRONOUNS.has(t[first].lower) || (cue !== null && cue.endsWith('ing'))) return -1;
  for (let j = first - 1; j >= 1 && first - j <= VERB_PHRASE_WORDS; j--) {
    const w = t[j];
    if (!isWord(w) || isQuoted(w)) return -1;
    if (w.lower === 'who') {
      const before = t[j - 1];
      const verb = t[j + 1];
      if (!isWord(before) || isQuoted(before) || j + 1 >= first) return -1;
      return !isCap(verb) && !SUBJECT_PRONOUNS.has(verb.lower) ? j : -1;
    }
    // ("Voters who attended heard the mayor at the rally deny it": "heard" is the main clause's verb.)
    if (CLAUSE_STOPS.has(w.lower) || isPerceptionVerb(w)) return -1;
  }
  return -1;
}
