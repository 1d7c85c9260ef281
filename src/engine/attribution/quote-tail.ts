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

/** quotation/cue-before after a joiner ('"Q1," X said, but "Q2"'): drops "but", "and still", "and also" after a comma at the end of `tt`; false when not there. */
export function dropJoiner(tt: Token[]): boolean {
  const n = tt.length;
  const two = n >= 3 && (tt[n - 1].lower === 'still' || tt[n - 1].lower === 'also') ? 1 : 0;
  const j = tt[n - 1 - two]?.lower;
  if (!(j === 'but' || j === 'and') || tt[n - 2 - two]?.text !== ',') return false;
  tt.length = n - 1 - two;
  return true;
}
