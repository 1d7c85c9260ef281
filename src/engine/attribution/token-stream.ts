/**
 * The attribution tokens of a document, made once: each sentence that can hold attribution is
 * tokenized once (text-scan.ts `mayAttribute` rules the others out without allocating), and every
 * stretch the rules read inside a sentence (the words before a quotation, a cue clause, a speaker
 * phrase) is handed out from those tokens, not tokenized again. Before, each quotation tokenized up
 * to 200 characters before it anew to find a cue clause: on quotation-dense text that was most of
 * the work.
 *
 * A stretch is read off its sentence's tokens only when it lies in that sentence and cuts no token
 * (its ends fall between tokens or in white space): then tokenizing it alone gives the same tokens
 * (tokenize starts a token at the first character that is not white space, every such character
 * starts or is inside one, and where a token ends depends only on the characters up to its end).
 * Any other stretch (one that starts mid-word, or runs past its sentence) is tokenized alone, as
 * before, so the tokens a rule sees are exactly those it saw.
 */
import type { Range } from '../../schema/brief';
import type { Quote } from '../text/quotes';
import type { DocTokens } from '../text/word-tokens';
import { NO_TOKENS } from './draft';
import { mayAttribute } from './text-scan';
import { firstTokenAt, lastTokenFlags, tokenize, type Token } from './tokens';

/** tokens[first, end) are a stretch's tokens. */
export interface Stretch {
  tokens: readonly Token[];
  first: number;
  end: number;
  /** The tokens are a sentence's (not to be changed), not a list made for this stretch. */
  shared: boolean;
}

export class TokenStream {
  /** Each sentence's tokens (none for a sentence that cannot hold attribution); `QUOTED` against `quotes`. */
  readonly bySentence: Token[][];
  /** The union of each sentence's tokens' flags (`flagsOfTokens`, worked out as they were made). */
  readonly flagsBySentence: Int32Array;
  /** The sentences' starts and ends, flat. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** 1 where the sentence was tokenized. */
  private readonly tokenized: Uint8Array;
  /**
   * The tokens of a sentence that was not, once a pass asked for them (`sentenceTokens`), kept for
   * the stretches read inside it later (a speaker phrase found there); `bySentence` keeps none for it.
   */
  private readonly asked: (Token[] | undefined)[] = [];

  constructor(
    readonly text: string,
    /** The sentences, in order, not overlapping. */
    sentences: readonly Range[],
    /** The depth-0 double quotations the `QUOTED` flags are set against, sorted by start. */
    readonly quotes: readonly Quote[],
    /** The document's words, which the tokens are a view of (see `tokenize`). */
    readonly words: DocTokens,
  ) {
    const n = sentences.length;
    this.bySentence = new Array<Token[]>(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.tokenized = new Uint8Array(n);
    this.flagsBySentence = new Int32Array(n);
    // The first document word that ends in each sentence, walked up to in order (not searched for each).
    const ends = words.ends;
    const count = words.count;
    let w = 0;
    for (let k = 0; k < n; k++) {
      const s = sentences[k];
      this.starts[k] = s.start;
      this.ends[k] = s.end;
      const may = mayAttribute(text, s.start, s.end);
      this.tokenized[k] = may ? 1 : 0;
      if (may) while (w < count && ends[w] <= s.start) w++;
      if (may) {
        this.bySentence[k] = tokenize(text, s.start, s.end, quotes, words, w);
        this.flagsBySentence[k] = lastTokenFlags;
      } else this.bySentence[k] = NO_TOKENS;
    }
  }

  /** Index of the last sentence starting at or before `pos` (-1 for none). */
  private sentenceAt(pos: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * The tokens of text[from, to) as tokens[first, end): exactly what `tokenize(text, from, to,
   * quotes)` gives. Read off the sentence's tokens when the stretch lies in a tokenized sentence
   * and cuts none of them, else tokenized alone. For a reader that walks part of a stretch and
   * need not copy it. `sentence`, when given, is the sentence the stretch most likely lies in
   * (tried before searching).
   */
  within(from: number, to: number, sentence = -1): Stretch {
    const si =
      sentence >= 0 && sentence < this.starts.length && this.starts[sentence] <= from && from <= this.ends[sentence]
        ? sentence
        : this.sentenceAt(from);
    const t = si < 0 ? undefined : this.tokenized[si] === 1 ? this.bySentence[si] : this.asked[si];
    if (t !== undefined && to <= this.ends[si] && from <= to) {
      const first = firstTokenAt(t, from);
      // (A stretch is a few tokens: walked, not searched.)
      let end = first;
      while (end < t.length && t[end].start < to) end++;
      if (!cuts(t, first, from) && !cuts(t, end, to)) return { tokens: t, first, end, shared: true };
    }
    const tokens = tokenize(this.text, from, to, this.quotes, this.words);
    return { tokens, first: 0, end: tokens.length, shared: false };
  }

  /**
   * The tokens of sentence `index`, to be read, not changed: its own, or for a sentence that was
   * not tokenized, those `range` gives for it, made once and kept (several passes read such a
   * sentence, and its speaker phrases are read off them).
   */
  sentenceTokens(index: number): Token[] {
    if (this.tokenized[index] === 1) return this.bySentence[index];
    let t = this.asked[index];
    if (t === undefined)
      this.asked[index] = t = tokenize(this.text, this.starts[index], this.ends[index], this.quotes, this.words);
    return t;
  }

  /** The tokens of text[from, to), as a list of their own. */
  range(from: number, to: number): Token[] {
    const { tokens, first, end, shared } = this.within(from, to);
    return shared ? tokens.slice(first, end) : (tokens as Token[]);
  }
}

/** Does the token before t[index] end after `pos` (so a stretch ending or starting at `pos` would cut it)? */
function cuts(t: readonly Token[], index: number, pos: number): boolean {
  return index > 0 && t[index - 1].end > pos;
}
