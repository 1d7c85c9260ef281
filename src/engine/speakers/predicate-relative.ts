/**
 * "Mayor X is a liar, a bully and a coward who has pledged to ...": the noun before "who" is said
 * of the sentence's subject after a form of "be" (a predicate nominal), not a speaker of its own;
 * "who" then stands for that subject, resolved like a pronoun (issue 16: "birther" as a source).
 */
import { BE_FORMS } from '../data/speaker-words';
import type { Token } from '../attribution/tokens';
import { lazyRegExp } from '../text/lazy-regexp';

const RE_LOWER_WORD = lazyRegExp(String.raw`^\p{Ll}[\p{L}'\u2019-]*$`, 'u');

const PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'as',
  'of',
  'in',
  'for',
  'to',
  'with',
  'by',
  'at',
  'from',
  'about',
]);

/** Rule speakers/predicate-relative: t[k] ends a lower-case noun list that follows "is"/"was" in the same clause. */
export function isPredicateNominal(t: readonly Token[], k: number, floor: number): boolean {
  for (let n = k; n >= floor && k - n <= 16; n--) {
    const w = t[n];
    if (BE_FORMS.has(w.lower)) return n < k;
    if (w.text === ',') continue;
    // Lower-case words only: a capitalised word or any other mark ends the list without a copula.
    if (!RE_LOWER_WORD.test(w.text)) return false;
    // A preposition or a verb form means the noun is some other verb's object ("is on record as endorsing a politician who").
    if (PREPOSITIONS.has(w.lower) || w.lower.endsWith('ing') || w.lower.endsWith('ed')) return false;
  }
  return false;
}
