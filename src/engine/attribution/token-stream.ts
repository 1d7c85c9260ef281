/**
 * The attribution tokens of a whole document, made once: every sentence, cue clause, speaker
 * phrase and channel the attribution rules read is a stretch of this one stream, handed out as a
 * slice (pointers to the same tokens), so no part of the text is tokenized twice. Before, each
 * quotation tokenized up to 200 characters before it again to find a cue clause, and speaker
 * phrases and channels were tokenized anew: on quotation-dense text that was most of the work.
 *
 * A stretch is the stream's tokens only when it cuts no token (its ends fall between tokens or in
 * white space): then tokenizing it alone gives the same tokens (tokenize starts a token at the
 * first character that is not white space, and every such character starts or is inside one).
 * A stretch that cuts a word ("the 200 characters before a quotation" starting mid-word) is
 * tokenized alone, as before, so the tokens any rule sees are exactly those it saw.
 *
 * Token starts are also kept in a flat Int32Array, so finding where a stretch begins is a binary
 * search over numbers, not over token objects.
 */
import type { Quote } from '../text/quotes';
import { tokenize, type Token } from './tokens';

export class TokenStream {
  /** Every token of the text, in order; `QUOTED` against `quotes`. */
  readonly all: Token[];
  /** all[k].start, flat. */
  private readonly starts: Int32Array;

  constructor(
    readonly text: string,
    /** The depth-0 double quotations the `QUOTED` flags are set against, sorted by start. */
    readonly quotes: readonly Quote[],
  ) {
    this.all = tokenize(text, 0, text.length, quotes);
    const starts = new Int32Array(this.all.length);
    for (let k = 0; k < this.all.length; k++) starts[k] = this.all[k].start;
    this.starts = starts;
  }

  /** Index of the first token starting at or after `pos`. */
  indexAt(pos: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Does a token start before `pos` and end after it? */
  private cuts(index: number, pos: number): boolean {
    return index > 0 && this.all[index - 1].end > pos;
  }

  /**
   * The tokens of text[from, to) as tokens[first, end): the stream itself when the stretch cuts no
   * token, else the stretch tokenized alone. For a reader that walks part of a stretch and need not
   * copy it.
   */
  within(from: number, to: number): Stretch {
    const first = this.indexAt(from);
    const end = this.indexAt(to);
    if (this.cuts(first, from) || this.cuts(end, to)) {
      const tokens = tokenize(this.text, from, to, this.quotes);
      return { tokens, first: 0, end: tokens.length };
    }
    return { tokens: this.all, first, end: Math.max(first, end) };
  }

  /** The tokens of text[from, to): exactly what `tokenize(text, from, to, quotes)` gives. */
  range(from: number, to: number): Token[] {
    const { tokens, first, end } = this.within(from, to);
    // (A stretch tokenized alone is a fresh list already.)
    return tokens === this.all ? this.all.slice(first, end) : (tokens as Token[]);
  }
}

/** tokens[first, end) are a stretch's tokens. */
export interface Stretch {
  tokens: readonly Token[];
  first: number;
  end: number;
}
