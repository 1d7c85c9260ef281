/**
 * Does a speaker phrase have a noun that can speak? A speaker is an actor, a sourcing phrase or a
 * pronoun resolved to one (issue 16); a phrase whose last word is an adverb ("Clearly",
 * "Distressingly"), an adjective or superlative with no noun after it ("the final", "The newest"),
 * a time ("the same time", "Some days later"), or a lone lower-case word that is neither a plural,
 * a collective ("police") nor a sourcing head ("heard", "thus", "helps") names no one. Decided by
 * the phrase's shape and a few closed word classes (data/speaker-words.ts), not by a list of nouns.
 */
import { isFirstNameLower } from '../data/first-names';
import { COLLECTIVE_SPEAKERS, HEADLESS_LAST_WORDS, LY_NOUNS, TIME_NOUNS } from '../data/speaker-words';
import { lazyRegExp } from '../text/lazy-regexp';
import { QUANTIFIER_SUBJECTS } from '../data/quantifier-subjects';

/** "anybody said", "someone wrote", "52 percent said", "a majority said": vague, but somebody. */
const INDEFINITES = new Set([
  'anybody',
  'anyone',
  'somebody',
  'someone',
  'everybody',
  'everyone',
  'percent',
  'majority',
  'minority',
  'plurality',
  'half',
]);

const WORD = lazyRegExp(String.raw`[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*`, 'gu');

/** True when the phrase has no noun that can speak. `isHead(word)`: a sourcing or person head ("official"). */
export function isHeadless(name: string, isHead: (word: string) => boolean): boolean {
  const words = name.match(WORD);
  if (!words || words.length === 0) return true;
  const lastRaw = words[words.length - 1]!;
  const last = lastRaw.toLowerCase().replace(/\.$/, '');
  if (isHead(last)) return false;
  const adverb = last.length > 4 && last.endsWith('ly') && !LY_NOUNS.has(last);
  // One capitalised word may be a name or a masthead ("Time" reported, "Kelly said"): only an
  // adverb that is no first name ("Eventually") is judged by its shape.
  if (words.length === 1 && lastRaw !== last) return adverb && !isFirstNameLower(last);
  if (adverb) return true;
  if (HEADLESS_LAST_WORDS.has(last) || TIME_NOUNS.has(last)) return true;
  // A lone lower-case word: a plural or a collective can speak ("scientists", "police"); "heard" cannot.
  // ("some", "many": a quantifier standing alone for unnamed people, rule cue/quantifier-subject.)
  if (
    words.length === 1 &&
    !isPlural(last) &&
    !COLLECTIVE_SPEAKERS.has(last) &&
    !INDEFINITES.has(last) &&
    !QUANTIFIER_SUBJECTS.has(last)
  )
    return true;
  return false;
}

/**
 * One word shaped like a gerund ("Vilifying", "Demonizing"): more than seven letters ending in
 * -ing. Said of a slot the article also writes in lower case, it is an activity that heads a
 * subject clause ("Vilifying opponents ... is his way"), not someone who speaks; names ending in
 * -ing ("Browning") are written capitalised throughout, so they never reach this test.
 */
export function isGerundShape(name: string): boolean {
  return GERUND_SHAPE.test(name.trim());
}
const GERUND_SHAPE = /^\p{L}{5,}ing$/u;

/** "scientists", "congressmen", "children": a plural by its ending. */
function isPlural(word: string): boolean {
  return word.endsWith('s') || word.endsWith('men') || word.endsWith('people') || word.endsWith('children');
}
