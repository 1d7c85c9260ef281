/**
 * Rule cue/in-poll (issue 16, recall): "In the latest Gallup poll, conducted last week, the
 * governor leads by five points." A sentence that opens with "In" and a poll's phrase, and has no
 * reporting verb of its own, gives the rest of the sentence as the poll's finding, as "According
 * to the poll, ..." does. The phrase must name a poll (data/poll-nouns.ts) before its comma.
 */
import { POLL_NOUNS, POLL_OPENERS } from '../data/poll-nouns';
import { firstContent, lastContentEnd } from './clause';
import { isOpenQuote, mk, type Draft, type Sent, type Via } from './draft';
import { isQuoted, isWord } from './tokens';

/** The longest poll phrase read after "In" (to its comma). */
const PHRASE_TOKENS = 24;

/** A claim of the poll a sentence opens with ("In this poll, ..."), or null. */
export function pollFinding(sent: Sent): Draft | null {
  const t = sent.tokens;
  if (t.length < 8 || t[0].lower !== 'in' || !POLL_OPENERS.has(t[1].lower)) return null;
  let head = -1;
  let c = 1;
  for (; c < t.length && c <= PHRASE_TOKENS; c++) {
    const w = t[c];
    if (w.text === ',') break;
    if (!isWord(w) && w.text !== '/' && w.text !== '-' && w.text !== '.') {
      if (isQuoted(w) || isOpenQuote(w.text)) return null;
      if (w.text !== "'s" && w.text !== '’s') return null;
    }
    if (head < 0 && POLL_NOUNS.has(w.lower)) head = c;
  }
  if (head < 0 || c >= t.length || t[c].text !== ',') return null;
  // "conducted in early September,": a postmodifier set off by its own commas belongs to the phrase.
  let after = c + 1;
  if (isParticiple(t[after]?.lower ?? '')) {
    let k = after;
    while (k < t.length && k - after <= 10 && t[k].text !== ',') k++;
    if (k >= t.length || t[k].text !== ',') return null;
    after = k + 1;
  }
  const last = lastContentEnd(t, t.length);
  const start = firstContent(t, after, last);
  if (last - start < 2) return null;
  const speaker = { start: t[1].start, end: t[head].end };
  const vias: Via[] = [{ start: t[0].start, end: t[head].end, how: 'in' }];
  return mk('cue/in-poll', 'in', t[0].start, sent, t[start].start, t[last].end, speaker, 'np', vias);
}

/** "conducted", "released", "taken": a past participle opening a postmodifier. */
function isParticiple(w: string): boolean {
  return w.length > 4 && (w.endsWith('ed') || w === 'taken' || w === 'done');
}
