/**
 * A cue clause that closes a sentence after reported content: "X said S, he told reporters on
 * Sunday.", "X warned S, aides said." The content after the first cue ends before it, so the same words are not reported
 * twice (once up to the sentence end, once by the trailing cue).
 */
import { NOUNISH } from '../data/clause-words';
import { DETERMINERS, NP_STOP, SUBJECT_PRONOUNS } from '../data/speaker-words';

/** The longest subject of a trailing cue clause after a noun phrase, in words. */
const SUBJECT_WORDS = 5;
/** ", who says he is honored": a relative clause, not a cue clause closing the sentence. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose']);
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
  const pronoun = n < t.length && isWord(t[n]) && !isQuoted(t[n]) && SUBJECT_PRONOUNS.has(t[n].lower);
  if (pronoun) n++;
  else n = shortSubjectEnd(t, n);
  const cue = n > e + 1 && n < t.length ? cueAt(t, n) : null;
  if (!cue || cue.info.participle || cue.info.base) return false;
  // After a noun phrase only a verb of saying or telling closes the sentence (", aides said.",
  // ", Sen. Moss told the Ledger."), not a stance.
  // ", both unbelievable claims.": a plural noun that looks like a cue is the author's own phrase.
  if (!pronoun && ((cue.info.cls !== 'say' && cue.info.cls !== 'tell') || NOUNISH.has(t[n].lower))) return false;
  let end = t.length;
  while (end > n && !isWord(t[end - 1]) && isFinal(t[end - 1].text)) end--;
  const from = n + cue.words;
  // Nothing after the cue but time, place, channel and addressee words ("told The Daily Planet on Sunday").
  for (let k = from; k < end; k++) if (isQuoted(t[k]) || t[k].text === ',') return false;
  return end - from <= 10 && (end === from || isCap(t[from]) || onlyAdverbial(t, from, end));
}

/**
 * ", aides said.", ", the port authority said.": the end of a subject of at most SUBJECT_WORDS
 * words from n (no phrase stop but a determiner, no cue), or n when there is none.
 */
function shortSubjectEnd(t: Token[], n: number): number {
  let m = n;
  while (m < t.length && m - n < SUBJECT_WORDS) {
    const w = t[m];
    // ", Sen. Ann Moss (R-Ohio) told X.": a bracket after the subject's words (party and state, an
    // acronym) is part of the subject.
    if (w.text === '(' && m > n) {
      const close = bracketClose(t, m);
      if (close < 0) break;
      m = close + 1;
      continue;
    }
    if (!isWord(w) || isQuoted(w) || RELATIVES.has(w.lower) || cueAt(t, m)) break;
    if (NP_STOP.has(w.lower) && !DETERMINERS.has(w.lower)) break;
    m++;
  }
  return m;
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

/** The longest bracket inside a trailing cue clause's subject, in tokens. */
const BRACKET_TOKENS = 8;

/** Index of the ")" closing the "(" at `open` within BRACKET_TOKENS, no quotation inside, or -1. */
function bracketClose(t: Token[], open: number): number {
  for (let k = open + 1; k < t.length && k - open <= BRACKET_TOKENS; k++) {
    if (t[k].text === ')') return k > open + 1 ? k : -1;
    if (t[k].text === '(' || isQuoted(t[k])) return -1;
  }
  return -1;
}
