/**
 * Rule cue/uttered-quotation: a verb of utterance with a quotation right after it, no comma between
 * ("Protesters chanted “What curfew?” and marched on", "The man muttered “go away”"): the quotation
 * is what was chanted or muttered, a claim of the verb's subject, and its content is the quotation
 * alone (the words after it are the writer's). Without a quotation these verbs stay out of the cue
 * pass (cues.ts class `quote`): alone they say how something sounded.
 */
import type { CueInfo } from '../data/cues';
import { UTTERANCE_LEMMAS } from '../data/utterance-verbs';
import { isCloseQuote, isOpenQuote } from './draft';
import { isQuoted, type Token } from './tokens';

/** The index of the closing mark of a quotation opening right at t[n], or -1. */
function quotationCloseAt(t: Token[], n: number): number {
  if (n >= t.length || isQuoted(t[n]) || !isOpenQuote(t[n].text) || !isQuoted(t[n + 1] ?? t[n])) return -1;
  let k = n + 1;
  while (k < t.length && isQuoted(t[k])) k++;
  return k < t.length && isCloseQuote(t[k].text) ? k : -1;
}

/** Is the cue of `info` at t[i] (of `words` tokens) a verb of utterance right before a quotation? */
export function uttersQuotation(t: Token[], i: number, words: number, info: CueInfo): boolean {
  return UTTERANCE_LEMMAS.has(info.lemma) && quotationCloseAt(t, i + words) >= 0;
}

/** The content end of a claim of the utterance cue at t[i]: the quotation's end when it is uttered, else `end`. */
export function utteredQuotationEnd(t: Token[], i: number, words: number, info: CueInfo, end: number): number {
  if (!UTTERANCE_LEMMAS.has(info.lemma)) return end;
  const close = quotationCloseAt(t, i + words);
  return close >= 0 ? Math.min(end, t[close].end) : end;
}
