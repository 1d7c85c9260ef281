/**
 * Rule content/trailing-participle-of-object: the noun-phrase content of a cue ends before a
 * participle clause set off by a comma ("Mayor Lee sponsored the harbor bill, requiring every
 * ferry to carry ...", "the council questioned the budget, frustrating the mayor"). The clause
 * after the comma says what the act did or how, in the writer's voice; PolNeAR's gold ends the
 * content before it (issue 16, over-long contents of the dev split). A participle that is itself a
 * cue ("..., saying ...") already ends the content (clause.ts); only a noun-phrase object ends here
 * (trailing-relative.ts `isObjectPhrase`), since a reported clause goes on with a participle as
 * often as not ("said taxes would rise, beginning in May").
 */
import type { CueInfo } from '../data/cues';
import { NOT_VERBS } from '../data/clause-words';
import { isVerbLike } from './cue';
import { CLAUSE_LEMMAS, isObjectPhrase, runsToSentenceEnd } from './trailing-relative';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** -ing words that go on with a list or a phrase, not a clause ("..., including the one ..."). */
const PHRASE_INGS: ReadonlySet<string> = new Set(['including', 'excluding', 'regarding', 'concerning', 'following']);

/** Does the comma at t[e] open a participle clause that ends the noun-phrase content t[k..e) of this cue? */
export function endsAtTrailingParticiple(t: Token[], e: number, k: number, info: CueInfo): boolean {
  const w = t[e];
  const next = t[e + 1];
  if (w.text !== ',' || isQuoted(w) || !next || !isWord(next) || isQuoted(next) || isCap(next)) return false;
  const l = next.lower;
  if (!l.endsWith('ing') || !isVerbLike(l) || NOT_VERBS.has(l) || PHRASE_INGS.has(l)) return false;
  if (CLAUSE_LEMMAS.has(info.lemma) || info.cls === 'tell') return false;
  // A participle phrase closed by a comma of its own may sit inside the content ("the idea, honoring ..., was").
  return isObjectPhrase(t, k, e) && runsToSentenceEnd(t, e + 2);
}
