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
import { PREPOSITIONS } from '../data/prepositions';
import { FINITE_VERBS, MONTHS_AND_DAYS } from '../data/speaker-words';
import { endsWithPossessive } from './cue';
import { INTRODUCER_NOUNS, INTRODUCER_VERBS } from '../data/block-introducers';
import { speakerBefore } from './speaker-phrase';
import type { Trace } from '../trace';
import type { TokenStream } from './token-stream';
import { isCap, isQuoted, isWord, type Token } from './tokens';

const MAX_SENTENCES = 12;

export function blockParagraphs(sents: Sent[], stream: TokenStream, drafts: Draft[], trace?: Trace): void {
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
      if (speaker.rule) trace?.add('claim', nt[0].start, nt[last].end, speaker.rule);
    }
    si = k - 1;
  }
}

interface Introducer {
  cue: string;
  span: { start: number; end: number };
  /** The rule that read the introducing line, for the trace when it is not the plain one. */
  rule?: string;
}

/**
 * "The governor added:", "Limbaugh said Monday:", "In a letter, the mayor wrote:", "The council
 * said in a statement on Friday:": the sentence ends in a colon, a lower-case cue verb stands
 * before it with at most an adjunct between (introducerTail), and a speaker phrase before the verb
 * opens the sentence, or follows a fronted adverbial and its comma.
 */
function introducer(t: Token[]): Introducer | null {
  const n = t.length;
  if (n < 3 || t[n - 1].text !== ':') return null;
  const here = afterHereIs(t);
  if (here > 0 && t[here]?.lower !== 'what') return hereIsStatement(t, here);
  const floor = here > 0 ? here + 1 : 0;
  for (let c = n - 2; c >= n - 2 - MAX_TAIL && c > floor; c--) {
    const w = t[c];
    if (!isWord(w) || isCap(w) || !INTRODUCER_VERBS.has(w.lower)) continue;
    if (!introducerTail(t, c, n - 1)) return null;
    const np = speakerBefore(t, c, floor);
    const fronted = np !== null && np.boundary >= 0 && floor === 0 && afterOpeningAdverbial(t, np.boundary);
    if (!np || (np.boundary >= 0 && !fronted)) return null;
    const rule =
      floor > 0 ? 'colon-line/here-is-what' : fronted || n - 2 - c > 1 ? 'colon-line/introducer-adjunct' : undefined;
    return { cue: w.text, span: { start: t[np.from].start, end: t[np.to - 1].end }, rule };
  }
  return null;
}

/** "Here is ...", "Here's ...": the index of the word after "is", or 0. Rule colon-line/here-is-what: "Here is what the mayor said:". */
function afterHereIs(t: Token[]): number {
  const first = t[0].lower;
  if (first === "here's" || first === 'here\u2019s') return 1;
  if (first !== 'here') return 0;
  const second = t[1]?.lower;
  return second === 'is' || second === "'s" || second === '\u2019s' ? 2 : 0;
}

/**
 * Rule colon-line/here-is-statement: "Here is Hale's statement:", "Here's the mayor's argument, in
 * full:": the possessor of a statement noun (data/block-introducers.ts) speaks the block below.
 * A pronoun possessor ("Here is his letter:") is left alone: the block has no name to carry.
 */
function hereIsStatement(t: Token[], k: number): Introducer | null {
  let p = k;
  if (t[p]?.lower === 'the') p++;
  while (p < t.length && isWord(t[p]) && !endsWithPossessive(t[p].lower)) p++;
  const owner = t[p];
  const noun = t[p + 1];
  if (!owner || p - k > 4 || !noun || !INTRODUCER_NOUNS.has(noun.lower)) return null;
  // A name ("Hale's") or a described one ("the mayor's"); "its", "our" and the like name nobody.
  if (!isCap(t[p]) && t[k].lower !== 'the') return null;
  if (!introducerTail(t, p + 1, t.length - 1)) return null;
  return { cue: noun.text, span: { start: t[k].start, end: owner.end - 2 }, rule: 'colon-line/here-is-statement' };
}

/** Words an adjunct may hold between the introducing verb and its colon ("in a statement posted to Facebook on Friday"). */
const MAX_TAIL = 8;

/**
 * Rule colon-line/introducer-adjunct (with a fronted adverbial before the speaker, afterOpeningAdverbial): t(c..colon) is what may stand between an introducing verb at c
 * and the colon: nothing; one word ("added Monday:", "said simply:"); "told" and its hearer
 * ("told reporters:", "told the council on Monday:"); or a phrase of time, place or channel opened
 * by a preposition ("said in a statement:", "wrote on Facebook on Tuesday:", "wrote, in part:").
 * A verb, a quotation or a clause mark in it means the colon closes some other clause.
 */
function introducerTail(t: Token[], c: number, colon: number): boolean {
  let k = c + 1;
  if (t[k]?.text === ',' && k + 1 < colon && PREPOSITIONS.has(t[k + 1].lower)) k++;
  if (colon - k <= 1) return colon === k || isWord(t[k]);
  const told = t[c].lower === 'told' || t[c].lower === 'tells';
  if (!told && !PREPOSITIONS.has(t[k].lower) && !MONTHS_AND_DAYS.has(t[k].lower)) return false;
  return isAdjunctWords(t, k, colon);
}

/** Are t[from..to) words of an adjunct: no mark, no quotation, no verb or "that" that would open a clause? */
function isAdjunctWords(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = t[j];
    if (!isWord(w) || isQuoted(w) || FINITE_VERBS.has(w.lower) || INTRODUCER_VERBS.has(w.lower) || w.lower === 'that')
      return false;
  }
  return true;
}

/**
 * "In a letter to the board, the mayor wrote:": the speaker phrase's boundary is the comma after
 * a prepositional phrase opening the sentence.
 */
function afterOpeningAdverbial(t: Token[], boundary: number): boolean {
  if (boundary < 2 || boundary > MAX_TAIL || t[boundary].text !== ',') return false;
  return PREPOSITIONS.has(t[0].lower) && isAdjunctWords(t, 0, boundary);
}

function tokensOf(s: Sent, stream: TokenStream): Token[] {
  return stream.sentenceTokens(s.index);
}
