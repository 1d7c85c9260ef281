/** The title word of a name's prefix ("Sen." of "Sen. Rand Paul", "Director" of "former Director"). */
import type { Range } from '../../schema/brief';
import { ROLE_MODIFIERS } from '../data/titles';
import { isSpaceCode } from '../text/spaces';

/**
 * The first word of a title prefix, lower-cased, without a final period ("sen" for "Sen. Rand"):
 * `slice.split(/\s+/)[0].toLowerCase().replace(/\.$/, '')` with one slice. (A prefix starts with a word.)
 */
export function titleWordOf(text: string, prefix: Range): string {
  let start = prefix.start;
  for (;;) {
    let end = start;
    while (end < prefix.end && !isSpaceCode(text.charCodeAt(end))) end++;
    const next = end;
    if (end > start && text.charCodeAt(end - 1) === 46) end--;
    const word = text.slice(start, end).toLowerCase();
    // "former Director ...", "acting Secretary ...": the title is the word after the modifiers.
    if (!ROLE_MODIFIERS.has(word) || next >= prefix.end) return word;
    start = next;
    while (start < prefix.end && isSpaceCode(text.charCodeAt(start))) start++;
  }
}
