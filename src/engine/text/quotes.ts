/**
 * Quotations: every quoted stretch of the text, with its marks, its content, its nesting depth and
 * whether it was closed, as exact UTF-16 ranges. One linear pass with a small stack.
 *
 * Approach:
 * - Curly marks say their direction (“ ‘ „ « open, ” ’ » close). A straight `"` is read from its
 *   neighbours: after white space or an opening bracket and before a non-space it opens; after a
 *   non-space and before white space, punctuation or the end it closes; otherwise it toggles.
 * - Single marks are mostly apostrophes. A single mark between letters (it's, rock'n'roll), a
 *   right mark after white space (’90s, ’em), the "’n’" of rock ’n’ roll, and a closing single with
 *   no single quotation open (Jones’) are apostrophes. An opening single only becomes a quotation
 *   if its closing mark turns up in the same paragraph; otherwise it was an apostrophe too.
 * - Single quotes nest inside double (depth 1). A second opening double while one is open means
 *   the first was never closed, unless two closing doubles follow on the same line: then the writer
 *   nested double marks (“... a “WTF video” the following ...”, seen in PTC) and it nests too.
 * - News style continues a quotation into the next paragraph by opening that paragraph with a
 *   quote mark and leaving the previous one unclosed: such a quotation is one Quote spanning both.
 * - An unclosed quotation ends at the end of its paragraph at most; in a paragraph of several lines
 *   (one sentence per line, as CMS exports do) at the end of the line it opened on. It never
 *   swallows the rest of the article.
 *
 * Known limits: a straight `"` between two letters or two spaces is guessed from state alone; a
 * possessive plural inside an open single quotation (‘the Joneses’ dog’) closes it early.
 */
import type { Range } from '../../schema/brief';
import { isSpaceCode } from './spaces';
import { isWordCode } from './words';
import { partitionPoint } from './partition';
import { lazyRegExp } from './lazy-regexp';

const RE_NUMBER_CHAR = lazyRegExp(String.raw`\p{N}`, 'u');
const RE_LETTER = lazyRegExp(String.raw`\p{L}`, 'u');

export interface Quote {
  /** Including the quote marks. */
  start: number;
  end: number;
  /** Inside the marks. */
  contentStart: number;
  contentEnd: number;
  /** False for an unclosed quote (which then ends at its paragraph or line end). */
  closed: boolean;
  /** 0 = outermost; a quotation inside another has depth 1, and so on. */
  depth: number;
  mark: 'double' | 'single';
}

interface Open {
  start: number;
  contentStart: number;
  mark: 'double' | 'single';
  /** End of the line the quotation opened on: the bound of an unclosed quotation in a multi-line paragraph. */
  lineEnd: number;
}

