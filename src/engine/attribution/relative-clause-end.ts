/**
 * A report inside a relative clause set in an apposition ends where the apposition does (issue 16,
 * content spans): in "Dana Ruiz, the student who says she was there, told WXYZ that ...", the
 * student says only "she was there"; the comma and the finite cue after it ("told", "said") are the
 * main clause's verb, whose subject is the name before the apposition.
 */
import { AUX } from '../data/speaker-words';
import { cueAt } from './cue';
import { isCap, isWord, type Token } from './tokens';

/** Is the cue whose words end before `from` in a relative clause ("who says", "who has long argued")? */
export function cueInRelativeClause(t: Token[], from: number): boolean {
  for (let j = from - 2; j >= 0 && j >= from - 5; j--) {
    if (!isWord(t[j])) return false;
    if (t[j].lower === 'who') return true;
  }
  return false;
}

/** Does the comma at `e` open the main clause's finite cue (", told WXYZ", ", has said")? */
export function opensMainClauseCue(t: Token[], e: number): boolean {
  let n = e + 1;
  while (n < t.length && isWord(t[n]) && AUX.has(t[n].lower)) n++;
  const cue = n < t.length ? cueAt(t, n) : null;
  return cue !== null && !cue.info.participle && (cue.info.cls === 'say' || cue.info.cls === 'tell');
}

/**
 * Rule content/relative-ends-at-coordinated-name: in "Ann Moss, who said the plan was bad, and Bob
 * Hart are the two members who ...", the relative clause set off after a name closes at the comma
 * before "and"/"or" and a second capitalised name: the pair is the sentence's subject, and what
 * follows is no part of what was said. `from` is the cue's first word; `e` a comma in its content.
 */
export function closesAtCoordinatedName(t: Token[], from: number, e: number): boolean {
  const and = t[e + 1];
  if (!and || !isWord(and) || (and.lower !== 'and' && and.lower !== 'or')) return false;
  if (!isCap(t[e + 2] ?? and) || isCap(and)) return false;
  // The clause opens ", who" right after a capitalised name, a few words before the cue.
  for (let j = from - 1; j >= 2 && j >= from - 5; j--) {
    if (!isWord(t[j])) return false;
    if (t[j].lower === 'who') return t[j - 1].text === ',' && isCap(t[j - 2]);
  }
  return false;
}
