/**
 * "Neither the mayor nor the governor said the budget would pass": a subject coordinated by
 * "neither ... nor" negates the verb of saying as "did not say" does, so the claim keeps that
 * negation in the cue a reader sees ("neither … nor … said"), and never reads as the last
 * conjunct saying it (cue-sense.ts, negatedGroupStart, for "did not say").
 */
import { AUX } from '../data/speaker-words';
import { isAdverb } from './cue';
import { isFinal } from './draft';
import { isQuoted, isWord, type Token } from './tokens';

/** How far back from the cue "nor" and "neither" may stand ("Neither the county's chief engineer nor ..."). */
const NOR_WINDOW = 8;
const NEITHER_WINDOW = 8;

/**
 * Rule cue/neither-nor-subject: the index of the first word of the verb group before the cue at i
 * (its auxiliaries: "has said") when the subject before it is coordinated by "neither ... nor",
 * else -1. The stretch back is plain words (no comma, quotation or sentence end).
 */
export function neitherNorGroupStart(t: Token[], i: number): number {
  let group = i;
  while (group > 0 && isWord(t[group - 1]) && (AUX.has(t[group - 1].lower) || isAdverb(t[group - 1]))) group--;
  let nor = -1;
  for (let k = group - 1; k >= 0 && group - k <= NOR_WINDOW; k--) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w) || isFinal(w.text)) return -1;
    if (w.lower === 'nor') {
      nor = k;
      break;
    }
  }
  if (nor <= 0) return -1;
  for (let k = nor - 1; k >= 0 && nor - k <= NEITHER_WINDOW; k--) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w)) return -1;
    if (w.lower === 'neither') return group;
  }
  return -1;
}
