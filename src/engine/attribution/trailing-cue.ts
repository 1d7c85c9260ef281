/**
 * A cue clause that closes a sentence after reported content: "X said S, he told reporters on
 * Sunday." The content after the first cue ends before it, so the same words are not reported
 * twice (once up to the sentence end, once by the trailing cue).
 */
import { SUBJECT_PRONOUNS } from '../data/speaker-words';
import { cueAt } from './cue';
import { isFinal } from './draft';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Rule content/trailing-cue-clause: the comma at e opens ", he told X on Sunday." to the sentence end. */
export function opensTrailingCueClause(
  t: Token[],
  e: number,
  onlyAdverbial: (t: Token[], from: number, to: number) => boolean,
): boolean {
  if (t[e].text !== ',') return false;
  let n = e + 1;
  if (n < t.length && isWord(t[n]) && !isQuoted(t[n]) && SUBJECT_PRONOUNS.has(t[n].lower)) n++;
  else return false;
  const cue = n < t.length ? cueAt(t, n) : null;
  if (!cue || cue.info.participle || cue.info.base) return false;
  let end = t.length;
  while (end > n && !isWord(t[end - 1]) && isFinal(t[end - 1].text)) end--;
  const from = n + cue.words;
  // Nothing after the cue but time, place, channel and addressee words ("told The Daily Planet on Sunday").
  for (let k = from; k < end; k++) if (isQuoted(t[k]) || t[k].text === ',') return false;
  return end - from <= 10 && (end === from || isCap(t[from]) || onlyAdverbial(t, from, end));
}

/**
 * Rule cue/trailing-cue-same-report: the cue at i closes a sentence whose claim before it ends at
 * the comma ("Holt said S, she told the Gazette."): the same report, not a new claim. Returns the
 * comma's index, or -1.
 */
export function trailingCueAfterClaim(
  t: Token[],
  i: number,
  prevEnd: number,
  onlyAdverbial: (t: Token[], from: number, to: number) => boolean,
): number {
  const comma = i - 2;
  if (comma < 1 || !SUBJECT_PRONOUNS.has(t[i - 1].lower) || prevEnd > t[comma].start) return -1;
  return opensTrailingCueClause(t, comma, onlyAdverbial) ? comma : -1;
}
