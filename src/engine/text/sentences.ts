/**
 * Sentences: boundaries inside each paragraph, with exact offsets.
 *
 * A rule-based splitter (in the spirit of Punkt's abbreviation handling, without its training):
 * a sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes and brackets) that is followed
 * by white space and then something that can open a sentence, unless the period belongs to a
 * known abbreviation, an initial or a number. A line break always ends a sentence, because CMS
 * exports put one sentence or heading per line.
 */
import type { Range } from '../../schema/brief';
import { isSpace } from './paragraphs';
import { ABBREVIATIONS } from '../data/abbreviations';

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);

export function splitSentences(text: string, paragraph: Range): Range[] {
  const out: Range[] = [];
  let start = skipSpace(text, paragraph.start, paragraph.end);
  let i = start;
  const end = paragraph.end;
  while (i < end) {
    const ch = text[i];
    if (ch === '\n') {
      push(out, text, start, i);
      start = skipSpace(text, i + 1, end);
      i = start;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') {
      let j = i + 1;
      while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '\u2026')) j++;
      while (j < end && CLOSERS.has(text[j])) j++;
      if (j >= end) break;
      if (isSpace(text.charCodeAt(j)) && text[j] !== '\n' && !(ch === '.' && j === i + 1 && isAbbreviation(text, paragraph.start, i))) {
        const next = skipSpace(text, j, end);
        if (next < end && opensSentence(text[next])) {
          push(out, text, start, j);
          start = next;
          i = next;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  push(out, text, start, end);
  return out;
}

function push(out: Range[], text: string, start: number, end: number): void {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function opensSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"'\u201c\u2018(\[\u2014\u2013*\u2022-]/u.test(ch);
}

/** Is the period at `dot` the end of an abbreviation or an initial ("U.S.", "Sen.", "J.")? */
function isAbbreviation(text: string, floor: number, dot: number): boolean {
  let k = dot;
  while (k > floor && /[\p{L}.]/u.test(text[k - 1])) k--;
  const word = text.slice(k, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial
  if (word.includes('.')) return true; // U.S, a.m
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.toLowerCase());
}