/** What the scan stops at: every quote mark, straight or curly, and line breaks. */
const MARK = /["'\n\u2018-\u201e\u00ab\u00bb]/g;
const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const SINGLE_CLOSE = '\u2019';
/** How far ahead a nested double quotation must show its two closing marks. */
const NEST_REACH = 600;
/** Deeper nesting than this is noise (or an attack), not quotation: further opening singles are ignored. */
const MAX_DEPTH = 6;

/** Words written with a leading apostrophe ('em, 'til): an opening single before them is no quotation. */
const ELIDED = new Set(['em', 'til', 'tis', 'twas', 'cause', 'n', 'bout', 'round', 'nother', 'kay']);

/**
 * Lists the quotation `o` as closed at `end` (or unclosed). This and `abandon` are module functions,
 * not closures made per brief: the bundler's keepNames names a closure on every call.
 */
function close(text: string, out: Quote[], o: Open, depth: number, end: number, contentEnd: number, closed: boolean) {
  // An opening single that never found its closing mark was an apostrophe, not a quotation;
  // marks with no word between them quote nothing.
  if ((o.mark === 'single' && !closed) || contentEnd <= o.contentStart || !hasWord(text, o.contentStart, contentEnd))
    return;
  out.push({
    start: o.start,
    end,
    contentStart: o.contentStart,
    contentEnd: Math.max(o.contentStart, contentEnd),
    closed,
    depth,
    mark: o.mark,
  });
}

/** Close every open quotation from the top down to index `keep` as unclosed, each at its bound. */
function abandon(text: string, out: Quote[], stack: Open[], keep: number, limit: number) {
  while (stack.length > keep) {
    const o = stack.pop()!;
    const end = trimEnd(text, o.contentStart, Math.min(o.lineEnd, limit));
    close(text, out, o, stack.length, end, end, false);
  }
}

/**
 * @example
 * const text = 'He said “it’s ‘fine’” and left.';
 * findQuotes(text, [{ start: 0, end: text.length }]); // a double quote at depth 0, a single at depth 1
 */
export function findQuotes(text: string, paragraphs: Range[]): Quote[] {
  const out: Quote[] = [];
  const stack: Open[] = [];

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const multiLine = text.indexOf('\n', para.start) !== -1 && text.indexOf('\n', para.start) < para.end;
    let i = para.start;
    // A paragraph that opens with a double mark while a quotation is still open continues it.
    if (stack.length > 0) {
      const ch = text[i];
      if (isDoubleOpener(text, i, ch) && stack[0].mark === 'double') {
        abandonSingles();
        i += ch === "'" ? 2 : 1;
      } else {
        abandon(text, out, stack, 0, para.start);
      }
    }
    let lineEnd = nextLineEnd(text, i, para.end);
    // Closing marks are listed only when a second opening double needs them (rare): not per paragraph.
    const scanFrom = i;
    let closers: number[] | null = null;
    for (i = i - 1; ++i < para.end;) {
      i = nextMark(text, i, para.end);
      if (i >= para.end) break;
      // (Read by code: a mark outside Latin-1 read as a string is a new string each time.)
      const code = text.charCodeAt(i);
      if (code === 10) {
        lineEnd = nextLineEnd(text, i + 1, para.end);
        continue;
      }
      // Two straight apostrophes typed as one double mark (''like this'', older news style) are one.
      const pair = code === 39 && text.charCodeAt(i + 1) === 39 && i + 1 < para.end;
      const double = pair ? PAIR : doubleKind(code);
      if (double !== 0) {
        const width = pair ? 2 : 1;
        const at = openDouble(stack);
        let role: 'open' | 'close';
        if (double === OPENS) role = 'open';
        else if (double === CLOSES) role = at < 0 && isReversedOpener(text, i, para.start) ? 'open' : 'close';
        else role = straightRole(text, i, para.start, para.end, width) ?? (at >= 0 ? 'close' : 'open');
        if (role === 'close') {
          i += width - 1;
          if (at < 0) continue; // a stray closing mark
          abandon(text, out, stack, at + 1, i);
          const o = stack.pop()!;
          close(text, out, o, stack.length, i + 1, i + 1 - width, true);
        } else {
          // A second opening double while one is open: either the first was never closed, or the
          // writer nested double marks (“... a “WTF video” the following ...”). Nested when two
          // closing marks still come on this line within NEST_REACH characters.
          if (
            at >= 0 &&
            !(
              stack.length < MAX_DEPTH &&
              closersBetween(
                (closers ??= closingDoubles(text, scanFrom, para.end)),
                i,
                Math.min(multiLine ? lineEnd : para.end, i + NEST_REACH),
              ) >= 2
            )
          )
            abandon(text, out, stack, at, i);
          stack.push({ start: i, contentStart: i + width, mark: 'double', lineEnd: multiLine ? lineEnd : para.end });
          i += width - 1;
        }
        continue;
      }
      if (code === 39 || code === 0x2018 || code === 0x201a || code === 0x2019) {
        const role = singleRole(text, i, para.start, para.end);
        if (role === 'open' && stack.length < MAX_DEPTH) {
          stack.push({ start: i, contentStart: i + 1, mark: 'single', lineEnd: multiLine ? lineEnd : para.end });
        } else if (role === 'close' && stack.length > 0 && stack[stack.length - 1].mark === 'single') {
          const o = stack.pop()!;
          close(text, out, o, stack.length, i + 1, i, true);
        }
        // Anything else is an apostrophe.
      }
    }
    // Paragraph end: singles never run on; doubles run on only if the next paragraph opens with a mark.
    abandonSingles();
    const next = paragraphs[p + 1];
    if (stack.length > 0 && !(next && isDoubleOpener(text, next.start, text[next.start]))) {
      abandon(text, out, stack, 0, para.end);
    } else if (stack.length > 0) {
      // Continues: the quotation's bound is now the next paragraph.
      for (const o of stack) o.lineEnd = Number.MAX_SAFE_INTEGER;
    }
  }
  abandon(text, out, stack, 0, text.length);
  // Sorted only when out of order (a nested quotation is listed when it closes, before the one
  // holding it): most texts nest none, and sorting tens of thousands in order still calls the
  // comparator for each. The sort is stable, so the order is the same either way.
  return inQuoteOrder(out) ? out : out.sort(byQuoteOrder);

  function abandonSingles() {
    // Drop open singles (they were apostrophes); keep the doubles below them.
    let k = stack.length;
    while (k > 0 && stack[k - 1].mark === 'single') k--;
    stack.length = k;
  }
}

