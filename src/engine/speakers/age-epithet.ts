/**
 * Rule speakers/age-epithet: "“I am ready,” the 34-year-old mother of three said", "the 71-year-old
 * said": a wire report's age epithet points back to a person it named, the last one before the
 * claim (of the epithet's gender when its noun has one: "mother", "man"). Issue 16 (an epithet
 * listed as a source of its own, or the claim lost), seen reading a PolNeAR dev article.
 */
import type { Actor } from '../../schema/brief';
import { genderOf } from '../actors/gender';
import { quoteAt, type Quote } from '../text/quotes';

/** "the 34-year-old", "The 71-year-old retired teacher", "the 34-year-old mother of three". */
const EPITHET = /^the\s+\d{1,3}-(?:year|month)-old(?:\s+([a-z]+(?:\s+[a-z]+){0,4}))?$/i;
const FEMALE_NOUNS: ReadonlySet<string> = new Set([
  'mother',
  'woman',
  'girl',
  'daughter',
  'wife',
  'sister',
  'grandmother',
  'widow',
]);
const MALE_NOUNS: ReadonlySet<string> = new Set([
  'father',
  'man',
  'boy',
  'son',
  'husband',
  'brother',
  'grandfather',
  'widower',
]);
/** How far back (characters) the person the epithet points to may have been named. */
const REACH = 1500;

/** The gender an age epithet asks for ('any' when its noun has none), or null when the name is no epithet. */
export function ageEpithet(name: string): 'male' | 'female' | 'any' | null {
  const m = EPITHET.exec(name.trim());
  if (!m) return null;
  // ("the 28-year-old Muslim man", "the 34-year-old mother of three": any word of the tail may say it.)
  for (const w of m[1]?.toLowerCase().split(/\s+/) ?? []) {
    if (FEMALE_NOUNS.has(w)) return 'female';
    if (MALE_NOUNS.has(w)) return 'male';
  }
  return 'any';
}

/** The person actor named last before `at` (within REACH, outside quotations) whose gender fits. */
export function lastPersonBefore(
  actors: readonly Actor[],
  quotes: readonly Quote[],
  at: number,
  want: 'male' | 'female' | 'any',
): Actor | null {
  let best: Actor | null = null;
  let bestStart = at - REACH;
  for (const a of actors) {
    if (a.type !== 'person') continue;
    const g = genderOf(a);
    // ("the 28-year-old man": a man the article named as one; a name of no known gender is no match.)
    if (want !== 'any' && g !== want) continue;
    for (const m of a.mentions)
      // (A name inside a quotation is someone's words, not the person the report is about.)
      if (m.end <= at && m.start > bestStart && quoteAt(quotes, m.start) === null) {
        bestStart = m.start;
        best = a;
      }
  }
  return best;
}
