/**
 * A charged verb of criticism with a speaker as its subject reports a speech act (issue 16,
 * precision on objective sentences): "the senator slammed the proposal", "the union lashed out at
 * the company", "a new study blasts the agency's handling of the outbreak". Like "criticised",
 * the verb says that somebody criticised something; the judgement is theirs, not the author's
 * (caveats/reporting-idiom.ts already takes the verb before "for"/"as" so). The same verbs in their
 * physical sense, before a preposition of motion ("the car slammed into a tree", "crews blasted
 * through the rock"), are no criticism at all.
 *
 * Structure: the draft is the verb alone (or "lashed out", "ripped into"); its subject is the
 * word before it (past an adverb in -ly or "also"): a name, "he"/"she"/"they", a noun of a person
 * or body (data/speaker-heads.ts) or of a work (data/news-senses.ts). A subject that is a policy
 * or a thing ("the bill slams working families") is the author's metaphor and stays flagged.
 *
 * Linear: per loaded draft, a set lookup and a look at two words on each side.
 */
import type { Doc } from '../document';
import { CRITICISM_VERBS, MOTION_PREPOSITIONS, WORK_NOUNS } from '../data/news-senses';
import { PERSON_HEADS } from '../data/speaker-heads';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';

const CRITICISM = new Set(CRITICISM_VERBS);
const MOTION = new Set(MOTION_PREPOSITIONS);
const WORKS = new Set(WORK_NOUNS);
const PRONOUNS = new Set(['he', 'she', 'they']);
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
  return speakerWord(before[k]) ? 'criticism-acts/reported-criticism' : null;
}

/** A word that can end a speaker's noun phrase: a name, a pronoun of a person, a person or a work. */
function speakerWord(t: Token): boolean {
  if (/^[A-Z]/.test(t.text) && t.norm !== 'i' && t.norm !== 'we') return true;
  return PRONOUNS.has(t.norm) || PERSON_HEADS.has(t.norm) || WORKS.has(t.norm);
}
