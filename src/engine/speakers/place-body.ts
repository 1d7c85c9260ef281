/**
 * A place's body or officer as a speaker (issue 16, speakers): in "DR Congo’s health ministry
 * says ...", "Chile’s foreign minister said ...", the ministry or the minister speaks, not the
 * country. A phrase whose name is a place or country in the possessive, followed by lower-case
 * words to the phrase's end, is the speaker as written; so is a place used as a modifier ("a Texas
 * teenager says", "the Kessock harbour master said", "Ohio voters say").
 */
import type { Range } from '../../schema/brief';
import { lazyRegExp } from '../text/lazy-regexp';

/** Capitalised words in the possessive, then lower-case words to the end: "DR Congo’s health ministry". */
const BODY_OF_NAMED = lazyRegExp(
  String.raw`^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['\u2019]s\s+\p{Ll}[\p{Ll}\s-]*$`,
  'u',
);

/**
 * Capitalised words, then lower-case words to the end, with or without an article: "a Texas
 * teenager", a headline's "Texas teen says", "San Antonio police told".
 */
const MODIFIED_BY_NAMED = lazyRegExp(
  String.raw`^(?:(?:[Aa]n?|[Tt]he)\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s+\p{Ll}[\p{Ll}\s-]*$`,
  'u',
);

const REFLEXIVE_END = /\s(?:him|her|it|them|my|your|our)sel(?:f|ves)$/;

/** Is the phrase a body or officer of the name it opens with, in the possessive, or a noun that name modifies? */
export function isBodyOfPlace(text: string, phrase: Range): boolean {
  if (phrase.end - phrase.start > 80) return false;
  const words = text.slice(phrase.start, phrase.end);
  // "God himself said": an emphatic pronoun, not a noun the name modifies.
  if (REFLEXIVE_END.test(words)) return false;
  return BODY_OF_NAMED.test(words) || MODIFIED_BY_NAMED.test(words);
}
