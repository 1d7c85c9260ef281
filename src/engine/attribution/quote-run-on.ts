/**
 * A quotation after its cue clause that the sentence runs on past ('X said that, “Q” against what
 * the campaign sees as ...', 'X said “Q” to drive up the price'): the report is the whole run,
 * the quoted words and the writer's words that finish them, not the quoted bit alone.
 */
import type { Quote } from '../text/quotes';
import { isFinal, isOpenQuote } from './draft';
import { endsWithClauseMark } from './text-scan';
import { LINK, firstTokenAt, isCap, isQuoted, isWord, type Token } from './tokens';

/**
 * Where the report ends when a lower-case word follows the quotation's closing mark in its
 * sentence: the last word before the sentence end, a semicolon or another quotation; or -1 when
 * the quotation ends its clause (a mark, a capital or nothing follows it), when its own words end
 * with a clause mark ('“Q,” and then left': the writer goes on, not the quotation), or when a
 * linker ("and", "but", "while") opens what follows.
 */
export function runOnEnd(t: Token[], text: string, q: Quote): number {
  const qEnd = q.end;
  if (endsWithClauseMark(text, q.contentStart, q.contentEnd)) return -1;
  let k = firstTokenAt(t, qEnd);
  const next = t[k];
  if (!next || !isWord(next) || isCap(next) || isQuoted(next) || next.start - qEnd > 1) return -1;
  if ((next.flags & LINK) !== 0) return -1;
  let last = -1;
  for (; k < t.length; k++) {
    const w = t[k];
    if (isFinal(w.text) || w.text === ';' || isQuoted(w) || isOpenQuote(w.text)) break;
    if (isWord(w)) last = k;
  }
  // At least three words: one or two ("“Q” too", "“Q” again") finish nothing.
  return last >= 0 && last - firstTokenAt(t, qEnd) >= 2 ? t[last].end : -1;
}