/** How many characters are read one by one before the regex engine takes over the search for the next mark. */
const NEAR = 3;

/**
 * The next quote mark or line break at or after `i`, or `end`. Marks close together (a short
 * quotation's two marks, a run of marks) are found by reading the few characters between them;
 * further on, the regex engine scans far faster than a loop, but each call costs more than a few
 * reads.
 */
function nextMark(text: string, i: number, end: number): number {
  const near = Math.min(end, i + NEAR);
  for (; i < near; i++) if (isMarkCode(text.charCodeAt(i))) return i;
  if (i >= end) return end;
  MARK.lastIndex = i;
  return MARK.test(text) ? MARK.lastIndex - 1 : end;
}

/** A code MARK matches: a straight or curly quote mark, a guillemet or a line break. */
function isMarkCode(c: number): boolean {
  return c === 34 || c === 39 || c === 10 || (c >= 0x2018 && c <= 0x201e) || c === 0xab || c === 0xbb;
}

/** By start, the longer of two with one start first (outer before nested). */
function byQuoteOrder(a: Quote, b: Quote): number {
  return a.start - b.start || b.end - a.end;
}

function inQuoteOrder(quotes: readonly Quote[]): boolean {
  for (let k = 1; k < quotes.length; k++) if (byQuoteOrder(quotes[k - 1], quotes[k]) > 0) return false;
  return true;
}

const OPENS = 1;
const CLOSES = 2;
const STRAIGHT = 3;
/** Two straight apostrophes side by side: a straight double mark two characters wide. */
const PAIR = 4;

/** A double mark's kind by code: DOUBLE_OPEN’s marks open, ” and » close, the straight `"` is read from its neighbours; 0 for anything else. */
function doubleKind(code: number): number {
  if (code === 34) return STRAIGHT;
  if (code === 0x201c || code === 0x201e || code === 0xab) return OPENS;
  if (code === 0x201d || code === 0xbb) return CLOSES;
  return 0;
}

/**
 * A closing double mark typed where a quotation opens (”Fear. I am afraid ...” ― Name): no double
 * quotation is open, it starts its line or follows white space, and a word starts right after it.
 */
function isReversedOpener(text: string, i: number, floor: number): boolean {
  if (i + 1 >= text.length || !isWordCode(text.charCodeAt(i + 1))) return false;
  return i === floor || isSpaceCode(text.charCodeAt(i - 1));
}

/** Does the range hold a word character? Only short ranges are scanned; a long one surely does. */
function hasWord(text: string, from: number, to: number): boolean {
  if (to - from > 16) return true;
  for (let i = from; i < to; i++) if (isWordCode(text.charCodeAt(i))) return true;
  return false;
}

function openDouble(stack: Open[]): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].mark === 'double') return k;
  return -1;
}

function isDoubleOpener(text: string, i: number, ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (DOUBLE_OPEN.has(ch)) return true;
  if (ch === "'" && text[i + 1] === "'") return i + 2 < text.length && !isSpaceCode(text.charCodeAt(i + 2));
  return ch === '"' && i + 1 < text.length && !isSpaceCode(text.charCodeAt(i + 1));
}

