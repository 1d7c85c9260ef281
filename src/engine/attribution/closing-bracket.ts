/**
 * A bracket closing a speaker phrase ("Sen. Ann Moss (R-Ohio)", "the agency (CBP)"): where it
 * opens, so the resolver can leave a party tag or a note out of the name and keep an acronym.
 */
import type { Range } from '../../schema/brief';

/** A bracket holding only an acronym ("(CBP)", "(OIG)"): the name the speaker goes by, kept. */
const ACRONYM_BRACKET = /^\(["\u201c']?[A-Z]{2,}s?["\u201d']?\)$/;

/** Where the "(" of a bracket that closes the phrase opens (after its first word), or -1; not an acronym's. */
export function closingBracketAt(text: string, range: Range): number {
  if (text.charCodeAt(range.end - 1) !== 41 /* ) */) return -1;
  const open = text.lastIndexOf('(', range.end - 1);
  if (open <= range.start || range.end - open > 24 || ACRONYM_BRACKET.test(text.slice(open, range.end))) return -1;
  return open;
}
