/**
 * A place's body or officer as a speaker (issue 16, speakers): in "DR Congo’s health ministry
 * says ...", "Chile’s foreign minister said ...", the ministry or the minister speaks, not the
 * country. A phrase whose name is a place or country in the possessive, followed by lower-case
 * words to the phrase's end, is the speaker as written; so is a place used as a modifier after an
 * article ("a Texas teenager says", "the Kessock harbour master said").
 */
import type { Range } from '../../schema/brief';
import { lazyRegExp } from '../text/lazy-regexp';

/** Capitalised words in the possessive, then lower-case words to the end: "DR Congo’s health ministry". */
const BODY_OF_NAMED = lazyRegExp(
  String.raw`^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['\u2019]s\s+\p{Ll}[\p{Ll}\s-]*$`,
  'u',
);

/** An article, capitalised words, then lower-case words to the end: "a Texas teenager". */
const MODIFIED_BY_NAMED = lazyRegExp(
  String.raw`^(?:[Aa]n?|[Tt]he)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s+\p{Ll}[\p{Ll}\s-]*$`,
  'u',
);

/** Is the phrase a body or officer of the name it opens with, in the possessive, or a noun that name modifies? */
export function isBodyOfPlace(text: string, phrase: Range): boolean {
  if (phrase.end - phrase.start > 80) return false;
  const words = text.slice(phrase.start, phrase.end);
  return BODY_OF_NAMED.test(words) || MODIFIED_BY_NAMED.test(words);
}
