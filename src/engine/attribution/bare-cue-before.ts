/**
 * Rule quotation/bare-cue-before: "She continued." / "Trump added." standing as a sentence of its
 * own right before a quotation that opens the next sentence: the quotation is that speaker's
 * (issue 16: in texts with a sentence per line the quotation after "She continued." was left
 * with no speaker). Only a subject of a pronoun or up to four capitalised words, one verb of
 * continuing speech and an optional adverb; only quotations no other draft claims.
 */
import type { Doc } from '../document';
import type { Quote } from '../text/quotes';
import { NO_VIAS, isOpenQuote, mk, type Draft, type Sent } from './draft';
import { isBlankBetween } from './text-scan';
import type { TokenStream } from './token-stream';
import { isCap, isWord, type Token } from './tokens';

const CONTINUING: ReadonlySet<string> = new Set([
  'said',
  'says',
  'added',
  'adds',
  'continued',
  'continues',
  'wrote',
  'writes',
  'explained',
  'explains',
  'replied',
  'replies',
]);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

export function bareCueBefore(
  doc: Doc,
  sents: Sent[],
  stream: TokenStream,
  outer: readonly Quote[],
  drafts: Draft[],
): void {
  if (outer.length === 0) return;
  // The starts of the drafts so far, gathered when a quotation first opens a sentence (often none does).
  let claimed: Set<number> | null = null;
  let qi = 0;
  for (let si = 1; si < sents.length && qi < outer.length; si++) {
    const s = sents[si];
    while (qi < outer.length && outer[qi].start < s.start) qi++;
    const q = outer[qi];
    if (!q || !isBlankBetween(doc.text, s.start, q.start)) continue;
    claimed ??= startsOf(drafts);
    if (claimed.has(q.start)) continue;
    const prev = sents[si - 1];
    if (prev.paragraph !== s.paragraph) continue;
    const t = stream.sentenceTokens(prev.index);
    const subject = bareCueSubject(t);
    if (!subject) continue;
    const speaker = { start: t[0].start, end: t[subject.cue - 1].end };
    const d = mk(
      'quotation/bare-cue-before',
      t[subject.cue].text,
      t[subject.cue].start,
      s,
      q.start,
      q.end,
      speaker,
      'np',
      NO_VIAS,
    );
    d.own = true; // a claim of its own, as the quotation pass's are
    drafts.push(d);
  }
}

function startsOf(drafts: readonly Draft[]): Set<number> {
  const starts = new Set<number>();
  for (let k = 0; k < drafts.length; k++) starts.add(drafts[k].start);
  return starts;
}

/** "She continued.", "Tom Hale added later.": the index of the cue, when the sentence is only that. */
function bareCueSubject(t: Token[]): { cue: number } | null {
  let k = 0;
  if (t[0] && isWord(t[0]) && PRONOUNS.has(t[0].lower)) k = 1;
  else while (k < t.length && k < 4 && isWord(t[k]) && isCap(t[k])) k++;
  if (k === 0 || !t[k] || !CONTINUING.has(t[k].lower)) return null;
  const cue = k;
  k++;
  if (t[k] && isWord(t[k]) && t[k].lower.endsWith('ly')) k++;
  if (k !== t.length - 1 || t[k].text !== '.') return null;
  return isOpenQuote(t[0].text) ? null : { cue };
}
