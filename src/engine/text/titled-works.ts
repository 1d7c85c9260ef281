/**
 * Titles of works in quotation marks: a quotation right after "titled", "entitled", "subtitled" or
 * "headlined" ("a speech titled ‘Moses Cole Forbids Dancing’", "his report, entitled “Why the
 * Pier Failed”") is the title of a speech, book, film or report, whatever its length and case. The
 * names inside it name no one the article speaks of (analyse() drops them before any extractor
 * reads them), unless the title is that name alone ("a documentary titled “Moses Cole”").
 * Linear in the quotations: each reads the few characters before its opening mark.
 */
import type { Range } from '../../schema/brief';
import type { Quote } from './quotes';

const TITLE_FRAME = /\b(?:titled|entitled|subtitled|headlined)[ \t]*,?[ \t]*$/u;
/** How far before a quotation its title frame is read ("entitled, " is ten characters). */
const FRAME_CHARS = 14;

/** The contents of the closed quotations that are titles of works, in text order. */
export function titledWorks(text: string, quotes: readonly Quote[]): Range[] {
  const out: Range[] = [];
  for (const q of quotes) {
    if (!q.closed || q.contentEnd <= q.contentStart) continue;
    // (Each frame word ends in "d": one char code read before any slice.)
    let i = q.start - 1;
    while (i > 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 44)) i--;
    if (i < 0 || text.charCodeAt(i) !== 100) continue;
    if (TITLE_FRAME.test(text.slice(Math.max(0, q.start - FRAME_CHARS), q.start)))
      out.push({ start: q.contentStart, end: q.contentEnd });
  }
  return out;
}
