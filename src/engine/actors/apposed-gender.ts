/**
 * Rule merge/apposed-gender: a person noun set beside a name tells the person's gender when the
 * name and title do not ("The man, Terry Rombot, had been allowed to stay", "Lee Hart, a 62-year-old
 * father of two, said"): "Terry" and "Lee" are given to men and women alike, and a later "she" must
 * not resolve to him. Read off the text around one mention: the noun closing the phrase before its
 * comma, or heading the apposition after it (at most three modifiers between article and noun).
 */
import type { Range } from '../../schema/brief';
import { GENDER_OF_PERSON_NOUN } from '../data/titles';
import { lazyRegExp } from '../text/lazy-regexp';

/** "The man, " right before the name (the slice ends at the name). */
const BEFORE = lazyRegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+([a-z]+)\s*,\s*$`);
/** ", a 62-year-old father" right after the name. */
const AFTER = lazyRegExp(String.raw`^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\b`);

/** The gender a noun apposed to the mention at `range` gives, or null. */
export function apposedGender(text: string, range: Range): 'male' | 'female' | null {
  const before = BEFORE.exec(text.slice(Math.max(0, range.start - 24), range.start));
  const g = before ? GENDER_OF_PERSON_NOUN.get(before[1]) : undefined;
  if (g) return g;
  const after = AFTER.exec(text.slice(range.end, range.end + 48));
  return (after && GENDER_OF_PERSON_NOUN.get(after[1])) ?? null;
}
