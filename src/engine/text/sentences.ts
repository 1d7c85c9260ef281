/**
 * Sentences: boundaries inside each paragraph, with exact offsets.
 *
 * A rule-based splitter (in the spirit of Punkt's abbreviation handling, without its training):
 * a sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes and brackets) that is followed
 * by white space and then something that can open a sentence, unless the period belongs to a
 * known abbreviation, an initial or a number. A line break ends a sentence, because CMS exports
 * put one sentence, heading or bullet per line; only a hard-wrapped line (no closing punctuation,
 * the next line going on in lower case) runs on.
 *
 * Quotations: no boundary falls inside a closed quotation of up to MAX_QUOTE_SPAN characters, so
 * `“He's right. There's a disconnect,” Flynn said.` stays one sentence with its speaker. A
 * boundary whose closing quote mark comes with it (`... rubble.” He said`) splits as usual, and an
 * unclosed quotation protects nothing.
 *
 * Dotted abbreviations (U.S., U.N.) end a sentence only before a word that opens sentences
 * ("in the U.S. The president"); titles (Sen., Mr.) and initials (J.) never do.
 */
import type { Range } from '../../schema/brief';
import { isLayoutSpace } from './spaces';
import { ABBREVIATIONS } from '../data/abbreviations';
import type { Quote } from './quotes';
import { partitionPoint } from './partition';
import { lazyRegExp } from './lazy-regexp';

const RE_LETTER_OR_PERIOD = lazyRegExp(String.raw`[\p{L}.]`, 'u');
const RE_UPPER_LETTER = lazyRegExp(String.raw`\p{Lu}`, 'u');
const RE_LETTER = lazyRegExp(String.raw`\p{L}`, 'u');
const RE_NUMBER_CHAR = lazyRegExp(String.raw`\p{N}`, 'u');
const RE_LOWER_LETTER = lazyRegExp(String.raw`\p{Ll}`, 'u');

/** Longest closed quotation inside which no sentence boundary is placed. */
const MAX_QUOTE_SPAN = 800;

/** Words that open a sentence after a dotted abbreviation ("the U.S. The"). */
const STARTERS = new Set([
  'The',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'And',
  'In',
  'A',
  'An',
  'This',
  'That',
  'There',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'On',
  'At',
  'As',
  'After',
  'When',
  'If',
  'So',
  'Yet',
  'Still',
  'However',
  'Meanwhile',
]);

/** Where a sentence may end: line breaks and sentence punctuation. */
const STOP = /[\n.!?\u2026]/g;

/** Closing marks after sentence punctuation: " ' ” ’ ) ] », by char code (a set of one-character strings showed in profiles). */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}

