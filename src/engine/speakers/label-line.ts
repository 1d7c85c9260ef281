/**
 * "Lawyer: ..." opening a line: where the line holding a one-word label before `end` starts. Read
 * back from `end` over the label only: looking for the line's start first (and testing the whole
 * line before `end`) made a long line of such claims quadratic.
 */
const SPACE = /\s/;

/**
 * The start of the line when text[lineStart, end) can be blanks, one run of non-blank characters
 * ending in ":", then blanks (what a label is, checked by the caller); else -1. The line starts
 * after the last "\n" before `end`.
 */
export function labelLineStart(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && text[i] !== '\n' && SPACE.test(text[i])) i--;
  if (i < 0 || text[i] !== ':') return -1;
  while (i >= 0 && text[i] !== '\n' && !SPACE.test(text[i])) i--;
  while (i >= 0 && text[i] !== '\n' && SPACE.test(text[i])) i--;
  return i < 0 || text[i] === '\n' ? i + 1 : -1;
}
