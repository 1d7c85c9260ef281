/**
 * Participles set off by commas between a subject and its verb ("The Times, citing two officials,
 * said ...", "The protesters, warning of a crackdown, said ..."): what such an aside reports, if
 * anything, ends at its closing comma. Used by the cue pass's participle rule (cue-pass.ts).
 */
import type { Range } from '../../schema/brief';
import { AUX } from '../data/speaker-words';
import { MAY_CUE, isWord, type Token } from './tokens';

/**
 * Rule cue/citing-aside (a rejection): "The Times, citing two officials, said ...": a "citing"
 * phrase set off before the sentence's own cue (and its auxiliaries) names where the report came from; it says nothing
 * itself, and the cue after it has the subject before the commas.
 */
export function isCitingAside(t: Token[], from: number, lemma: string, content: Range): boolean {
  if (lemma !== 'cite') return false;
  for (let k = from + 1; k + 1 < t.length && t[k].start < content.end; k++) {
    if (t[k].text !== ',') continue;
    // (Its auxiliaries first: "Media reports, citing ..., have said".)
    let m = k + 1;
    while (m + 1 < t.length && isWord(t[m]) && AUX.has(t[m].lower)) m++;
    return isWord(t[m]) && (t[m].flags & MAY_CUE) !== 0;
  }
  return false;
}

/** The content cut at its first comma before a word (the subject's own verb follows), or the content as it is. */
export function setOffContent<C extends Range>(t: Token[], from: number, content: C): C {
  for (let k = from + 1; k + 1 < t.length && t[k].start < content.end; k++)
    if (t[k].text === ',' && isWord(t[k + 1]) && t[k - 1].end > content.start) return { ...content, end: t[k - 1].end };
  return content;
}
