/**
 * Rule cue/participle-controlled-object: "Axelrod called on Howard Dean to apologize for suggesting
 * Trump uses cocaine", "The senator urged the mayor to apologize for claiming ...": the verb's
 * object is the subject of the infinitive, so the participle after "for" is the object's (Dean
 * suggested it), not the sentence subject's (issue 16, speakers).
 * Origin: written for edge-brief from English grammar (object control). Licence: MIT.
 */
import type { Range } from '../../schema/brief';
import { isCap, isWord, type Token } from './tokens';

/** Verbs whose object is the subject of a following "to" infinitive ("urged X to"). */
const OBJECT_CONTROL: ReadonlySet<string> = new Set(
  'urge urges urged urging ask asks asked asking press presses pressed pressing tell tells told telling demand demanded challenge challenges challenged invite invited implore implored beg begged push pushed'.split(
    ' ',
  ),
);
/** Verbs that take "on" before their object ("called on X to"). */
const CALL: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its']);
const NOUN_OPENERS: ReadonlySet<string> = new Set([
  ...OBJECT_DETERMINERS,
  'a',
  'an',
  'this',
  'that',
  'my',
  'our',
  'your',
]);

/** The object a control verb hands the infinitive before "for" at `p` (the participle's speaker), or null. */
export function controlledObject(t: Token[], p: number): Range | null {
  if (t[p]?.lower !== 'for') return null;
  for (let k = p - 2; k > 1 && k >= p - 12; k--) {
    // An infinitive ("to apologize"), not the preposition ("to the mayor").
    if (t[k].lower !== 'to' || !isWord(t[k + 1]) || isCap(t[k + 1]) || NOUN_OPENERS.has(t[k + 1].lower)) continue;
    // The object: a name ("Howard Dean") or a determiner and a noun ("the mayor").
    let s = k;
    while (s > 0 && s > k - 4 && isWord(t[s - 1]) && isCap(t[s - 1])) s--;
    if (s === k && k >= 2 && isWord(t[k - 1]) && OBJECT_DETERMINERS.has(t[k - 2].lower)) s = k - 2;
    if (s === k || s < 1) continue;
    const verb = t[s - 1].lower;
    const controls = OBJECT_CONTROL.has(verb) || (verb === 'on' && s >= 2 && CALL.has(t[s - 2].lower));
    return controls ? { start: t[s].start, end: t[k - 1].end } : null;
  }
  return null;
}
