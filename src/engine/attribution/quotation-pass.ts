/**
 * Pass 1, quotations: a depth-0 double quotation is a direct claim when a cue clause stands after
 * it (", X said", ", said X", "— Name"), before it ("X said, “...”", "X: “...”"), or closes the
 * paragraph before it ("He said:"), or when it continues the claim just before it. Pass 1b: a line
 * that opens with a name and a colon ("PENCE: Well, look, ..."). Each rule is a named function,
 * and each draft records the rule that made it (`Draft.rule`, read by the trace). Reading the cue
 * clause next to a quotation (the words after it, a clause before it) is quote-cue-clauses.ts.
 */
import type { Range } from '../../schema/brief';
import type { Doc } from '../document';
import type { Quote } from '../text/quotes';
import { firstWordStart, onlyAdverbial } from './clause';
import { collectVias } from './cue';
import { cueNextToQuote } from './quote-side-cue';
import { mannerTailAt } from './manner-participle';
import { leadingClause, tailAfter, trailingClause } from './quote-cue-clauses';
import { runOnEnd } from './quote-run-on';
import { medialHeadBeforeQuote } from './medial-cue';
import { NO_VIAS, type Clause, type Draft, type Offsets, type Sent } from './draft';
import { speakerBefore } from './speaker-phrase';
import {
  commaFollows,
  countWords,
  endsWithClauseMark,
  isBlankBetween,
  type LineCursor,
  makeLocator,
  opensClause,
} from './text-scan';
import type { TokenStream } from './token-stream';
import { isCap, type Token } from './tokens';

/** Pass 1: quotations with a cue clause next to them. Returns the offsets taken as a cue clause (null for none). */
export function quotationPass(
  doc: Doc,
  sents: Sent[],
  stream: TokenStream,
  usedCues: Offsets,
  drafts: Draft[],
): Uint8Array | null {
  const outer = stream.quotes;
  const sentAt = makeLocator(sents);
  const st: QuoteState = {
    inClause: null,
    prevClaimPara: -10,
    prevClaimEnd: -1,
    line: { scanned: 0, start: 0, next: -1 },
  };
  // One context for the whole pass, refilled per quotation (no rule keeps it): quotation-dense
  // text would otherwise make an object of fourteen fields per quotation.
  const x: QuoteContext = {
    doc,
    q: outer[0],
    sents,
    sentAt,
    stream,
    st,
    usedCues,
    drafts,
    si: -1,
    sent: sents[0],
    paraIdx: 0,
    para: doc.paragraphs[0],
    words: 0,
  };
  for (let qi = 0; qi < outer.length; qi++) {
    const q = outer[qi];
    if (st.inClause !== null && st.inClause[q.start]) continue;
    quotationDraft(x, q);
  }
  return st.inClause;
}

/** What pass 1 carries from one quotation to the next. */
interface QuoteState {
  /** Ranges already taken as a cue clause (their quotations are not claims). Made at the first cue clause after a quotation: until then nothing is in one, and many documents have none. */
  inClause: Uint8Array | null;
  /** The paragraph and end of the last claim pass 1 found. */
  prevClaimPara: number;
  prevClaimEnd: number;
  /** How far lines have been read (quotations come in reading order: see `lineStartBefore`). */
  line: LineCursor;
}

/** One quotation as pass 1 sees it: where it stands, and what the pass carries and fills. */
interface QuoteContext {
  doc: Doc;
  q: Quote;
  sents: Sent[];
  sentAt: (pos: number) => number;
  stream: TokenStream;
  st: QuoteState;
  usedCues: Offsets;
  drafts: Draft[];
  /** The sentence holding the quotation's start, its paragraph, and the quotation's words (counted up to 4). */
  si: number;
  sent: Sent;
  paraIdx: number;
  para: Range;
  words: number;
}

/**
 * Pass 1 for one quotation: the rules in order, the first that makes a draft wins. A cue clause
 * after it, before it, or closing the paragraph before it; else it continues the claim before it.
 */
function quotationDraft(x: QuoteContext, q: Quote): void {
  const { doc, sents } = x;
  const si = x.sentAt(q.start);
  if (si < 0) return;
  const sent = sents[si];
  const paraIdx = sent.paragraph;
  x.q = q;
  x.si = si;
  x.sent = sent;
  x.paraIdx = paraIdx;
  x.para = doc.paragraphs[paraIdx];
  // (Only compared with 1, 3 and 4 below: counted up to 4.)
  x.words = countWords(doc.text, q.contentStart, q.contentEnd, 4);
  if (cueClauseAfter(x) || cueClauseBefore(x) || cueClosingParagraphBefore(x)) return;
  continuesPreviousClaim(x);
}

