/**
 * A finding verb that closes its sentence after the finding (issue 16, recall): "Repairs ran two
 * years late, a review by the city auditor shows." "The crowd had thinned by noon, the footage
 * showed." Before its content a finding verb needs "that" or an evidence subject right before it
 * (evidenceSubject in speaker-phrase.ts); after its content, at the very end of the sentence and
 * after a comma, "shows" has no other sense. Bounded reads: at most REACH tokens back to the comma.
 */
import { CLAUSE_CONTINUERS, EVIDENCE_LEMMAS, EVIDENCE_NOUNS } from '../data/clause-words';
import type { CueInfo } from '../data/cues';
import { AUX } from '../data/speaker-words';
import { isFinal, isOpenQuote, isCloseQuote, type SpeakerSpan } from './draft';
import { isQuoted, isWord, type Token } from './tokens';

/** The longest evidence phrase between the comma and the verb, in tokens. */
const REACH = 16;

/**
 * Rule cue/trailing-finding: the evidence phrase (tokens [from, to), the comma before it at
 * `boundary`) of a finding verb at i that ends its sentence, or null.
 */
export function trailingFinding(
  t: Token[],
  i: number,
  span: number,
  info: CueInfo,
): (SpeakerSpan & { boundary: number }) | null {
  if (!EVIDENCE_LEMMAS.has(info.lemma) || info.participle || info.base) return null;
  // Nothing after the verb but the sentence's closing marks.
  for (let n = i + span; n < t.length; n++) if (isWord(t[n]) || !isFinal(t[n].text)) return null;
  let k = i - 1;
  let evidence = false;
  for (; k >= 0 && i - k <= REACH; k--) {
    const w = t[k];
    if (w.text === ',') break;
    if (isQuoted(w) || isOpenQuote(w.text) || isCloseQuote(w.text) || isFinal(w.text) || w.text === ';') return null;
    if (isWord(w) && EVIDENCE_NOUNS.has(w.lower) && w.lower !== 'it') evidence = true;
  }
  // At least two words of content before the comma, and an evidence noun after it.
  if (k < 2 || t[k]?.text !== ',' || !evidence || k + 1 >= i) return null;
  // "..., as the footage showed", "..., which the report found": a clause of its own, no finder's name.
  const first = t[k + 1].lower;
  if (CLAUSE_CONTINUERS.has(first) || first === 'what' || first === 'that' || first === 'who') return null;
  // "..., an inquiry by the board has concluded.": the auxiliaries are no part of the finder.
  let to = i;
  while (to > k + 2 && isWord(t[to - 1]) && AUX.has(t[to - 1].lower)) to--;
  return { from: k + 1, to, boundary: k };
}
