/**
 * Words that join a run of name words though they are not plain capitalised names (text/names.ts
 * reads them): a surname that is also a function word ("Jane May"), a preposition a group
 * capitalises in its name ("Doctors Without Borders"); and where a known outlet's name ends so
 * that "on" does not carry it on ("Fox News on Scribd").
 */
import { countryOfLower, isPlaceLower } from '../data/countries';
import { isFirstNameLower } from '../data/first-names';
import { FUNCTION_WORD_SURNAMES, TITLED_NAME_PREPOSITIONS } from '../data/name-connectors';
import { isOutletLower } from '../data/outlets';
import { TITLE_SURNAMES } from '../data/titles';
import type { Token } from './name-tokens';

/**
 * A capitalised function word that is a surname (FUNCTION_WORD_SURNAMES): right after a first name in running prose
 * ("Jane May", `firstName`), or one already read so ("May added ..."). Not in capitals, on a Title
 * Case line, or before a number ("June May 5" is a date).
 */
export function isFunctionSurname(
  text: string,
  t: Token,
  firstName: Token | null,
  surnames: Set<string> | null,
): boolean {
  if (!t.cap || !t.func || t.allCaps || t.shouty || !FUNCTION_WORD_SURNAMES.has(t.lower)) return false;
  let i = t.end;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  if (firstName) return isFirstNameLower(firstName.lower) && !(c >= 48 && c <= 57);
  // Alone, only as a subject: opening a sentence or after a comma or a closing quotation mark, with
  // a verb or "'s" next ("May said", "..., May added", "“...,” May said"), never "in May" or "May 5".
  if (!surnames?.has(t.text)) return false;
  let b = t.start - 1;
  while (b >= 0 && text.charCodeAt(b) === 32) b--;
  const before = b < 0 ? 10 : text.charCodeAt(b);
  const subjectSlot = t.opening || before === 44 || before === 10 || before === 34 || before === 0x201d;
  return subjectSlot && ((c >= 97 && c <= 122) || c === 39 || c === 0x2019);
}

/**
 * A preposition capitalised inside running prose, between two name words: part of a name
 * ("Doctors Without Borders", TITLED_NAME_PREPOSITIONS). Not at a sentence start, in capitals, or
 * on a Title Case line (a headline capitalises every word).
 */
export function isTitledFunctionWord(t: Token): boolean {
  return t.cap && !t.opening && !t.allCaps && !t.shouty && !t.stop && TITLED_NAME_PREPOSITIONS.has(t.lower);
}

/** Is run[0, k) (or its last two or three words) a known outlet ("Fox News" of "Fox News on Scribd")? A masthead's name never runs on through "on". */
export function isOutletBefore(run: Token[], k: number): boolean {
  for (let from = Math.max(0, k - 3); from < k - 1; from++) {
    let name = run[from].lower;
    for (let j = from + 1; j < k; j++) name += ` ${run[j].lower}`;
    if (isOutletLower(name)) return true;
  }
  return false;
}

/** Is run + "of the" + `after` ("Democratic Republic of the Congo") a country's formal name? */
export function formalOfThe(text: string, run: Token[], of: Token, after: Token): boolean {
  if (after.start !== of.end + 5 || text.slice(of.end, after.start) !== ' the ') return false;
  return !!countryOfLower(`${text.slice(run[0].start, of.end)} the ${after.text}`.toLowerCase());
}

/**
 * A title word that is a surname (TITLE_SURNAMES): "Howard Dean", "Carole King", "Mark Judge" end
 * in a word that is also a title, but open with a given name ("Virginia Judge" opens with a place),
 * so the run names a person rather than an office.
 */
export function isTitleSurname(name: Token[]): boolean {
  if (name.length < 2 || name.length > 3) return false;
  const first = name[0];
  const last = name[name.length - 1];
  if (!first.cap || first.allCaps || last.allCaps || !TITLE_SURNAMES.has(last.lower)) return false;
  // "Martin Luther King", "Billie Jean King"; not "Clark County Sheriff".
  if (name.length === 3 && !isFirstNameLower(name[1].lower) && !/^\p{Lu}\.$/u.test(name[1].text)) return false;
  return isFirstNameLower(first.lower) && !isPlaceLower(first.lower) && !countryOfLower(first.lower);
}

/** Words after a hyphen that make a modifier of a name ("Obama-era", "Kremlin-led"), never a given name's syllable. */
const NAME_MODIFIER_TAILS: ReadonlySet<string> = new Set([
  'area',
  'side',
  'size',
  'only',
  'plus',
  'less',
  'ward',
  'fed',
  'bred',
  'day',
  'year',
  'time',
  'high',
  'low',
  'rich',
  'bound',
  'era',
  'led',
  'run',
  'won',
  'born',
  'made',
  'like',
  'held',
  'ish',
  'ist',
  'type',
  'wide',
  'free',
  'long',
]);

/**
 * Rule names/hyphenated-given-name: a given name romanised in two hyphenated syllables, the second in
 * lower case ("Ban Ki-moon", "Kim Jong-un", "Park Geun-hye"), is one name word when it follows
 * another name word on the same line: a syllable of two to five letters, then one to four lower-case
 * letters ending the word, and not a modifier tail ("Obama-era", "Kremlin-led"). `hyphen` is where
 * the hyphen stands in `word`, the capitalised word starting at `start`; `prev` is the token before.
 */
export function isHyphenatedGivenName(word: string, hyphen: number, prev: Token | null, start: number): boolean {
  if (hyphen < 2 || hyphen > 5 || !prev || !prev.cap || prev.func || prev.stop || prev.end !== start - 1) return false;
  const tail = word.slice(hyphen + 1);
  return tail.length <= 4 && /^\p{Ll}+$/u.test(tail) && !NAME_MODIFIER_TAILS.has(tail);
}