/** A draft of pass 1 for the quotation (or, for a mixed claim, from `start`), noted as the last claim found. */
function pushQuotationDraft(
  x: QuoteContext,
  rule: string,
  start: number,
  clause: Omit<Clause, 'end' | 'rule'>,
  end = x.q.end,
): void {
  x.drafts.push({
    start,
    end,
    cue: clause.cue,
    cueStart: clause.cueStart,
    speaker: clause.speaker,
    mode: clause.speaker ? 'np' : 'continue',
    vias: clause.vias,
    paragraph: x.paraIdx,
    sentence: x.si,
    sentenceStart: 0,
    own: false,
    rule,
    bound: '',
  });
  x.st.prevClaimPara = x.paraIdx;
  x.st.prevClaimEnd = x.q.end;
}

/**
 * Rule quotation/cue-after (and quotation/mixed-cue-after): ", X said ...", ", said X ...", "— Name"
 * after the quotation. Not opening its clause, the quotation finishes a sentence begun before it
 * ("using the tax ''is a misguided approach,'' said Mr. Burman"): a mixed claim from the sentence
 * start, when the cue clause after it is only a cue clause (else it was a title: "On “Fox News
 * Sunday,” Pence said his ...").
 */
function cueClauseAfter(x: QuoteContext): boolean {
  const { doc, q, sent } = x;
  const { text } = doc;
  const endsClause = q.closed && endsWithClauseMark(text, q.contentStart, q.contentEnd);
  if (q.closed && !endsClause && !commaFollows(text, q.end)) return false; // no clause mark, no comma: no cue clause
  const after = tailAfter(text, q, x.sents, x.sentAt);
  if (!after) return false;
  let trail = endsClause || after.tokens[0]?.text === ',' ? trailingClause(after.tokens) : null;
  if (trail && after.hopped && !isBareCueClause(after.tokens, trail)) trail = null;
  // A quotation that is the object of the words before it ("On “Fox News Sunday,” Pence said") is a title, not speech.
  let from = q.start;
  if (trail && !opensClause(text, q.start, sent.start)) {
    if (!finishesSentenceBegunBefore(after.tokens, trail, x.words)) trail = null;
    else from = firstWordStart(sent.tokens, sent.start, q.start);
  }
  if (!trail || x.words < 1) return false;
  pushQuotationDraft(x, from === q.start ? `quotation/${trail.rule}` : `quotation/mixed-${trail.rule}`, from, trail);
  x.usedCues.add(trail.cueStart);
  if (x.st.inClause === null) x.st.inClause = new Uint8Array(text.length + 1);
  x.st.inClause.fill(1, q.end, Math.max(q.end, trail.end));
  return true;
}

/** A cue clause standing as its own sentence after the quotation ("Clinton said.", "Clinton said, smiling.") holds no new content. */
function isBareCueClause(tail: Token[], trail: Clause): boolean {
  const c = tail.findIndex((tk) => tk.start === trail.cueStart);
  return c >= 0 && onlyAdverbial(tail, c + 1, mannerTailAt(tail, c + 1, tail.length));
}

/**
 * The cue clause after a quotation that does not open its clause makes a mixed claim only when it is
 * inverted ("..., says Paul Rieckhoff, founder of ...") or only a cue clause, and the quotation has
 * at least three words.
 */
function finishesSentenceBegunBefore(tail: Token[], trail: Clause, words: number): boolean {
  const cueAt_ = tail.findIndex((tk) => tk.start === trail.cueStart);
  const inverted = cueAt_ === 0 || (cueAt_ === 1 && tail[0].text === ',');
  return cueAt_ >= 0 && (inverted || onlyAdverbial(tail, cueAt_ + 1, tail.length)) && words >= 3;
}

/** Rule quotation/cue-before (and quotation/name-colon-before): "X said, “...”", "X: “...”". */
function cueClauseBefore(x: QuoteContext): boolean {
  const lead = leadingClause(x.doc.text, x.q, x.sent, x.para, x.stream, x.st.line);
  if (!lead) return false;
  const head = lead.speaker && lead.cueStart >= 0 ? medialHeadOf(x, lead.speaker.start, lead.cueStart) : null;
  if (head) pushQuotationDraft(x, 'quotation/medial-cue-head', head.start, lead, head.end);
  pushQuotationDraft(x, `quotation/${lead.rule}`, x.q.start, lead);
  // 'X said “Q” to drive up the price': the sentence runs on past the quotation, and so does the report.
  const runOn = lead.cueStart >= 0 ? runOnEnd(x.sent.tokens, x.doc.text, x.q) : -1;
  if (runOn > 0) x.drafts[x.drafts.length - 1].end = x.st.prevClaimEnd = runOn;
  if (lead.cueStart >= 0) x.usedCues.add(lead.cueStart);
  return true;
}

