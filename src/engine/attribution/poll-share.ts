/**
 * Rule cue/poll-share-stance (issue 16, recall: poll shares as subjects in the PolNeAR dev
 * misses): "Among likely voters, 44 percent would support Ruiz, while 5 percent prefer Hale and 1
 * percent support Ortiz." A share of those polled ("44 percent", "12% of independents") holds the
 * stance its stance verb says, as "52 percent said ..." already reports: each share is the speaker
 * of its own clause, and the content (what the share backs) ends where the next share's clause
 * begins (", while 5 percent ...", "and 1 percent ..."), as PolNeAR annotates each share apart.
 *
 * The share opens its clause: the sentence's start, a comma, "and", "while", "whereas", "but",
 * "that", past a word of degree ("Only", "Another", "just"); a share whose verb is followed by
 * "of", "for" or "among" is a noun's ("5 percent support of the black vote"). Bounded: at most OF_WORDS words
 * of "of ..." after the share and AUX_WORDS auxiliaries before the verb.
 */
import {
  PERCENT_WORDS,
  SHARE_DEGREES,
  SHARE_FRACTIONS,
  SHARE_LINKS,
  SHARE_NOUN_NEXT,
  SHARE_OPENERS,
} from '../data/poll-nouns';
import { AUX } from '../data/speaker-words';
import { isAdverb } from './cue';
import type { SpeakerSpan } from './draft';
import { isWord, type Token } from './tokens';

/** The longest "of likely voters in Ohio" after a share, in tokens. */
const OF_WORDS = 6;
/** The most auxiliaries and adverbs between the share and its verb ("would still"). */
const AUX_WORDS = 3;

/** Is t[k] a number and t[k + 1] "percent" or "%" (or t[k] a number with its own "%")? The index after the share, or -1. */
function shareEnd(t: Token[], k: number): number {
  const w = t[k];
  if (!w || !/^\d+(?:[.,]\d+)?%?$/.test(w.text)) return -1;
  if (w.text.endsWith('%')) return k + 1;
  const next = t[k + 1];
  return next && (next.lower === 'percent' || next.text === '%') ? k + 2 : -1;
}

/** The poll share that is the subject of the stance verb at t[i] ("5 percent prefer"), or null. */
export function pollShareSubject(t: Token[], i: number): (SpeakerSpan & { boundary: number }) | null {
  let k = i - 1;
  while (k >= 0 && i - k <= AUX_WORDS && isWord(t[k]) && (AUX.has(t[k].lower) || isAdverb(t[k]))) k--;
  // "5 percent of likely voters": back over the "of" phrase to the share.
  let to = k + 1;
  let s = -1;
  for (let n = k; n >= 0 && k - n <= OF_WORDS + 2; n--) {
    const end = shareEnd(t, n);
    if (end < 0) continue;
    if (end === to || (t[end]?.lower === 'of' && end < to)) s = n;
    break;
  }
  if (s < 0) return null;
  to = k + 1;
  if (SHARE_NOUN_NEXT.has(t[i + 1]?.lower ?? '')) return null;
  let from = s;
  if (from > 0 && SHARE_DEGREES.has(t[from - 1].lower)) from--;
  if (from > 0 && !SHARE_OPENERS.has(t[from - 1].lower)) return null;
  return { from, to, boundary: from - 1 };
}

/** Where the content t[from..) of a share's stance ends: before the next share's clause, else `end` (an offset). */
export function shareContentEnd(t: Token[], from: number, end: number): number {
  for (let k = from + 1; k + 1 < t.length && t[k].start < end; k++) {
    const w = t[k];
    const link = SHARE_LINKS.has(w.lower) ? k : w.text === ',' && SHARE_LINKS.has(t[k + 1].lower) ? k + 1 : -1;
    if (link < 0 || shareEnd(t, link + 1) < 0) continue;
    return t[k - 1].end;
  }
  return end;
}

/**
 * Rule source/poll-share: is the speaker phrase a share of a group ("Twelve percent", "74 percent
 * of likely voters", "Only 12% of independents", "A third of voters", "a majority of those
 * polled")? Read from its first word past words of degree: a number (in figures or words) before
 * "percent" or "%", or a fraction or "majority" before "of". A share is a part of those polled,
 * not a person.
 */
export function isSharePhrase(t: readonly Token[]): boolean {
  let k = 0;
  while (k < t.length - 1 && SHARE_DEGREES.has(t[k].lower)) k++;
  if (k < t.length - 1 && (t[k].lower === 'a' || t[k].lower === 'an' || t[k].lower === 'the')) k++;
  const w = t[k];
  if (!w) return false;
  if (/^\d+(?:[.,]\d+)?%$/.test(w.text)) return true;
  if (PERCENT_WORDS.has(t[k + 1]?.lower ?? '')) return /^\d/.test(w.text) || (isWord(w) && /^[a-z-]+$/.test(w.lower));
  // "two-thirds of", "a third of", "half of", "a majority of"
  const fraction = w.lower.includes('-') ? w.lower.slice(w.lower.lastIndexOf('-') + 1) : w.lower;
  return SHARE_FRACTIONS.has(fraction) && t[k + 1]?.lower === 'of';
}
