/**
 * Rule colon-line/block-paragraph: "The mayor added:" closing its paragraph, and the next
 * paragraph, with no quotation marks, is what the mayor said ("It is a shame that the county has
 * waited this long. The bridge has been closed for a year ..."): a statement, a letter or a
 * broadcast set out as a block under the line that introduces it (issue 16, PolNeAR dev misses:
 * gold attributions whose content is the paragraph under a "X added:" line). unquoted-block.ts
 * reads the lines under such a line within one paragraph, and only while they speak in the first
 * person; here the block is the whole next paragraph, since a paragraph break after the colon sets
 * it apart as the introduced text. The introducing line is one sentence, a cue verb its last word
 * before the colon (at most one word between: "added Monday:"), its subject a speaker phrase; the
 * block ends at the paragraph's end, at MAX_SENTENCES, or at a sentence with a quotation mark (a
 * quotation credits itself). Each sentence of the block is read once, so the pass stays linear.
 */
import { NO_VIAS, isCloseQuote, isFinal, isOpenQuote, mk, type Draft, type Sent } from './draft';
import { speakerBefore } from './speaker-phrase';
import type { TokenStream } from './token-stream';
import { isCap, isWord, type Token } from './tokens';

const MAX_SENTENCES = 12;
/** Verbs that introduce a text set out below them ("added:", "wrote:", "the statement reads:"). */
const INTRODUCERS: ReadonlySet<string> = new Set(
  'wrote writes said says told tells added adds stated states explained explains continued continues declared declares read reads posted tweeted argued argues'.split(
    ' ',
  ),
);

export function blockParagraphs(sents: Sent[], stream: TokenStream, drafts: Draft[]): void {
  for (let si = 0; si + 1 < sents.length; si++) {
    const s = sents[si];
    const next = sents[si + 1];
    if (next.paragraph === s.paragraph) continue;
    const t = tokensOf(s, stream);
    const speaker = introducer(t);
    if (!speaker) continue;
    let k = si + 1;
    for (; k < sents.length && k - si <= MAX_SENTENCES && sents[k].paragraph === next.paragraph; k++) {
      const nt = tokensOf(sents[k], stream);
      if (nt.length < 2 || nt.some((w) => isOpenQuote(w.text) || isCloseQuote(w.text))) break;
      let last = nt.length - 1;
      while (last > 0 && !isWord(nt[last]) && isFinal(nt[last].text)) last--;
      // (Marked as a claim of its own by the caller with the other line passes' drafts.)
      drafts.push(
        mk(
          'colon-line/block-paragraph',
          speaker.cue,
          -1,
          sents[k],
          nt[0].start,
          nt[last].end,
          speaker.span,
          'np',
          NO_VIAS,
        ),
      );
    }
    si = k - 1;
  }
}

/**
 * "The governor added:", "Limbaugh said Monday:": the sentence ends in a colon, a lower-case cue
 * verb is its last word or the one before it, and a speaker phrase stands before the verb.
 */
function introducer(t: Token[]): { cue: string; span: { start: number; end: number } } | null {
  const n = t.length;
  if (n < 3 || t[n - 1].text !== ':') return null;
  for (let c = n - 2; c >= n - 3 && c > 0; c--) {
    const w = t[c];
    if (!isWord(w) || isCap(w) || !INTRODUCERS.has(w.lower)) continue;
    const np = speakerBefore(t, c);
    if (!np || np.boundary >= 0) return null;
    return { cue: w.text, span: { start: t[np.from].start, end: t[np.to - 1].end } };
  }
  return null;
}

function tokensOf(s: Sent, stream: TokenStream): Token[] {
  return stream.sentenceTokens(s.index);
}
