/**
 * A verb of aspect before a participle cue ("Then she begins writing again:", "He went on saying
 * ...", "She kept insisting ...") belongs to the verb, not to the speaker (issue 16, speakers); so
 * does a passive verb of perception, as videos are described ("The man is heard saying ...", "she
 * can be seen shouting ...").
 * Origin: written for edge-brief from English grammar. Licence: MIT, part of this project.
 */
import type { Token } from '../attribution/tokens';

const ASPECT_VERBS: ReadonlySet<string> = new Set(
  'begin begins began begun start starts started continue continues continued keep keeps kept'.split(' '),
);
const PERCEIVED: ReadonlySet<string> = new Set(['heard', 'seen']);
const BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'must']);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but']);
const GO: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'going']);

/** The index of the last word before the aspect verb(s) that end at `k` (k itself when there are none). */
export function beforeAspectVerb(t: Token[], k: number, floor: number, cue: Token | undefined): number {
  if (!cue || !cue.lower.endsWith('ing') || k < floor) return k;
  if (k - 1 >= floor && t[k].lower === 'on' && GO.has(t[k - 1].lower)) return k - 2;
  if (k - 1 >= floor && PERCEIVED.has(t[k].lower) && BE.has(t[k - 1].lower)) {
    // "a woman who was crying and can be heard saying": the subject is a coordinated predicate's,
    // not a phrase before the verb (the claim keeps no speaker rather than lose its quotation).
    let j = k - 1;
    while (j > floor && (BE.has(t[j].lower) || MODALS.has(t[j].lower))) j--;
    return COORDINATORS.has(t[j].lower) ? k : k - 1;
  }
  return ASPECT_VERBS.has(t[k].lower) ? k - 1 : k;
}
