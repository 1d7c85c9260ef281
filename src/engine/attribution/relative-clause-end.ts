/**
 * A report inside a relative clause set in an apposition ends where the apposition does (issue 16,
 * content spans): in "Dana Ruiz, the student who says she was there, told WXYZ that ...", the
 * student says only "she was there"; the comma and the finite cue after it ("told", "said") are the
 * main clause's verb, whose subject is the name before the apposition.
 */
import { AUX } from '../data/speaker-words';
import { cueAt } from './cue';
import { isWord, type Token } from './tokens';

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
