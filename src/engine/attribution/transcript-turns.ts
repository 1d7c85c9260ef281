/**
 * Rule name-colon/turn-continues: in a transcript ("Defense Attorney : Where did it happen?" /
 * "Ms. Ford : At a house in our town." / "I don't remember how I got there." / "Defense Attorney :
 * ..."), the lines between two labelled turns continue the turn before them: they are that
 * speaker's words, not the author's (issue 16, speakers and caveats). Only sentences that open a
 * line, sandwiched between two turns at most MAX_GAP sentences apart, in one paragraph or the next,
 * where the second is a speaker heard before.
 */
import type { Doc } from '../document';
import { NO_VIAS, isFinal, mk, type Draft, type Sent } from './draft';
import { hasNewline, opensLine } from './text-scan';
import { isCap, isWord, type Token } from './tokens';
import type { TokenStream } from './token-stream';

const MAX_GAP = 4;

/** Drafts for the lines between the name-colon turns drafts[from..] (in text order), pushed to drafts. */
export function transcriptTurns(doc: Doc, sents: Sent[], stream: TokenStream, drafts: Draft[], from: number): void {
  const turns = drafts.length - from;
  // The labels of the turns so far: a dialogue is two speakers taking turns, so the turn after a
  // gap must be a speaker heard before, not the one before the gap ("Federation ...:" then a list).
  const heard = new Set<string>();
  for (let k = from; k + 1 < from + turns; k++) {
    const a = drafts[k];
    const b = drafts[k + 1];
    heard.add(labelOf(doc.text, a));
    const gap = b.sentence - a.sentence - 1;
    if (gap < 1 || gap > MAX_GAP || b.paragraph - a.paragraph > 1) continue;
    const next = labelOf(doc.text, b);
    // Two labels in capitals ("HOLT:", "REYES:") are a transcript's from its first turn on.
    if (!(heard.has(next) || (isShouted(doc.text, a) && isShouted(doc.text, b))) || next === labelOf(doc.text, a))
      continue;
    for (let s = a.sentence + 1; s < b.sentence; s++) {
      const sent = sents[s];
      if (!sent || sent.index !== s || !opensLine(doc.text, sent.start, doc.paragraphs[sent.paragraph].start)) continue;
      // (A sentence with no cue word has no tokens of its own: the stream has them.)
      const t = stream.sentenceTokens(sent.index);
      // A label of its own ("CARTER: It is.", too short for a turn) ends the turn before.
      if (isLabel(t)) break;
      let last = t.length - 1;
      // One line ending as a sentence does: not a list of fields ("number of nuns: 122").
      if (last < 2 || !isFinal(t[last].text) || hasNewline(doc.text, t[0].start, t[last].end)) continue;
      while (last >= 0 && !isWord(t[last]) && isFinal(t[last].text)) last--;
      if (last < 1) continue;
      // The turn's label is the speaker (not the last claim's, which may be one quoted inside the turn).
      drafts.push(mk('name-colon/turn-continues', null, -1, sent, t[0].start, t[last].end, a.speaker, 'np', NO_VIAS));
    }
  }
}

/** Capitalised words (at most six) and a colon open the sentence: a speaker's label. */
function isLabel(t: Token[]): boolean {
  let k = 0;
  while (k < t.length && k < 6 && isWord(t[k]) && isCap(t[k])) k++;
  return k > 0 && t[k]?.text === ':';
}

/** A turn's label, lower-cased ("defense attorney"). */
function labelOf(text: string, d: Draft): string {
  return d.speaker ? text.slice(d.speaker.start, d.speaker.end).toLowerCase() : '';
}

/** A turn's label written in capitals ("HANNITY", "SEN. WARREN"). */
function isShouted(text: string, d: Draft): boolean {
  if (!d.speaker) return false;
  const label = text.slice(d.speaker.start, d.speaker.end);
  return /\p{Lu}{2}/u.test(label) && label === label.toUpperCase();
}
