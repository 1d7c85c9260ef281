/**
 * Rule content/ends-at-with-absolute: "Polls show a tie, with Gallup showing Moss ahead",
 * "Moss refused to fire the aide, with her spokesman saying he would stay": a comma, "with", a
 * short noun phrase and a cue participle open a report of its own (its speaker the noun phrase),
 * so the content before it ends at the comma. Issue 16 (one span swallowing another speaker's
 * report), seen on PolNeAR dev and PTC train; made-up sentences in the test.
 */
import { CUES } from '../data/cues';
import { NAMING_VERBS } from '../data/naming-verbs';
import { isQuoted, isWord, type Token } from './tokens';

/** Words the noun phrase between "with" and the participle may take ("a majority of the Senate"). */
const MAX_PHRASE = 6;

/** Does the comma at `e` open ", with <noun phrase> <cue participle>"? */
export function opensWithAbsolute(t: readonly Token[], e: number): boolean {
  const open = t[e + 1];
  if (open === undefined || open.lower !== 'with' || isQuoted(open)) return false;
  for (let n = e + 3; n < t.length && n <= e + 2 + MAX_PHRASE; n++) {
    if (!isWord(t[n])) return false;
    if (!t[n].lower.endsWith('ing')) continue;
    // (Read off the cue table: "showing", "calling" are cues here without the "that" or label
    // they need elsewhere, since the phrase before them is their subject.)
    const w = t[n].lower;
    return CUES.get(w)?.participle === true || NAMING_VERBS.has(w) || w === 'showing';
  }
  return false;
}
