/**
 * Rule cue/participle-controlled-object: "Axelrod called on Howard Dean to apologize for suggesting
 * Trump uses cocaine", "The senator urged the mayor to apologize for claiming ...": the verb's
 * object is the subject of the infinitive, so the participle after "for" is the object's (Dean
 * suggested it), not the sentence subject's (issue 16, speakers).
 *
 * Rule cue/participle-judged-object: "The senator criticized Mary Evans for saying ...", "held Dan
 * Ruiz in contempt of Congress for claiming ...": a verb of praise or blame (data/judging-verbs.ts)
 * judges its object for what the participle after "for" names, so the object spoke. Not an
 * indirect object ("apologized to Tom Hale for suggesting": the apology's subject suggested it) and
 * not a passive ("was thanked for noting": no object, the subject noted it).
 * Origin: written for edge-brief from English grammar (object control). Licence: MIT.
 */
import type { Range } from '../../schema/brief';
import { JUDGING_VERBS } from '../data/judging-verbs';
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

/** The participle's speaker when an object before the "for" at `p` is it, and the rule that says so. */
export function objectSpeaker(t: Token[], p: number): { rule: string; speaker: Range } | null {
  const controlled = controlledObject(t, p);
  if (controlled) return { rule: 'cue/participle-controlled-object', speaker: controlled };
  const judged = judgedObject(t, p);
  return judged ? { rule: 'cue/participle-judged-object', speaker: judged } : null;
}

/** The object a control verb hands the infinitive before "for" at `p` (the participle's speaker), or null. */
function controlledObject(t: Token[], p: number): Range | null {
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

/** Object pronouns a judged object can be ("praised her for noting ..."). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);

/**
 * The object a verb of praise or blame judges, before the "for" at `p` (the participle's speaker),
 * or null: the verb, then its object (a name, a pronoun, or a determiner and up to three words),
 * then at most six words without a comma up to "for" ("in contempt of Congress").
 */
function judgedObject(t: Token[], p: number): Range | null {
  if (t[p]?.lower !== 'for') return null;
  for (let v = p - 2; v >= 1 && v >= p - 10; v--) {
    if (!isWord(t[v]) || !JUDGING_VERBS.has(t[v].lower)) continue;
    const s = v + 1;
    let e = s;
    if (isCap(t[s])) while (e < p && e - s < 4 && isWord(t[e]) && isCap(t[e])) e++;
    else if (OBJECT_PRONOUNS.has(t[s].lower)) e = s + 1;
    else if (OBJECT_DETERMINERS.has(t[s].lower) || t[s].lower === 'a' || t[s].lower === 'an') {
      e = s + 1;
      while (e < p && e - s < 4 && isWord(t[e]) && !isCap(t[e]) && !PREPOSITIONS_AFTER_OBJECT.has(t[e].lower)) e++;
      if (e === s + 1) return null;
    }
    if (e === s) return null;
    for (let k = e; k < p; k++) if (!isWord(t[k])) return null;
    return p - e <= 6 ? { start: t[s].start, end: t[e - 1].end } : null;
  }
  return null;
}

/** Words that end a judged object made of a determiner and nouns ("the treasurer in ..."). */
const PREPOSITIONS_AFTER_OBJECT: ReadonlySet<string> = new Set([
  'for',
  'in',
  'on',
  'at',
  'of',
  'over',
  'after',
  'with',
]);
