/**
 * A framing question the article answers at once from a source (issue 16, from PolNeAR dev's
 * news reports): "What is the mayor's view of the ferry? In an interview last spring the mayor
 * said that ...". A short wh-question that opens its paragraph, followed in the same paragraph
 * by a sentence that reports somebody's claim, is the reporter's signpost, not a rhetorical
 * question; the question-or-exclamation pass (caveats/scare-quotes.ts) only lets such a question
 * pass when a quotation or a pointer follows. Yes/no questions ("Isn't it time ...?") and long
 * questions still count: they argue.
 */
import type { Doc } from '../document';
import type { Draft } from './author-voice';
import type { Regions } from './regions';

const MAX_WORDS = 8;
const WH = /^(what|who|whom|whose|which|where|when|why|how)\b/i;

/** The index of the sentence that is exactly [start, end), or -1 (binary search over sorted sentences). */
function sentenceAt(doc: Doc, start: number, end: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return s.start === start && s.end === end ? mid : -1;
  }
  return -1;
}

function answeredFromSource(doc: Doc, claims: Regions, d: Draft): boolean {
  if (d.voice !== 'author' || d.kind !== 'opinion' || d.rules?.[0] !== 'scare-quotes/question-or-exclamation')
    return false;
  const si = sentenceAt(doc, d.start, d.end);
  if (si < 0) return false;
  const s = doc.sentences[si];
  const next = doc.sentences[si + 1];
  const question = doc.text.slice(s.start, s.end).trim();
  return (
    next !== undefined &&
    next.paragraph === s.paragraph &&
    doc.paragraphs[s.paragraph]?.start === s.start &&
    WH.test(question) &&
    question.endsWith('?') &&
    question.split(/\s+/).length <= MAX_WORDS &&
    claims.overlaps(next.start, next.end)
  );
}

/** Drops the drafts from `from` on that are framing questions answered from a source. */
export function quietSourcedAnswers(doc: Doc, claims: Regions, drafts: Draft[], from = 0): void {
  let w = from;
  for (let r = from; r < drafts.length; r++) {
    const d = drafts[r];
    if (!answeredFromSource(doc, claims, d)) drafts[w++] = d;
  }
  drafts.length = w;
}