/** A straight double mark's direction from its neighbours, or null when they do not tell. */
function straightRole(text: string, i: number, floor: number, ceil: number, width = 1): 'open' | 'close' | null {
  // (Read by code: the neighbours as strings were a string and a set look-up each, per mark.)
  const before = i > floor ? text.charCodeAt(i - 1) : 32;
  const after = i + width < ceil ? text.charCodeAt(i + width) : 32;
  const spaceBefore = isSpaceCode(before) || isOpeningContext(before);
  const spaceAfter = isSpaceCode(after) || isClosingContext(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return null;
}

/** Characters after which a quotation opens (besides white space): ( [ { — – - / ‘ “ : */
function isOpeningContext(c: number): boolean {
  switch (c) {
    case 40: // (
    case 91: // [
    case 123: // {
    case 0x2014:
    case 0x2013:
    case 45: // -
    case 47: // /
    case 0x2018:
    case 0x201c:
    case 58: // :
      return true;
    default:
      return false;
  }
}

/** Characters before which a quotation closes (besides white space): , . ; : ! ? ) ] } — – … ’ ” ' - */
function isClosingContext(c: number): boolean {
  switch (c) {
    case 44: // ,
    case 46: // .
    case 59: // ;
    case 58: // :
    case 33: // !
    case 63: // ?
    case 41: // )
    case 93: // ]
    case 125: // }
    case 0x2014:
    case 0x2013:
    case 0x2026:
    case 0x2019:
    case 0x201d:
    case 39: // '
    case 45: // -
      return true;
    default:
      return false;
  }
}

/** A single mark's role: an opening or closing quotation mark, or an apostrophe. */
function singleRole(text: string, i: number, floor: number, ceil: number): 'open' | 'close' | 'apostrophe' {
  // Between two word characters (it's, rock'n'roll), most single marks are, read by code.
  if (i > floor && i + 1 < ceil && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i + 1)))
    return 'apostrophe';
  // (Read by code, -1 past the bounds: a mark outside Latin-1 read as a string is a new string each time.)
  const ch = text.charCodeAt(i);
  const before = i > floor ? text.charCodeAt(i - 1) : -1;
  const after = i + 1 < ceil ? text.charCodeAt(i + 1) : -1;
  const letterBefore = before >= 0 && isWordCode(before);
  const letterAfter = after >= 0 && isWordCode(after);
  if (letterBefore && letterAfter) return 'apostrophe'; // it's, rock'n'roll
  if (letterAfter) {
    // Opening position. A right mark never opens (’90s, ’em); digits and elided words are elisions.
    if (ch === 0x2019) return 'apostrophe';
    if (RE_NUMBER_CHAR.test(text[i + 1])) return 'apostrophe';
    let k = i + 1;
    while (k < ceil && k - i < 8 && RE_LETTER.test(text[k])) k++;
    const word = text.slice(i + 1, k).toLowerCase();
    if (ELIDED.has(word) && (word !== 'n' || text[k] === "'" || text[k] === SINGLE_CLOSE)) return 'apostrophe';
    return 'open';
  }
  if (ch !== 0x2019 && ch !== 39) return letterBefore ? 'apostrophe' : 'open';
  // Closing position (after a word or punctuation): a closing mark or a possessive (Jones’).
  return before >= 0 && !isSpaceCode(before) ? 'close' : 'apostrophe';
}

/** Positions of the closing double marks of a paragraph (curly, or straight ones placed as closers), in order. */
function closingDoubles(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201d || c === 0xbb || (c === 34 && straightRole(text, i, from, to) === 'close')) out.push(i);
  }
  return out;
}

/** How many of the sorted positions lie in (from, to). */
function closersBetween(positions: number[], from: number, to: number): number {
  return upperBound(positions, to - 1) - upperBound(positions, from);
}

/** The first index whose position is above x. (A loop of its own: this runs per opening mark while a quotation is open.) */
function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nextLineEnd(text: string, from: number, ceil: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 || nl > ceil ? ceil : nl;
}

function trimEnd(text: string, floor: number, end: number): number {
  while (end > floor && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The innermost quotation holding position `i` (binary search over quotes sorted by start), or null. */
export function quoteAt(quotes: readonly Quote[], i: number): Quote | null {
  const lo = partitionPoint(quotes.length, (k) => quotes[k].start <= i);
  // Quotes do not cross: walking back from the last one that starts at or before i, the first
  // outermost quotation reached is the only one that can hold i, with its nested ones after it.
  let best: Quote | null = null;
  for (let k = lo - 1; k >= 0; k--) {
    const q = quotes[k];
    if (i < q.end && (!best || q.depth > best.depth)) best = q;
    if (q.depth === 0) break;
  }
  return best;
}
