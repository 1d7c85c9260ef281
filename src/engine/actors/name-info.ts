/**
 * What a name's text alone gives classify (actors/classify.ts), worked out once per distinct name
 * of an article: its words, lower case and folded form, its country entry, whether it opens with a
 * first name; and, once asked, its static type and person shape.
 */
import type { ActorType } from '../../schema/brief';
import { countryOfLower, type CountryEntry } from '../data/countries';
import { isFirstName, isFirstNameLower } from '../data/first-names';
import { isAcronym } from './acronyms';

export interface NameInfo {
  /** Split on white space (read-only: shared by every mention of the name). */
  words: string[];
  /** The last word, lower-cased. */
  last: string;
  lower: string;
  /** `fold(name)`. */
  folded: string;
  country: CountryEntry | null;
  /** The first word is a known first name. */
  firstName: boolean;
  /** What the name alone says of its type (staticType), once asked, and the rule that said it. */
  known?: StaticType;
  rule?: string;
  /** Some word is a common opener ("However"), once asked. */
  opener?: boolean;
  /** looksLikePerson's verdict from the words alone (personShape), and its last test (plainWords), once asked. */
  personShape?: boolean | null;
  plainWords?: boolean;
}

export type StaticType = ActorType | null | 'skip' | 'open' | 'acronym';

export function nameInfo(name: string): NameInfo {
  // One word (most names): no regex split.
  const lower = name.toLowerCase();
  if (!/\s/.test(name))
    return {
      words: [name],
      last: lower,
      lower,
      folded: foldLower(lower),
      country: countryOfLower(lower) ?? null,
      firstName: isFirstNameLower(lower),
    };
  const words = name.split(/\s+/);
  return {
    words,
    last: words[words.length - 1].toLowerCase().replace(/\.$/, ''),
    lower,
    folded: foldLower(lower),
    country: countryOfLower(lower) ?? null,
    firstName: isFirstName(words[0]),
  };
}

/**
 * A name word as a lookup key: lower case, curly apostrophe as straight ("O’Neill" = "O'Neill"),
 * no accents ("Errázuriz" = "Errazuriz").
 */
export function fold(word: string): string {
  return foldLower(word.toLowerCase());
}

/** `fold` of a word already in lower case. */
function foldLower(lower: string): string {
  if (isAscii(lower)) return lower;
  return withoutAccents(lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower);
}

/**
 * The key a name merges by: its lower-cased text, an acronym's without periods ("U.N." and "UN"),
 * and without accents ("Viganò" and "Vigano" are one name).
 */
export function nameKey(name: string, lower: string): string {
  const key = name.includes('.') && isAcronym(name) ? lower.replace(/\./g, '') : lower;
  return isAscii(key) ? key : withoutAccents(key);
}

/** The text with its combining marks dropped ("viganò" -> "vigano"). */
function withoutAccents(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '');
}
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
