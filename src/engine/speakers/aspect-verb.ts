/**
 * A verb of aspect before a participle cue ("Then she begins writing again:", "He went on saying
 * ...", "She kept insisting ...") belongs to the verb, not to the speaker (issue 16, speakers).
 * Origin: written for edge-brief from English grammar. Licence: MIT, part of this project.
 */
import type { Token } from '../attribution/tokens';

const ASPECT_VERBS: ReadonlySet<string> = new Set(
  'begin begins began begun start starts started continue continues continued keep keeps kept'.split(' '),
);
const GO: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'going']);

/** The index of the last word before the aspect verb(s) that end at `k` (k itself when there are none). */
export function beforeAspectVerb(t: Token[], k: number, floor: number, cue: Token | undefined): number {
  if (!cue || !cue.lower.endsWith('ing') || k < floor) return k;
  if (k - 1 >= floor && t[k].lower === 'on' && GO.has(t[k - 1].lower)) return k - 2;
  return ASPECT_VERBS.has(t[k].lower) ? k - 1 : k;
}
