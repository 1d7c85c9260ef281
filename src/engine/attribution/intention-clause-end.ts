/**
 * Where the content of an intention cue ("wants to ...", "plans to ...", "vowed to ...") ends: at a
 * comma, a linker and the subject of a clause of its own ("Ms. Lee wants to widen the road, but the
 * council would have to pay"). What a speaker intends is a verb phrase; the clause after it is the
 * writer's. A linker without a subject continues the phrase ("plans lower rates, but on a wider
 * scale"), and so does a participle ("plans to send him, making use of ..."): PolNeAR's gold reads
 * that as part of the plan as often as not.
 */
import type { CueInfo } from '../data/cues';
import { CLAUSE_SUBJECT_STARTS, INTENTION_CLAUSE_LINKERS, INTENTION_LEMMAS } from '../data/intention-clause-ends';
import { isCap, isWord, type Token } from './tokens';

/** Is this cue one of intention? */
export function isIntentionCue(info: CueInfo): boolean {
  return info.cls === 'act' && INTENTION_LEMMAS.has(info.lemma);
}

/** Does the comma at t[e] open a new clause after an intention cue's content? */
export function endsIntentionContent(t: Token[], e: number): boolean {
  const linker = t[e + 1];
  const next = t[e + 2];
  if (!linker || !next || !isWord(linker) || isCap(linker) || !isWord(next)) return false;
  return INTENTION_CLAUSE_LINKERS.has(linker.lower) && (isCap(next) || CLAUSE_SUBJECT_STARTS.has(next.lower));
}
