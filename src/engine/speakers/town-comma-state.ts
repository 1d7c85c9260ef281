/**
 * Is the comma t[k] the one of "in Town, State" ("in Dover, Delaware", "of Polk County, Florida")?
 * One to three capitalised words on each side, the second a known place, "in", "of", "from", "at" or
 * "near" before them, and after them the phrase's end (`end`) or another comma ("in Polk County,
 * Florida, stated"). (Moved out of attribution/speaker-phrase.ts.)
 */
import { countryOf, isPlace } from '../data/countries';
import { isCap, isWord, type Token } from '../attribution/tokens';

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'at', 'near']);

export function isTownCommaState(t: Token[], k: number, floor: number, end: number): boolean {
  let n = k + 1;
  while (n < end && n - k <= 3 && isWord(t[n]) && isCap(t[n])) n++;
  if (n === k + 1 || (n < end && t[n].text !== ',')) return false;
  // The second place is a known one (a state, a country): "from Madagascar, Christine South" is no place.
  let state = t[k + 1].text;
  for (let m = k + 2; m < n; m++) state += ` ${t[m].text}`;
  if (!isPlace(state) && !countryOf(state)) return false;
  let p = k - 1;
  while (p >= floor && k - p <= 3 && isWord(t[p]) && isCap(t[p])) p--;
  return p < k - 1 && p > floor && isWord(t[p]) && PLACE_PREPOSITIONS.has(t[p].lower);
}
