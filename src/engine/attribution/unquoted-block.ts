/**
 * Rule colon-line/unquoted-block: "Murillo wrote at the outset of the lengthy message:" and then,
 * line by line and with no quotation marks, "We worked very hard. / Many people did. / We pushed
 * to get out the vote ...": the lines in the first person under a line that ends in a cue and a
 * colon are the speaker's words (an email, a letter, a statement quoted as a block), not the
 * author's (issue 16: the form page flagged them as the author's opinion). The block runs over
 * lines with no quotation mark, at most MAX_LINES, while no more than one short line in a row
 * lacks a first-person word; lines after the last first-person one are the author's again.
 */
import type { Doc } from '../document';
import { NO_VIAS, isCloseQuote, isFinal, isOpenQuote, mk, type Draft, type Sent } from './draft';
import { INTRODUCER_VERBS } from '../data/block-introducers';
import { speakerBefore } from './speaker-phrase';
import { opensLine } from './text-scan';
import type { TokenStream } from './token-stream';
import { isCap, isWord, type Token } from './tokens';

const MAX_LINES = 15;
/** A line with no first-person word stays in the block only this short ("Many people did."). */
const SHORT_LINE = 8;
const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i',
  'we',
  'me',
  'us',
  'my',
  'our',
  'ours',
  "i'm",
  "we're",
  "we've",
  "i've",
  "we'll",
  "i'll",
  "i'd",
  "we'd",
  'i\u2019m',
  'we\u2019re',
  'we\u2019ve',
  'i\u2019ve',
  'we\u2019ll',
  'i\u2019ll',
  'i\u2019d',
  'we\u2019d',
]);

export function unquotedBlocks(doc: Doc, sents: Sent[], stream: TokenStream, drafts: Draft[]): void {
  const { text } = doc;
  for (let si = 0; si + 1 < sents.length; si++) {
    const s = sents[si];
    // A line ending in a colon, the next line opening with a word.
    let e = s.end;
    while (e > s.start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 10)) e--;
    if (text.charCodeAt(e - 1) !== 58 || text.charCodeAt(nextNonSpace(text, e)) !== 10) continue;
    const t = tokensOf(s, stream);
    const c = t.findIndex((w) => isWord(w) && !isCap(w) && INTRODUCER_VERBS.has(w.lower));
    const np = c > 0 ? speakerBefore(t, c) : null;
    if (!np) continue;
    const speaker = { start: t[np.from].start, end: t[np.to - 1].end };
    const block: Sent[] = [];
    let lastFirst = -1;
    let without = 0;
    for (let k = si + 1; k < sents.length && block.length < MAX_LINES; k++) {
      const n = sents[k];
      if (n.paragraph !== s.paragraph || !opensLine(text, n.start, doc.paragraphs[n.paragraph].start)) break;
      const nt = tokensOf(n, stream);
      // A line with a quotation mark quotes (or credits) by itself: the block has ended.
      if (nt.length < 2 || nt.some((w) => isOpenQuote(w.text) || isCloseQuote(w.text))) break;
      block.push(n);
      if (nt.some((w) => FIRST_PERSON.has(w.lower))) {
        lastFirst = block.length - 1;
        without = 0;
      } else if (++without > 1 || wordCount(nt) > SHORT_LINE) break;
    }
    for (let b = 0; b <= lastFirst; b++) {
      const n = block[b];
      const nt = tokensOf(n, stream);
      let last = nt.length - 1;
      while (last > 0 && !isWord(nt[last]) && isFinal(nt[last].text)) last--;
      // (Marked as a claim of its own by the caller with the other line passes' drafts.)
      drafts.push(mk('colon-line/unquoted-block', t[c].text, -1, n, nt[0].start, nt[last].end, speaker, 'np', NO_VIAS));
    }
    if (lastFirst >= 0) si += lastFirst + 1;
  }
}

function tokensOf(s: Sent, stream: TokenStream): Token[] {
  return stream.sentenceTokens(s.index);
}

function nextNonSpace(text: string, at: number): number {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k;
}

function wordCount(t: Token[]): number {
  let n = 0;
  for (const w of t) if (isWord(w)) n++;
  return n;
}
