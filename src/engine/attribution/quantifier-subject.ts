/**
 * Rule cue/quantifier-subject: a quantifier standing alone as the subject of a cue verb ("Some say
 * the tax will hurt shops", "But many argue that ...", "Few believed it"). After a determiner a
 * cue word is a noun ("some claims", "many reports"), but a plural quantifier that opens its clause
 * and is followed by the verb's plain or past form is the subject itself: unnamed people, whom
 * PolNeAR annotates as the source. An -s or -ing form after it is still a noun ("Many claims were
 * false", "some warning signs"), and so is a cue word with an auxiliary after it ("Some fears were
 * raised").
 */
import type { CueInfo } from '../data/cues';
import { QUANTIFIER_CLAUSE_OPENERS, QUANTIFIER_SUBJECTS } from '../data/quantifier-subjects';
import { AUX } from '../data/speaker-words';
import { isWord, type Token } from './tokens';

/** Is t[i], a cue word of `info` after the quantifier t[i - 1], the verb of that quantifier as subject? */
export function isQuantifierSubjectCue(t: Token[], i: number, info: CueInfo): boolean {
  const q = t[i - 1];
  if (!q || !isWord(q) || !QUANTIFIER_SUBJECTS.has(q.lower)) return false;
  const w = t[i].lower;
  if (info.participle || (w !== info.lemma && (w.endsWith('s') || w.endsWith('ing')))) return false;
  const next = t[i + 1];
  if (next && isWord(next) && AUX.has(next.lower)) return false;
  // The quantifier opens its clause: the sentence start, a comma or a linking word before it.
  const before = i > 1 ? t[i - 2] : undefined;
  return !before || !isWord(before) ? before?.text !== "'" : QUANTIFIER_CLAUSE_OPENERS.has(before.lower);
}
