/**
 * A restrictive relative clause inside a speaker phrase ("A teenager who supports President Trump
 * says"): the head before "who" speaks, and a name inside the clause is not the speaker.
 */
import type { Token } from '../attribution/tokens';
import { isWord } from '../attribution/tokens';
import { isSpaceCode } from '../text/spaces';

/**
 * The index of a "who" opening a restrictive relative clause after the phrase's head (only white
 * space between them: no comma or dash, which open an aside), or -1.
 */
export function relativeClauseAt(text: string, t: readonly Token[]): number {
  for (let k = 1; k < t.length - 1; k++)
    if (t[k].text === 'who' && isWord(t[k - 1]) && isBlank(text, t[k - 1].end, t[k].start)) return k;
  return -1;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
