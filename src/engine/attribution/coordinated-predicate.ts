/**
 * Rule content/coordinated-predicate-of-object: the noun-phrase content of a cue ends before a
 * second predicate of the cue's own subject ("Mayor Lee praised the harbor plan but stopped short
 * of backing the tax", "has championed the ferry bill and attempted to win over the council",
 * "declined to comment and has since left the board"). The coordinated verb says what else the
 * speaker did, in the writer's voice; it is not what was praised or championed, and PolNeAR's
 * gold ends the content before it (issue 16, over-long contents of the dev split). A coordinated
 * cue of saying is content/coordinated-report's (coordinated-report.ts).
 *
 * The verb after "and", "but" or "yet" (adverbs such as "also", "then" read past) must be told
 * in the past: an auxiliary ("has", "had", "was", "did") or a past form ("stopped", "took") followed by what opens
 * its object ("the", "to", "him", "of"), so an adjective in -ed inside the noun phrase ("the old
 * and neglected piers") stays, and so does a relative clause's verb ("the bill, which ..., but
 * also led to ..."). Only a noun-phrase object ends here (trailing-relative.ts
 * `isObjectPhrase`): a reported clause goes on with its own verbs ("said prices rose and fell").
 */
import { OBJECT_OPENERS, PREDICATE_ADVERBS } from '../data/adjunct-words';
import type { CueInfo } from '../data/cues';
import { IRREGULAR_PAST } from '../data/speaker-words';
import { cueAt, isVerbLike } from './cue';
import { isFinal, isOpenQuote } from './draft';
import { CLAUSE_LEMMAS, isObjectPhrase } from './trailing-relative';
import { isQuoted, isWord, type Token } from './tokens';

const PREDICATE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);

/** Does the coordinator at t[e] open a second predicate of the subject after the noun-phrase content t[k..e)? */
export function opensCoordinatedPredicate(t: Token[], e: number, k: number, info: CueInfo): boolean {
  const w = t[e];
  if (!isWord(w) || isQuoted(w) || !PREDICATE_COORDINATORS.has(w.lower)) return false;
  if (CLAUSE_LEMMAS.has(info.lemma) || info.cls === 'tell') return false;
  let n = e + 1;
  while (n < t.length && isWord(t[n]) && PREDICATE_ADVERBS.has(t[n].lower)) n++;
  const v = t[n];
  if (!v || !isWord(v) || isQuoted(v)) return false;
  const l = v.lower;
  const past = IRREGULAR_PAST.has(l) || (l.endsWith('ed') && isVerbLike(l));
  if (!PAST_AUXILIARIES.has(l) && !(past && OBJECT_OPENERS.has(t[n + 1]?.lower ?? ''))) return false;
  const to = t[e - 1]?.text === ',' ? e - 1 : e;
  // "the bill, which put more police on the streets, but also led to ...": the relative clause's own verb.
  for (let m = k; m < to; m++) if (RELATIVES.has(t[m].lower)) return false;
  return isObjectPhrase(t, k, to) && !reportsAgain(t, n);
}

/**
 * Does the second predicate from t[n] report something of its own ("and attempted to make the
 * case that the bill is a bad idea", "and seemed to think the outreach was phony", "and was heard
 * shouting “...”")? Then it is still somebody's words, and it stays in the content rather than
 * fall to the writer's voice.
 */
function reportsAgain(t: Token[], n: number): boolean {
  for (let m = n; m < t.length && m - n < 40; m++) {
    const w = t[m];
    if (isFinal(w.text) && !isQuoted(w)) return false;
    if (isQuoted(w) || isOpenQuote(w.text) || w.lower === 'that') return true;
    if (isWord(w) && cueAt(t, m)?.info.cls === 'say') return true;
    if (isWord(w) && THINKING.has(w.lower)) return true;
  }
  return false;
}

/** Verbs of thinking whose clause follows without "that" ("seemed to think the plan was phony"). */
const THINKING: ReadonlySet<string> = new Set(['think', 'thought', 'believe', 'believed', 'feel', 'felt']);

/** Auxiliaries of a second predicate told in the past ("and has since left", "but was treated", "but did not"); a modal goes on a clause ("and would owe"). */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'was', 'did']);

const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that']);
