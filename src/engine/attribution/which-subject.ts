/**
 * Rule cue/which-relative-subject (issue 16, recall: the relative-clause subjects of the PolNeAR
 * dev misses): "The fine was set by the Trade Board, which argued that the firm cheated", "a
 * study by the Alder Institute, which found that rents doubled". After a comma, "which" is the
 * subject of the cue right after it (past auxiliaries and adverbs) and stands for the phrase before
 * the comma: that phrase speaks. ("who" is read the same way by the speaker phrase and resolved by
 * speakers/who-antecedent.ts; "which" never stands for a person, so its phrase is taken as it is.)
 *
 * A "which" that takes up a whole clause ("Prices rose in May, which shows that ...") has no
 * speaker: the phrase before the comma must be a name (a capital word that is no time word, not
 * after "in", "at" or "since") or an evidence noun ("a report", "the survey"). A cue of the
 * `weak` class ("shows", "found") needs the evidence noun or "that"; a stance verb (`act`) needs
 * a name. The content is what contentAfter reads; relativeClauseEnd (subject-slot.ts) ends it
 * before the main clause's verb ("..., which contended that X, is a good example").
 */
import { CUES, type CueInfo } from '../data/cues';
import { PREPOSITIONS, SETTING_PREPOSITIONS } from '../data/prepositions';
import { AUX, DETERMINERS, NP_STOP, SUBJECT_PRONOUNS, TIME } from '../data/speaker-words';
import { isAdverb, isVerbLike } from './cue';
import type { SpeakerSpan } from './draft';
import { hasEvidenceNoun } from './evidence-subject';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** The longest antecedent, in tokens. */
const REACH = 10;

/**
 * Where the noun phrase ending at t[to - 1] starts inside the speaker phrase t[from..to): back over
 * names, nouns, determiners, "of" ("members of the Saudi government") and "and" between names,
 * never over a verb, an
 * adverb or another preposition ("theories lean heavily on Haig's profile" -> "Haig's profile").
 */
function nounPhraseStart(t: Token[], from: number, to: number): number {
  let k = to - 1;
  while (k > from) {
    const w = t[k - 1];
    if (!isWord(w) || isQuoted(w)) break;
    const l = w.lower;
    if (DETERMINERS.has(t[k].lower) && l !== 'of') break;
    if (SUBJECT_PRONOUNS.has(l)) break;
    // "the House Judiciary and Oversight committees": "and" between two capitals joins two names.
    if (l === 'and' && k - 2 >= from && isCap(t[k]) && isCap(t[k - 2])) {
      k--;
      continue;
    }
    if (!isCap(w) && l !== 'of' && !DETERMINERS.has(l) && !isNounWord(w)) break;
    k--;
  }
  // "reminds him of Article 5 of the Code": the phrase starts after the "of" that governs it.
  while (k < to - 1 && t[k].lower === 'of') k++;
  return k;
}

/** A lower-case word that can stand in a noun phrase: no preposition, auxiliary, adverb, verb form or cue. */
function isNounWord(w: Token): boolean {
  const l = w.lower;
  return !(PREPOSITIONS.has(l) || AUX.has(l) || NP_STOP.has(l) || CUES.has(l) || isAdverb(w) || isVerbLike(l));
}

/** The phrase a ", which" right before the cue at t[i] stands for, when it can speak; else null. */
export function whichSubject(
  t: Token[],
  i: number,
  info: CueInfo,
  after: number,
): (SpeakerSpan & { boundary: number }) | null {
  if (info.cls === 'quote' || info.participle) return null;
  let k = i - 1;
  while (k >= 2 && isWord(t[k]) && (AUX.has(t[k].lower) || isAdverb(t[k]))) k--;
  if (k < 2 || t[k].lower !== 'which' || t[k - 1].text !== ',') return null;
  const to = k - 1;
  if (!isWord(t[to - 1]) || isQuoted(t[to - 1])) return null;
  const from = nounPhraseStart(t, Math.max(0, to - REACH), to);
  const np = { from, to, boundary: from - 1 };
  const evidence = hasEvidenceNoun(t, np);
  let named = false;
  for (let j = np.from; j < np.to; j++) if (isCap(t[j]) && !TIME.has(t[j].lower)) named = true;
  if (np.boundary >= 0 && SETTING_PREPOSITIONS.has(t[np.boundary].lower)) named = false;
  if (!named && !evidence) return null;
  if (info.cls === 'act' && !named) return null;
  if (info.cls === 'weak' && !evidence && t[after]?.lower !== 'that') return null;
  return np;
}
