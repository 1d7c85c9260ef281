/**
 * Rule quotation/who-cue-after (issue 16, PolNeAR dev misses: sources that are relative pronouns):
 * "“The bridge is a disgrace,” said Ann Boyd, who added that the county had ignored three
 * warnings." The quotation's cue clause names the speaker, and a relative clause on the speaker
 * reports more of what she said: its content is a claim of the same speaker. The cue pass leaves
 * the words of a quotation's cue clause alone (they are the quotation's), so this reads them: right
 * after the speaker phrase, a comma, "who" (after at most a short appositive: "Ann Boyd, a county
 * engineer who warned that ..."), auxiliaries or adverbs, then a cue of saying. Each quotation
 * draft's sentence is read from its speaker phrase on, at most MAX_GAP tokens.
 */
import { AUX } from '../data/speaker-words';
import { contentAfter } from './clause';
import { cueAt, endsWithNegation, isAdverb } from './cue';
import { mk, type Draft, type Sent } from './draft';
import { firstTokenAt, isQuoted, isWord, type Token } from './tokens';

/** The most tokens between the speaker phrase's comma and "who" (a short appositive). */
const MAX_GAP = 6;

export function whoAfterSpeaker(sents: Sent[], drafts: Draft[]): void {
  const n = drafts.length;
  for (let k = 0; k < n; k++) {
    const d = drafts[k];
    // (The number test first: it rules most drafts out without reading their rule's text.)
    if (d.cueStart < d.end || !d.speaker || !d.rule.startsWith('quotation/') || !d.rule.endsWith('after')) continue;
    const sent = sents[d.sentence];
    const t = sent?.tokens;
    if (!t || t.length === 0) continue;
    const w = whoDraft(t, d.speaker.end, sent, d);
    if (w) drafts.push(w);
  }
}

function whoDraft(t: Token[], speakerEnd: number, sent: Sent, d: Draft): Draft | null {
  // (A binary search: a run-on sentence may hold thousands of quotations, each with its speaker.)
  const p = firstTokenAt(t, speakerEnd);
  if (p >= t.length || t[p].text !== ',') return null;
  let who = p + 1;
  while (who < t.length && who - p <= MAX_GAP && isWord(t[who]) && !isQuoted(t[who]) && t[who].lower !== 'who') who++;
  if (who >= t.length || t[who].lower !== 'who') return null;
  let c = who + 1;
  while (c < t.length && isWord(t[c]) && (AUX.has(t[c].lower) || isAdverb(t[c]))) {
    // "who did not say that ...": a negated report is no claim.
    if (t[c].lower === 'not' || endsWithNegation(t[c].lower)) return null;
    c++;
  }
  if (c >= t.length || isQuoted(t[c])) return null;
  const cue = cueAt(t, c);
  if (!cue || cue.info.cls === 'quote' || cue.info.cls === 'act') return null;
  const content = contentAfter(t, c + cue.words, cue.info, false);
  if (!content) return null;
  return mk(
    'quotation/who-cue-after',
    cue.text,
    t[c].start,
    sent,
    content.start,
    content.end,
    d.speaker,
    'np',
    content.vias,
  );
}
