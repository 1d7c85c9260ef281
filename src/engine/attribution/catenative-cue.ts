/**
 * A cue verb in a to-infinitive after a catenative verb (issue 16, recall): "The mayor continues to
 * insist that ...", "He went on to say that ...", "She appeared to suggest that ...". The speaker
 * phrase stops at "to"; the catenative verb's subject is the speaker.
 */
import { CATENATIVE_ON, CATENATIVE_VERBS } from '../data/catenatives';
import type { SpeakerSpan } from './draft';
import { speakerBefore } from './speaker-phrase';
import { isQuoted, isWord, type Token } from './tokens';

/** The subject of the catenative verb before the cue at token i ("X went on to [say]"), or null. */
export function catenativeSubject(t: Token[], i: number): (SpeakerSpan & { boundary: number }) | null {
  if (i < 3 || t[i - 1].lower !== 'to') return null;
  let k = i - 2;
  if (t[k].lower === 'on' && CATENATIVE_ON.has(t[k - 1].lower)) k--;
  else if (!CATENATIVE_VERBS.has(t[k].lower)) return null;
  if (!isWord(t[k]) || isQuoted(t[k])) return null;
  return speakerBefore(t, k);
}

/**
 * "..., going on to say that ...", "..., continuing to insist that ...": the -ing form of a
 * catenative before the cue at token i, which then continues the claim before it as a cue
 * participle would ("..., adding that ..."). The catenative's first token, or -1.
 */
export function catenativeParticiple(t: Token[], i: number): number {
  if (i < 3 || t[i - 1].lower !== 'to') return -1;
  const k = t[i - 2].lower === 'on' && t[i - 3].lower === 'going' ? i - 3 : i - 2;
  const w = t[k].lower;
  return w.endsWith('ing') && (w === 'going' || CATENATIVE_VERBS.has(w)) ? k : -1;
}
