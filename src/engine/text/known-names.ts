/**
 * Names the gazetteers know (data/organizations, countries, outlets, platforms): the name finder
 * lets such a run stand whole ("Bosnia and Herzegovina") and such a word earn its capital, and
 * actors read it to type a name.
 */
import { WordShapes } from '../data/common-words';
import { countryAndPlaceKeys } from '../data/countries';
import { ORGANIZATIONS } from '../data/organizations';
import { isOutletLower, outletKeys } from '../data/outlets';
import { isPlatform, platformKeys } from '../data/platforms';
import type { Token } from './name-tokens';

/** Is this capitalised sequence something a gazetteer knows? */
export function isKnownName(name: string): boolean {
  return isKnownLower(name.toLowerCase());
}

/** The names the gazetteers of `isKnownName` know as they stand, lower-cased, in one set: one lookup instead of five. */
const KNOWN_NAMES: ReadonlySet<string> = new Set([
  ...ORGANIZATIONS,
  ...countryAndPlaceKeys(),
  ...outletKeys(),
  ...platformKeys(),
]);

const KNOWN_SHAPES = new WordShapes(KNOWN_NAMES, 63);

/** `isKnownName` for a name already lower-cased. */
export function isKnownLower(lower: string): boolean {
  if (KNOWN_SHAPES.mayHold(lower) && KNOWN_NAMES.has(lower)) return true;
  // What the set misses: an outlet after "the" ("the Politico"), a platform with spaces around.
  if (lower.startsWith('the ') && isOutletLower(lower)) return true;
  const trimmed = lower.trim();
  return trimmed !== lower && isPlatform(trimmed);
}

/**
 * `isKnownName` of the run's text. The text is sliced and lower-cased only when its shape, read
 * from the tokens' lower-cased forms, is one a gazetteer name has (most runs are no such name).
 */
export function isKnownRun(text: string, run: Token[]): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (mayBeKnownRun(run, last.end - first.start)) return isKnownName(text.slice(first.start, last.end));
  return false;
}

function mayBeKnownRun(run: Token[], length: number): boolean {
  // Spaces between the tokens lower-case to themselves; a token whose lower-cased form has
  // another length (a rare letter), or a leading "the" (outlets), is left to the lookup.
  for (const t of run) if (t.lower.length !== t.text.length) return true;
  const first = run[0].lower;
  const last = run[run.length - 1].lower;
  if (first === 'the') return true;
  return KNOWN_SHAPES.mayHoldCodes(length, first.charCodeAt(0), last.charCodeAt(last.length - 1));
}
