/**
 * Rule resolve/office-holder (issue 16, speakers): "The mayor of Dover said", "the president of
 * Acme told ...", "the chief executive of Zenco": a singular office head after "the" and an "of"
 * phrase naming a place or a body is one person, the office's holder; the phrase speaks, not the
 * place (it had been cut to "The mayor") nor the body ("Acme" had spoken). "A spokesman for the
 * ministry" is a representative (representative.ts); "residents of Dover" and "the people of Dover"
 * are the place's people (rule resolve/people-of-place below); "an official in Dover" is no office.
 * Origin: written for edge-brief from English grammar. Licence: MIT, part of this project.
 */
import { isCap, isWord, type Token } from '../attribution/tokens';
import { OFFICE_HEADS } from '../data/speaker-heads';
import { PLACE_PEOPLE_BEFORE_OF } from '../data/countries';
import { isRepresentativePhrase } from './representative';
import { isCountSubject } from './count-phrase';

/** Whether the phrase t is "the" (or a possessive-free determiner), at most one modifier, an office head, "of" and a name that ends it. */
export function isOfficeOfPhrase(t: readonly Token[]): boolean {
  if (t.length < 4 || t[0].lower !== 'the') return false;
  // One modifier before the head: "the chief executive of", "the former mayor of".
  const k = t[3].lower === 'of' && !isCap(t[1]) ? 2 : 1;
  if (!isWord(t[k]) || isCap(t[k]) || !OFFICE_HEADS.has(t[k].lower) || t[k + 1]?.lower !== 'of') return false;
  // The "of" phrase: a name (capitalised words, "the" before it allowed), nothing after it.
  let n = k + 2;
  if (t[n]?.lower === 'the') n++;
  if (n >= t.length) return false;
  for (; n < t.length; n++) if (!isWord(t[n]) || !isCap(t[n])) return false;
  return true;
}

/**
 * Rule resolve/people-of-place: "The people of Tarnow said", "residents of Ostia say", "the citizens
 * of the Faroe Islands": a place's people (data/countries.ts PLACE_PEOPLE_BEFORE_OF) after at most
 * "the", then "of" and a name that ends the phrase, speak as a group; the place is no speaker (it had
 * been the speaker and a person source, or the phrase was cut to an anonymous "The people").
 */
function isPeopleOfPlace(t: readonly Token[]): boolean {
  const k = t[0]?.lower === 'the' ? 1 : 0;
  // (Capitalised only opening the phrase: "Residents of Ostia said".)
  if (t.length < k + 3 || !isWord(t[k]) || (isCap(t[k]) && k > 0) || !PLACE_PEOPLE_BEFORE_OF.has(t[k].lower))
    return false;
  if (t[k + 1].lower !== 'of') return false;
  let n = k + 2;
  if (t[n].lower === 'the') n++;
  if (n >= t.length) return false;
  for (; n < t.length; n++) if (!isWord(t[n]) || !isCap(t[n])) return false;
  return true;
}

/**
 * The rule by which a phrase speaks whole, not as the name inside it, or "": a representative
 * ("A spokesman for Kiko"), an office's holder ("the mayor of Dover"), a count or share of a
 * group ("nine in 10 Americans", speakers/count-phrase.ts).
 */
export function wholePhraseRule(t: Token[]): string {
  if (isRepresentativePhrase(t)) return 'resolve/representative';
  if (isPeopleOfPlace(t)) return 'resolve/people-of-place';
  if (isOfficeOfPhrase(t)) return 'resolve/office-holder';
  return isCountSubject(t) ? 'resolve/count-subject' : '';
}
