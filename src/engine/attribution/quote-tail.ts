/**
 * The words before a quotation that a cue clause may be read from: what follows the last closed
 * quotation in the stretch, and that without a joiner after its comma ('..., but "Q2"').
 */
import { isCloseQuote } from './draft';
import type { Stretch } from './token-stream';
import { isQuoted, type Token } from './tokens';

/**
 * The unquoted tokens of a stretch after the last closing quotation mark among them (one with an
 * unquoted token before it): only what follows the last closed quotation before this one. Walked
 * back from the end, so only those few tokens are visited and copied, not the whole stretch.
 */
export function unquotedTail({ tokens: t, first, end }: Stretch): Token[] {
  const out: Token[] = [];
  for (let k = end - 1; k >= first; k--) {
    const tk = t[k];
    if (isQuoted(tk)) continue;
    if (isCloseQuote(tk.text)) {
      let j = k - 1;
      while (j >= first && isQuoted(t[j])) j--;
      if (j >= first) break;
    }
    out.push(tk);
  }
  return out.reverse();
}

/** The joiners `dropJoiner` looks for, lower case: one of them is the last word before the quotation. */
const JOINER_WORDS: readonly string[] = ['but', 'and', 'still', 'also'];

/**
 * Could `dropJoiner` find its joiner before this quotation? The word ending at `end` (just before the
 * blanks before the quotation) must be one of its joiners, whatever the case ("But", "AND"): read
 * off the text, before any token is handed out. (That word is the stretch's last token: tokens
 * keep no blanks and end at a letter's end; a quoted one leaves a quotation mark or nothing last,
 * and the joiner then fails too.) On quotation-dense text ('He said "x."' over and over) most
 * quotations follow a cue verb, and this spares reading their stretch.
 */
export function mayEndWithJoiner(text: string, end: number): boolean {
  for (let k = 0; k < JOINER_WORDS.length; k++) {
    const w = JOINER_WORDS[k];
    const from = end - w.length;
    if (from < 0) continue;
    let n = 0;
    // ASCII letters only: a lower-case joiner's letters are ASCII, and so are those of the word it was lowered from.
    while (n < w.length && (text.charCodeAt(from + n) | 32) === w.charCodeAt(n)) n++;
    if (n === w.length) return true;
  }
  return false;
}

/** quotation/cue-before after a joiner ('"Q1," X said, but "Q2"'): drops "but", "and still", "and also" after a comma at the end of `tt`; false when not there. */
export function dropJoiner(tt: Token[]): boolean {
  const n = tt.length;
  const two = n >= 3 && (tt[n - 1].lower === 'still' || tt[n - 1].lower === 'also') ? 1 : 0;
  const j = tt[n - 1 - two]?.lower;
  if (!(j === 'but' || j === 'and') || tt[n - 2 - two]?.text !== ',') return false;
  tt.length = n - 1 - two;
  return true;
}
