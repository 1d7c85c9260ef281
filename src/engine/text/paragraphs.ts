/**
 * Paragraphs: runs of non-blank lines separated by one or more blank lines, with exact offsets.
 * Leading and trailing white space is trimmed off each paragraph's range.
 *
 * Known limits: one-sentence-per-line exports are one paragraph per block; the sentence
 * splitter treats their line breaks as boundaries.
 */
import type { Range } from '../../schema/brief';
import { isLayoutSpace } from './spaces';

export function splitParagraphs(text: string): Range[] {
  const paragraphs: Range[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip white space between paragraphs.
    while (i < n && isLayoutSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let end = i;
    // Walk line by line until a blank line (a line of only white space) or the end.
    while (i < n) {
      let lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = n;
      if (isBlank(text, i, lineEnd)) break;
      end = lineEnd;
      i = lineEnd + 1;
    }
    while (end > start && isLayoutSpace(text.charCodeAt(end - 1))) end--;
    paragraphs.push({ start, end });
  }
  return paragraphs;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!isLayoutSpace(text.charCodeAt(j))) return false;
  return true;
}
