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
