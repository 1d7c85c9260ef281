/**
 * Descriptions of rules are not prescriptions (precision on objective sentences): "Under the new
 * policy, asylum seekers must be held in detention", "Claimants must stay in the camps while their
 * claims are decided". The author reports what a law, plan or procedure requires; the author's own
 * "must" ("These officials must resign") is advice. Two shapes mark a rule:
 * - an opening "Under the <rule noun>," (or "According to the <rule noun>,") frame before the modal,
 *   or a procedure's goal ("To qualify, ...", "To be eligible, ...", "In order to apply, ...");
 * - an obligation stated with "must" / "has to" on a noun subject (not "we", "you", "this"), bounded
 *   by the subject's own procedure: a "while", "until", "before", "once" or "pending" whose next word
 *   is the subject's ("while their claims ...", "before they enroll").
 * This filter drops the author-voice prescriptive drafts (author-voice/prescriptive) in either shape.
 *
 * Linear: one pass over the words of each sentence that holds such a draft; set lookups per word.
 */
import type { Doc } from '../document';
import { firstEndingAfter, firstStartingAt } from '../text/partition';
import type { Token } from '../text/word-tokens';
import {
  DEICTIC_SUBJECTS,
  OWN_PROCESS,
  PROCEDURE_BOUNDS,
  PROCEDURE_GOALS,
  RULE_MODALS,
  RULE_NOUNS,
} from '../data/rule-descriptions';
import type { Draft } from './author-voice';

const RULE_NOUN = new Set(RULE_NOUNS);
const RULE_MODAL = new Set(RULE_MODALS);
const BOUND = new Set(PROCEDURE_BOUNDS);
const OWN = new Set(OWN_PROCESS);
const DEICTIC = new Set(DEICTIC_SUBJECTS);
const GOAL = new Set(PROCEDURE_GOALS);
const PRESCRIPTIVE_RULE = 'author-voice/prescriptive';
/** Words an opening frame may span before its comma ("Under the administration's new asylum rules,"). */
const FRAME_REACH = 8;
/** Words into a draft its modal may stand ("Asylum claimants in the camps must"). */
const MODAL_REACH = 12;
/** Words after the modal its bounding clause may start. */
const BOUND_REACH = 30;

export function quietRuleDescriptions(doc: Doc, drafts: Draft[]): void {
  let drop: Set<number> | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice !== 'author' || d.kind !== 'opinion' || !d.rules?.includes(PRESCRIPTIVE_RULE)) continue;
    const ix = sentenceAt(doc, d.start);
    if (ix < 0) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (ruleFrameBefore(doc.text, toks, d.start) || boundedObligation(toks, d)) (drop ??= new Set()).add(i);
  }
  if (!drop) return;
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    if (drop.has(i)) doc.trace?.add('caveat', drafts[i].start, drafts[i].end, 'rule-descriptions/rule-description');
    else drafts[w++] = drafts[i];
  }
  drafts.length = w;
}

/** The index of the sentence holding `at`, or -1. */
function sentenceAt(doc: Doc, at: number): number {
  const i = firstEndingAfter(doc.sentences, at);
  return i < doc.sentences.length && doc.sentences[i].start <= at ? i : -1;
}

/** "Under the new policy, ..." / "According to the rules, ..." opening the sentence, its comma before `at`. */
function ruleFrameBefore(text: string, toks: Token[], at: number): boolean {
  if (toks.length < 3) return false;
  const first = toks[0].norm;
  // "To qualify, families have to ...", "To be eligible, ...", "In order to apply, ...": a procedure's requirement.
  const goal = first === 'to' ? 1 : first === 'in' && toks[1].norm === 'order' && toks[2].norm === 'to' ? 3 : -1;
  if (
    goal > 0 &&
    toks[goal] &&
    (GOAL.has(toks[goal].norm) || (toks[goal].norm === 'be' && toks[goal + 1]?.norm === 'eligible'))
  )
    return commaBefore(text, toks, goal, at);
  if (first !== 'under' && !(first === 'according' && toks[1].norm === 'to')) return false;
  for (let k = 1; k < toks.length && k <= FRAME_REACH && toks[k].end <= at; k++) {
    if (!RULE_NOUN.has(toks[k].norm)) continue;
    const next = toks[k + 1];
    if (next && next.start <= at && text.slice(toks[k].end, next.start).trimStart().startsWith(',')) return true;
  }
  return false;
}

/** A comma after one of the first few words from `from` on, before `at`: the end of an opening frame. */
function commaBefore(text: string, toks: Token[], from: number, at: number): boolean {
  for (let k = from; k < toks.length - 1 && k <= from + FRAME_REACH && toks[k + 1].start <= at; k++)
    if (
      text
        .slice(toks[k].end, toks[k + 1].start)
        .trimStart()
        .startsWith(',')
    )
      return true;
  return false;
}

/** "Claimants must stay in the camps while their claims are decided": a noun subject's bounded duty. */
function boundedObligation(toks: Token[], d: Draft): boolean {
  // The draft's first words (binary search for where it starts; a long sentence stays linear).
  const lo = firstStartingAt(toks, d.start);
  let m = -1;
  for (let k = lo; k < toks.length && k < lo + MODAL_REACH && toks[k].start < d.end; k++) {
    if (RULE_MODAL.has(toks[k].norm)) {
      m = k;
      break;
    }
  }
  if (m < 1 || DEICTIC.has(toks[m - 1].norm)) return false;
  const last = Math.min(toks.length - 1, m + BOUND_REACH);
  for (let k = m + 1; k < last; k++) if (BOUND.has(toks[k].norm) && OWN.has(toks[k + 1].norm)) return true;
  return false;
}