/** `.`, `!`, `?` or `…`. */
function isStopPunct(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * @example
 * const text = 'Sen. Rand Paul (R-Ky.) spoke. He left.';
 * splitSentences(text, { start: 0, end: text.length }); // two sentences
 */
export function splitSentences<T extends Range = Range>(
  text: string,
  paragraph: Range,
  quotes: readonly Quote[] = [],
  index = 0,
  out: (Range & { paragraph?: number })[] = [],
): T[] {
  let start = skipSpace(text, paragraph.start, paragraph.end);
  let i = start;
  const end = paragraph.end;
  // The closed quotations of this paragraph, in order; `q` walks them as `i` moves on.
  let q = firstQuoteFrom(quotes, paragraph.start);
  while (i < end) {
    // Jump to the next line break or sentence punctuation (the regex engine scans far faster than a loop).
    STOP.lastIndex = i;
    if (!STOP.test(text) || STOP.lastIndex > end) break;
    i = STOP.lastIndex - 1;
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      if (runsOn(text, start, i, end)) {
        i++;
        continue;
      }
      push(out, text, start, i, index);
      start = skipSpace(text, i + 1, end);
      i = start;
      continue;
    }
    if (isStopPunct(ch)) {
      let j = i + 1;
      while (j < end && isStopPunct(text.charCodeAt(j))) j++;
      while (j < end && isCloser(text.charCodeAt(j))) j++;
      if (j >= end) break;
      while (q < quotes.length && quotes[q].end <= i) q++;
      if (
        isLayoutSpace(text.charCodeAt(j)) &&
        text.charCodeAt(j) !== 10 &&
        !insideQuote(quotes, q, i, j) &&
        !(ch === 46 && j === i + 1 && isAbbreviation(text, paragraph.start, i, j, end))
      ) {
        const next = skipSpace(text, j, end);
        if (next < end && opensSentence(text, next)) {
          push(out, text, start, j, index);
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
  push(out, text, start, end, index);
  return out as T[];
}

/** Each sentence is made once, with its paragraph index: the Doc keeps these very objects. */
function push(
  out: (Range & { paragraph?: number })[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
): void {
  while (end > start && isLayoutSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, paragraph });
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isLayoutSpace(text.charCodeAt(i))) i++;
  return i;
}

const OPENS_SENTENCE = lazyRegExp(String.raw`[\p{Lu}\p{Lo}\p{N}"'\u201c\u2018([\u2014\u2013*\u2022-]`, 'u');

function opensSentence(text: string, at: number): boolean {
  // Scripts without case (Arabic, Hebrew, CJK) open sentences with any letter.
  // (ASCII by code: capitals, digits and " ' ( [ * -; the rest by the pattern.)
  const c = text.charCodeAt(at);
  if (c < 128)
    return (
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 34 ||
      c === 39 ||
      c === 40 ||
      c === 91 ||
      c === 42 ||
      c === 45
    );
  return OPENS_SENTENCE.test(text[at]);
}

/** Is the period at `dot` the end of an abbreviation or an initial ("U.S.", "Sen.", "J.")? */
function isAbbreviation(text: string, floor: number, dot: number, after: number, end: number): boolean {
  let k = dot;
  while (k > floor && dot - k < 40 && isLetterOrPeriod(text, k - 1)) k--;
  const word = text.slice(k, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && RE_UPPER_LETTER.test(word)) return true; // an initial
  if (word.includes('.')) {
    // U.S, a.m: an abbreviation, unless a word that opens sentences follows ("the U.S. The").
    const next = skipSpace(text, after, end);
    let w = next;
    while (w < end && RE_LETTER.test(text[w])) w++;
    return !STARTERS.has(text.slice(next, w));
  }
  // "No. 5" is an abbreviation; "the answer was no. Then" is not.
  if (word === 'No' || word === 'Nos') return RE_NUMBER_CHAR.test(text[skipSpace(text, after, end)] ?? '');
  return ABBREVIATIONS.has(word);
}

/** `RE_LETTER_OR_PERIOD.test(text[at])`, ASCII by code. */
function isLetterOrPeriod(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return RE_LETTER_OR_PERIOD.test(text[at]);
}

function firstQuoteFrom(quotes: readonly Quote[], from: number): number {
  return partitionPoint(quotes.length, (i) => quotes[i].end <= from);
}

/**
 * Does a candidate boundary (punctuation at `i`, white space from `j`) fall inside a closed
 * quotation that goes on past it? Quotations are sorted by start; from index `q` on they end after `i`.
 */
function insideQuote(quotes: readonly Quote[], q: number, i: number, j: number): boolean {
  for (let k = q; k < quotes.length && quotes[k].start <= i; k++) {
    const quote = quotes[k];
    if (quote.depth === 0 && quote.closed && quote.end > j && quote.end - quote.start <= MAX_QUOTE_SPAN) return true;
  }
  return false;
}

/**
 * A hard-wrapped line runs on into the next: it ends without closing punctuation and the next
 * line starts in lower case. Headings, bullets and one-sentence-per-line exports do not.
 */
function runsOn(text: string, start: number, nl: number, end: number): boolean {
  let e = nl;
  while (e > start && isLayoutSpace(text.charCodeAt(e - 1))) e--;
  if (e === start) return false;
  const last = text.charCodeAt(e - 1);
  if (isStopPunct(last) || last === 58 || last === 59 || (isCloser(last) && last !== 0xbb)) return false;
  const next = skipSpace(text, nl + 1, end);
  if (next >= end) return false;
  const c = text.charCodeAt(next);
  return c < 128 ? c >= 97 && c <= 122 : RE_LOWER_LETTER.test(text[next]);
}
