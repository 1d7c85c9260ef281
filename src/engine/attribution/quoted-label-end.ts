/**
 * Rule content/quoted-label-end: reported content that closes on a short quotation ends with it
 * when what follows is the writer's ("likened the plan to “burning money” - a charge that stung",
 * "called the cuts “partial,” meaning ...", "blasted the mayor as a “disgrace” Wednesday on a
 * radio show"). The quoted words are the speaker's; a dash, "meaning" or a participle after them
 * opens the writer's own words, and for a stance cue ("described", "called", "accused") a time
 * phrase after them says when, not what. PolNeAR's gold ends the content at the closing mark
 * (issue 16, over-long contents of the dev split). ", but ..." is left alone: the clause after it
 * is often another report of the same speaker ("..., but stopped short of calling ..."), which the
 * over-long content at least overlaps.
 */
import type { CueInfo } from '../data/cues';
import { QUOTED_LABEL_ADJUNCTS, QUOTED_LABEL_LINKERS } from '../data/quoted-label-ends';
import { MONTHS_AND_DAYS } from '../data/speaker-words';
import { isVerbLike } from './cue';
import { isCloseQuote, isOpenQuote } from './draft';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** The most words a quotation may hold and still be a label that closes the content. */
const LABEL_WORDS = 8;

/** Is t[q] the closing mark of a short quotation inside the content t[k..q] (opened after t[k])? */
function closesShortQuotation(t: Token[], q: number, k: number): boolean {
  if (!isCloseQuote(t[q].text) || isQuoted(t[q]) || q < 1 || !isQuoted(t[q - 1])) return false;
  let words = 0;
  for (let n = q - 1; n >= k; n--) {
    if (isOpenQuote(t[n].text) && !isQuoted(t[n])) return n > k || n === k;
    if (isWord(t[n]) && ++words > LABEL_WORDS) return false;
  }
  return false;
}

/** Does the close quotation mark at t[q] end the content that started at t[k] of a cue of `info`? */
export function endsAtQuotedLabel(t: Token[], q: number, k: number, info: CueInfo): boolean {
  if (q <= k || !closesShortQuotation(t, q, k)) return false;
  let n = q + 1;
  if (n < t.length && t[n].text === ',') n++;
  const w = t[n];
  // (A linker before another quotation goes on with the speaker's words: "“...” and “...”".)
  if (!w || isQuoted(w) || isOpenQuote(t[n + 1]?.text ?? '')) return false;
  // " - a charge that ...", ", meaning it ...".
  if (w.text === '-' || w.text === '\u2014' || w.text === '\u2013') return true;
  if (!isWord(w)) return false;
  const l = w.lower;
  if (QUOTED_LABEL_LINKERS.has(l)) return true;
  if (n > q + 1 && !isCap(w) && l.endsWith('ing') && isVerbLike(l)) return true;
  // Only a stance's object ends at a time phrase: a reported clause may go on with one.
  if (info.cls !== 'act' || n > q + 1) return false;
  return QUOTED_LABEL_ADJUNCTS.has(l) || MONTHS_AND_DAYS.has(l);
}
