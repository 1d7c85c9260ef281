/**
 * Rule cue/gap-label: "a measure that Republicans called unconstitutional", "a plan which critics
 * dismissed as reckless": a naming verb (or an "as" verb after its "as") whose object is the
 * relative clause's head, so the one word after it, closing the clause, is the whole label. Content
 * of one word is otherwise no report ("said Thursday", "argued back"), so the clause gave no claim,
 * while "a move that Senator Lee called a tax" (two words) did.
 * Origin: written for edge-brief from English grammar (the object-gap relative). Licence: MIT, part of this project.
 */
import { CALLED_PRONOUNS, CALLED_SERVICES } from '../data/call-senses';
import { EMPTY_CONTENT, PARTICLE_STARTS } from '../data/clause-words';
import { NOT_GAP_LABELS } from '../data/naming-verbs';
import { NP_STOP, TIME } from '../data/speaker-words';
import { isAdverb } from './cue';
import { isFinal } from './draft';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Marks that close the label's clause. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ')', '\u2014', '\u2013', '--']);

/**
 * With the label verb's complement starting at k, in a clause whose subject follows a relative word
 * ("that", "which", "what": the callers check): the one-word label's content span, or null.
 */
export function gapLabelContent(
  t: readonly Token[],
  k: number,
): { start: number; end: number; vias: readonly never[]; bound: string } | null {
  const w = t[k];
  if (!w || !isWord(w) || isQuoted(w) || isCap(w) || isAdverb(w)) return null;
  const l = w.lower;
  if (NP_STOP.has(l) || TIME.has(l) || PARTICLE_STARTS.has(l) || EMPTY_CONTENT.has(l) || NOT_GAP_LABELS.has(l))
    return null;
  // "that Lee called her, the daughter, a liar": an object ("her", "police"), so no gap ("that" opened a clause).
  if (CALLED_PRONOUNS.has(l) || CALLED_SERVICES.has(l)) return null;
  const next = t[k + 1];
  if (next && !isFinal(next.text) && !CLAUSE_ENDS.has(next.text)) return null;
  return { start: w.start, end: w.end, vias: [], bound: '' };
}
