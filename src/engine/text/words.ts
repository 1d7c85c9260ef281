/**
 * Words: maximal runs of letters, digits and inner apostrophes, hyphens and periods
 * ("U.S.-supplied", "it's", "3.5"), with exact offsets. Linear scan, no backtracking.
 */
import type { Range } from '../../schema/brief';

const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019.\-][\p{L}\p{N}\p{M}]+)*/gu;

export function findWords(text: string, from = 0, to = text.length): Range[] {
  const out: Range[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) {
    out.push({ start: m.index, end: Math.min(m.index + m[0].length, to) });
  }
  return out;
}

export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
