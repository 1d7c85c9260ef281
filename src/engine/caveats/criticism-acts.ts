/**
 * A charged verb of criticism whose subject is a published work reports what the work says
 * (issue 16, precision on objective sentences): "a new audit blasts the agency's handling of the
 * outbreak", "the report slams the growth of private prisons". Like "criticises", the verb sums up
 * the work's findings; the judgement is the work's, not the author's (caveats/reporting-idiom.ts
 * takes the verb before "for"/"as" so). The same verbs in their physical sense, before a
 * preposition of motion ("the car slammed into a tree", "crews blasted through the rock"), are no
 * criticism at all.
 *
 * With a person or a body as subject ("The board slammed the union", "He also blasted the plan")
 * the reporter's choice of the charged verb over "criticised" stays flagged, as the tests of
 * author-voice-unseen and caveats-reporting-idiom ask; so does a subject that is a policy or a
 * thing ("the bill slams working families"), the author's metaphor.
 *
 * Structure: the draft is the verb alone (or "lashed out", "ripped into"); its subject is the
 * word before it (past an adverb in -ly or "also"): a noun of a work (data/news-senses.ts).
 *
 * Linear: per loaded draft, a set lookup and a look at two words on each side.
 */
import type { Doc } from '../document';
import { CRITICISM_VERBS, MOTION_PREPOSITIONS, WORK_NOUNS } from '../data/news-senses';
import type { Draft } from './author-voice';

const CRITICISM = new Set(CRITICISM_VERBS);
const MOTION = new Set(MOTION_PREPOSITIONS);
const WORKS = new Set(WORK_NOUNS);
/** How far back the verb's subject is looked for, in characters (two words and an adverb). */
const SUBJECT_REACH = 60;

export function quietCriticismActs(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.kind === 'loaded-language') {
      const rule = criticismSense(doc, d);
      if (rule) {
        doc.trace?.add('caveat', d.start, d.end, rule);
        continue;
      }
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function criticismSense(doc: Doc, d: Draft): string | null {
  const toks = doc.words.range(d.start, d.end);
  if (toks.length === 0 || toks.length > 2 || !CRITICISM.has(toks[0].norm)) return null;
  const { text } = doc;
  if (toks.length === 1) {
    const after = doc.words.range(d.end, Math.min(text.length, d.end + 20));
    if (after.length > 0 && MOTION.has(after[0].norm) && /^\s+$/.test(text.slice(d.end, after[0].start)))
      return 'criticism-acts/physical-sense';
  }
  const before = doc.words.range(Math.max(0, d.start - SUBJECT_REACH), d.start);
  let k = before.length - 1;
  while (k >= 0 && (before[k].norm === 'also' || /ly$/.test(before[k].norm))) k--;
  if (k < 0 || /[.!?;:,\u2014]/.test(text.slice(before[k].end, k + 1 < before.length ? before[k + 1].start : d.start)))
    return null;
  return WORKS.has(before[k].norm) ? 'criticism-acts/work-criticises' : null;
}
