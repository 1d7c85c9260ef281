/**
 * Rules cue/in-poll and cue/in-poll-after (issue 16, recall): "In the latest Gallup poll,
 * conducted last week, the governor leads by five points." and "The governor leads by five points
 * in a Gallup poll released Monday." A sentence with no reporting verb of its own that opens or
 * ends with "in" and a poll's phrase gives the rest of the sentence as the poll's finding, as
 * "According to the poll, ..." does. The phrase must name a poll (data/poll-nouns.ts); at the end,
 * a bare "in the polls" ("rising in the polls") is the writer's summary and names no poll.
 */
import { POLL_NOUNS, POLL_OPENERS } from '../data/poll-nouns';
import { firstContent, lastContentEnd } from './clause';
import { isFinal, isOpenQuote, mk, type Draft, type Sent, type Via } from './draft';
import { FINITE_VERBS } from '../data/speaker-words';
import { NUMBER_WORDS } from '../data/caveat-words';
import { isQuoted, isWord, type Token } from './tokens';

/** The longest poll phrase read after "In" (to its comma). */
const PHRASE_TOKENS = 24;

/** A claim of the poll a sentence opens with ("In this poll, ..."), or null. */
export function pollFinding(sent: Sent): Draft | null {
  const t = sent.tokens;
  if (t.length < 6) return null;
  if (t[0].lower !== 'in') return trailingPoll(t, sent);
  if (t.length < 8 || !POLL_OPENERS.has(t[1].lower)) return null;
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

/** Words between "in" and the poll noun at the end of a sentence ("in two online polls"). */
const TAIL_PHRASE_WORDS = 7;
/** Tokens after the poll noun at the end of a sentence ("released Monday", "of likely voters"). */
const TAIL_REST_TOKENS = 10;

/** "X leads by five points in a Gallup poll released Monday.": the clause before "in", as the poll's finding. */
function trailingPoll(t: Token[], sent: Sent): Draft | null {
  for (let k = 3; k < t.length - 2; k++) {
    if (t[k].lower !== 'in' || isQuoted(t[k])) continue;
    let head = -1;
    for (let n = k + 1; n < t.length && n - k <= TAIL_PHRASE_WORDS; n++) {
      if (!isWord(t[n]) && t[n].text !== '/' && t[n].text !== '-') break;
      if (POLL_NOUNS.has(t[n].lower)) {
        head = n;
        break;
      }
    }
    // A modifier besides a determiner names the poll ("in a new poll", "in online polls"; not "in the polls").
    if (head < 0 || head - k < (POLL_OPENERS.has(t[k + 1].lower) ? 3 : 2)) continue;
    // "fell from 58 percent in the last poll to 55 percent now": the poll dates one end of a change,
    // it does not report the sentence.
    // ("to emerge", "to be released" after the poll noun describe the poll: only a figure ends a change.)
    if (t[head + 1]?.lower === 'to' && isFigure(t[head + 2])) return null;
    if (!endsWithPostmodifier(t, head + 1)) return null;
    const last = lastContentEnd(t, k);
    const start = firstContent(t, 0, last);
    if (last - start < 2 || isQuoted(t[start])) return null;
    const speaker = { start: t[k + 1].start, end: t[head].end };
    const vias: Via[] = [{ start: t[k].start, end: t[head].end, how: 'in' }];
    return mk('cue/in-poll-after', 'in', t[k].start, sent, t[start].start, t[last].end, speaker, 'np', vias);
  }
  return null;
}

/** "55", "$4", "two": a token that is a figure. */
export function isFigure(w: Token | undefined): boolean {
  return w !== undefined && (/^[$\u00a3\u20ac]?\d/.test(w.text) || NUMBER_WORDS.has(w.lower));
}

/** Only a short postmodifier ("released Monday", "of 900 likely voters") from n to the sentence end: no clause, no quotation. */
function endsWithPostmodifier(t: Token[], n: number): boolean {
  let k = n;
  for (; k < t.length && !isFinal(t[k].text); k++) {
    const w = t[k];
    if (k - n >= TAIL_REST_TOKENS || isQuoted(w) || isOpenQuote(w.text) || w.text === ',' || w.text === ';')
      return false;
    if (isWord(w) && FINITE_VERBS.has(w.lower)) return false;
  }
  return k >= t.length - 1 || (k === t.length - 2 && !isWord(t[k + 1]));
}
