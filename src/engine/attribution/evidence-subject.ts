/**
 * The subject of a finding verb that is a piece of evidence ("A 2014 study by ... found", "leaked
 * documents from his 1995 tax return show"): the evidence speaks through its finding.
 */
import {
  CONTENT_SUBORDINATORS,
  EVIDENCE_CLAUSE_OPENERS,
  EVIDENCE_NOUNS,
  EVIDENCE_PHRASE_WORDS,
} from '../data/clause-words';
import { CUES } from '../data/cues';
import { NP_STOP } from '../data/speaker-words';
import { isVerbLike } from './cue';
import type { SpeakerSpan } from './draft';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/**
 * "A 2014 study by Loyola Law School professor Justin Levitt found ...", "leaked documents from his
 * 1995 tax return show ...", "The latest Reuters/Ipsos opinion poll released Friday shows that
 * ...": back from the cue to the sentence start or a comma, through prepositions, dates and a
 * participle, when an evidence noun stands within the first eight words of that stretch.
 */
export function evidenceSubject(t: Token[], i: number): (SpeakerSpan & { boundary: number }) | null {
  let k = i - 1;
  for (; k >= 0 && i - k <= 16; k--) {
    const w = t[k];
    if (isQuoted(w)) return null;
    if (!isWord(w)) {
      if (w.text === '-' || w.text === '/' || w.text === '$') continue;
      break;
    }
    if (EVIDENCE_NOUNS.has(w.lower) || EVIDENCE_PHRASE_WORDS.has(w.lower)) continue;
    if (EVIDENCE_CLAUSE_OPENERS.has(w.lower)) break;
    if (NP_STOP.has(w.lower)) return null;
    if (CUES.has(w.lower) && !isCap(w) && !isVerbLike(w.lower)) return null;
  }
  if (k >= 0 && t[k].text !== ',' && !EVIDENCE_CLAUSE_OPENERS.has(t[k].lower)) return null;
  // "After the video shows the crash, the anchor cuts ...": a fronted time or reason clause is an event, not a finding.
  if (k === 0 && CONTENT_SUBORDINATORS.has(t[k].lower)) return null;
  const from = k + 1;
  if (from >= i) return null;
  for (let n = from; n < i && n - from < 8; n++)
    if (t[n].lower !== 'it' && EVIDENCE_NOUNS.has(t[n].lower)) return { from, to: i, boundary: k };
  return null;
}

export function hasEvidenceNoun(t: Token[], s: SpeakerSpan): boolean {
  for (let k = s.from; k < s.to; k++) if (EVIDENCE_NOUNS.has(t[k].lower)) return true;
  return false;
}