/**
 * The unquoted words before a cue clause that leads into the quotation (medial-cue.ts), when they
 * open the sentence and the quotation goes on with it: its first letter is lower case ('This
 * plan, the ministry said, “represents an attack ...”'; a capital opens a statement of its own).
 */
function medialHeadOf(x: QuoteContext, speakerStart: number, cueStart: number): Range | null {
  // (Read from the sentence start: only a quotation near it, or a run-on sentence of quotations is quadratic.)
  if (
    speakerStart <= x.sent.start ||
    x.q.start > x.sent.end ||
    x.q.start - x.sent.start > MEDIAL_REACH ||
    !opensLowerCase(x.doc.text, x.q.contentStart)
  )
    return null;
  const { tokens, first, end } = x.stream.within(x.sent.start, x.q.start, x.si);
  const t = tokens.slice(first, end);
  return t.length > 3 && t[t.length - 1].text === ','
    ? medialHeadBeforeQuote(t, speakerStart, cueStart, onlyAdverbial)
    : null;
}

/** How far into its sentence a quotation can open after a medial cue clause, in characters. */
const MEDIAL_REACH = 400;

/** Is the first letter at or after `at` (past spaces and marks, within a few characters) lower case? */
function opensLowerCase(text: string, at: number): boolean {
  for (let i = at; i < at + 4 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return false;
  }
  return false;
}

/**
 * Rule quotation/cue-closing-paragraph-before: "He said:" closing the paragraph (or the line) before,
 * the quotation opening this one ("As the Herald reported on Friday:" and a quoted paragraph under it).
 */
function cueClosingParagraphBefore(x: QuoteContext): boolean {
  const { doc, q } = x;
  const { text } = doc;
  const colon = colonEndingLineBefore(text, q.start);
  if (colon < 0) return false;
  const bs = x.sents[x.sentAt(colon)];
  if (bs.tokens[bs.tokens.length - 1]?.start !== colon) return false;
  const tt = bs.tokens.slice(0, -1);
  for (let c = 0; c < tt.length; c++) {
    const cue = cueNextToQuote(tt, c);
    if (!cue || isCap(tt[c])) continue;
    const np = speakerBefore(tt, c);
    if (!np || tt.length - (c + cue.words) > 8) continue;
    pushQuotationDraft(x, 'quotation/cue-closing-paragraph-before', q.start, {
      cue: cue.text,
      cueStart: tt[c].start,
      speaker: { start: tt[np.from].start, end: tt[np.to - 1].end },
      vias: collectVias(tt, c + cue.words, tt.length),
    });
    x.usedCues.add(tt[c].start);
    return true;
  }
  return false;
}

/** The offset of the colon that ends the line before the one `at` opens, or -1 (`at` opens no line, or no colon). */
function colonEndingLineBefore(text: string, at: number): number {
  // Back over white space only: a line break must come before any other character.
  let k = at - 1;
  let lineBreak = false;
  for (; k >= 0 && isBlankBetween(text, k, k + 1); k--) if (text.charCodeAt(k) === 10) lineBreak = true;
  if (!lineBreak) return -1;
  return k >= 0 && text[k] === ':' ? k : -1;
}

/** Rule quotation/continues-claim: a quotation of four words or more that opens its paragraph or sentence, right after a claim. */
function continuesPreviousClaim(x: QuoteContext): void {
  const { doc, q, sent, para, paraIdx, st } = x;
  const { text } = doc;
  const opensSentence = isBlankBetween(text, sent.start, q.start) || isBlankBetween(text, para.start, q.start);
  const nextToClaim = (paraIdx === st.prevClaimPara || paraIdx === st.prevClaimPara + 1) && q.start >= st.prevClaimEnd;
  if (!opensSentence || x.words < 4 || !nextToClaim) return;
  pushQuotationDraft(x, 'quotation/continues-claim', q.start, {
    cue: null,
    cueStart: -1,
    speaker: null,
    vias: NO_VIAS,
  });
}
