/**
 * A place's body or officer as a speaker (issue 16, speakers): in "DR Congo’s health ministry
 * says ...", "Chile’s foreign minister said ...", the ministry or the minister speaks, not the
 * country. A phrase whose name is a place or country in the possessive, followed by lower-case
 * words to the phrase's end, is the speaker as written.
 */
import type { Range } from '../../schema/brief';
import { lazyRegExp } from '../text/lazy-regexp';

/** Capitalised words in the possessive, then lower-case words to the end: "DR Congo’s health ministry". */
const BODY_OF_NAMED = lazyRegExp(
  String.raw`^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['\u2019]s\s+\p{Ll}[\p{Ll}\s-]*$`,
  'u',
);

/** Is the phrase a body or officer of the name it opens with, in the possessive? */
export function isBodyOfPlace(text: string, phrase: Range): boolean {
  return phrase.end - phrase.start <= 80 && BODY_OF_NAMED.test(text.slice(phrase.start, phrase.end));
}
