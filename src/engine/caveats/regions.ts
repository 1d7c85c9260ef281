/**
 * Attributed regions: the parts of the text that are somebody else's words, so a loaded word
 * there is the speaker's (`voice: 'attributed'`) and never counts against the author.
 *
 * Two kinds of region: quotations (the content inside the marks, from `doc.quotes`) and the
 * content spans of claims (reported speech, which has no marks). Regions are merged into a sorted,
 * disjoint list once per brief, and each lookup is a binary search, so voice costs O(log n) per
 * caveat. The quality of the split is the quality of the quotation scanner and of the claims.
 */
import type { Claim, Range } from '../../schema/brief';
import type { Doc, Quote } from '../document';
import { lowerBound } from '../text/partition';
import { findQuotes } from '../text/quotes';
import { isSpaceCode } from '../text/spaces';

/** A quotation as the document gives it (src/engine/text/quotes.ts). */
export type QuoteLike = Quote;

export class Regions {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(ranges: Range[] | Spans) {
    if (ranges instanceof Spans) {
      [this.starts, this.ends] = ranges.done();
      return;
    }
    // Most callers hand the ranges over in order already: then no filtered copy and no sort.
    const sorted = inOrder(ranges)
      ? ranges
      : ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
    const spans = new Spans(sorted.length);
    for (let ix = 0; ix < sorted.length; ix++) spans.add(sorted[ix].start, sorted[ix].end);
    [this.starts, this.ends] = spans.done();
  }

  /** Does [start, end) overlap any region? */
  overlaps(start: number, end: number): boolean {
    // The last region starting before `end`.
    const found = lowerBound(this.starts, end) - 1;
    return found >= 0 && this.ends[found] > start;
  }

  get size(): number {
    return this.starts.length;
  }
}

/**
 * Regions being merged, fed in order (by start, then end): an empty span is skipped, one that
 * overlaps or touches the last region extends it. Filled by index into typed arrays of the
 * capacity and cut to length once: lists grown by push copy their store as they grow, and a
 * `new Array(capacity)` of tens of thousands (a claim-dense document makes several region lists
 * that long) is filled with holes element by element, which showed as 2-3% of a 400 KB brief.
 */
export class Spans {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private n = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  add(start: number, end: number): void {
    if (end <= start) return;
    const n = this.n;
    if (n > 0 && start <= this.ends[n - 1]) this.ends[n - 1] = Math.max(this.ends[n - 1], end);
    else {
      this.starts[n] = start;
      this.ends[n] = end;
      this.n = n + 1;
    }
  }

  done(): [Int32Array, Int32Array] {
    return [this.starts.subarray(0, this.n), this.ends.subarray(0, this.n)];
  }
}

/** The quotations' contents as regions (no range object per quotation when they come in order, as the document's do). */
export function quotationRegions(quotes: readonly QuoteLike[]): Regions {
  if (!contentsInOrder(quotes)) return new Regions(quotes.map((q) => ({ start: q.contentStart, end: q.contentEnd })));
  const spans = new Spans(quotes.length);
  for (let k = 0; k < quotes.length; k++) spans.add(quotes[k].contentStart, quotes[k].contentEnd);
  return new Regions(spans);
}

/** Are the quotations' contents sorted as `inOrder` asks of ranges? */
function contentsInOrder(quotes: readonly QuoteLike[]): boolean {
  for (let i = 1; i < quotes.length; i++) {
    const a = quotes[i - 1];
    const b = quotes[i];
    if (a.contentStart > b.contentStart || (a.contentStart === b.contentStart && a.contentEnd > b.contentEnd))
      return false;
  }
  return true;
}

/** Are the ranges sorted by start, then end (as the constructor's sort would leave them)? */
function inOrder(ranges: readonly Range[]): boolean {
  for (let i = 1; i < ranges.length; i++) {
    const a = ranges[i - 1];
    const b = ranges[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/**
 * The document's quotations (scanned once in analyse()), or, for a text pasted from a CSV cell
 * (wrapped in straight double marks, each mark inside doubled: `"He called it ""fair"" today."`),
 * the quotations of the cell's content: the wrapper quotes nobody, and `""fair""` is one quotation.
 */
export function quotesOf(doc: Doc): QuoteLike[] {
  const { text } = doc;
  if (!csvEscaped(text)) return doc.quotes;
  let found = unescaped.get(doc);
  if (found) return found;
  // Unescaped into a copy of the same length (the wrapper's marks and one mark of each pair become
  // spaces), so the quotations found there have the text's own offsets.
  found = findQuotes(csvUnescaped(text), doc.paragraphs);
  unescaped.set(doc, found);
  return found;
}

/**
 * A CSV cell's content at the cell's own offsets: the wrapper's marks and one mark of each doubled
 * pair become spaces, the mark kept on the side of its word (` "fair` opens, `fair" ` closes).
 */
export function csvUnescaped(text: string): string {
  let a = 0;
  while (a < text.length && isSpace(text.charCodeAt(a))) a++;
  let b = text.length;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  const inner = text.slice(a + 1, b - 1).replace(/""/g, (_m, at: number, all: string) => {
    const prev = at > 0 ? all.charCodeAt(at - 1) : 32;
    return isSpace(prev) || prev === 40 || prev === 91 ? ' "' : '" ';
  });
  return `${text.slice(0, a)} ${inner} ${text.slice(b)}`;
}

/** The quotations of a CSV-escaped document, found once. */
const unescaped = new WeakMap<Doc, QuoteLike[]>();

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Wrapped in straight double marks with a doubled mark inside: a CSV cell, not a quotation. */
export function csvEscaped(text: string): boolean {
  // `text.trim()` read by char code, without the trimmed copy (this is asked of every document).
  let a = 0;
  while (a < text.length && isSpaceCode(text.charCodeAt(a))) a++;
  let b = text.length;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (b - a <= 4 || text.charCodeAt(a) !== 34 || text.charCodeAt(b - 1) !== 34) return false;
  const doubled = text.indexOf('""', a + 1);
  return doubled >= 0 && doubled + 2 <= b - 1;
}

/**
 * The tail of a quotation whose opening mark is not in the text (a sentence cut from an article,
 * an excerpt): a line whose first curly double mark is a closing one (“... have?”” with no “) was
 * quoted up to that mark. One pass over the paragraphs' characters.
 */
export function orphanTails(text: string, paragraphs: readonly Range[]): Range[] {
  const out: Range[] = [];
  // Only a paragraph with a closing curly mark can hold a tail: the next one is found by a native
  // search (again only when the paragraphs go back), not by reading every character.
  let close = -1;
  let searchedFrom = Infinity;
  for (const p of paragraphs) {
    if (close < p.start || p.start < searchedFrom) {
      close = text.indexOf('\u201d', p.start);
      searchedFrom = p.start;
      if (close < 0) close = text.length;
    }
    if (close >= p.end) continue;
    let line = p.start;
    let seen = false; // a curly double mark already met on this line
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      // Below the curly marks only a line break matters (one test for most characters).
      if (c < 0x201c) {
        if (c === 10) {
          line = i + 1;
          seen = false;
        }
        continue;
      }
      if (c === 0x201d && !seen && i > line) out.push({ start: line, end: i });
      if (c === 0x201c || c === 0x201d) seen = true;
    }
  }
  return out;
}

/**
 * The same tail closed by a straight double mark (`... law and order."`, `... is insane," she said`),
 * as a sentence cut from a quotation typed with straight marks reads (rule
 * regions/straight-quotation-tail): the line's first double mark has a word or a sentence's
 * punctuation before it and a space, punctuation or the line's end after it, so it can only close,
 * and the line holds an odd number of straight marks, so no opening mark of its own is left to pair
 * it. A digit before it is an inch mark (`a 6" pipe`). Pass a CSV cell's unescaped copy
 * (`csvUnescaped`), whose offsets are the cell's. Linear in the text.
 */
export function straightOrphanTails(text: string, paragraphs: readonly Range[]): Range[] {
  const out: Range[] = [];
  if (text.indexOf('"') < 0) return out;
  for (const p of paragraphs) {
    let line = p.start;
    while (line < p.end) {
      let stop = text.indexOf('\n', line);
      if (stop < 0 || stop > p.end) stop = p.end;
      const tail = straightTail(text, line, stop);
      if (tail) out.push(tail);
      line = stop + 1;
    }
  }
  return out;
}

function straightTail(text: string, from: number, to: number): Range | null {
  let first = -1;
  let straight = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      straight++;
      if (first < 0) first = i;
    } else if (first < 0 && (c === 0x201c || c === 0x201d)) return null;
  }
  if (first <= from || straight % 2 === 0) return null;
  const before = text.charCodeAt(first - 1);
  const after = first + 1 < to ? text.charCodeAt(first + 1) : 32;
  if (isSpaceCode(before) || before === 40 || before === 91 || (before >= 48 && before <= 57)) return null;
  if (!(isSpaceCode(after) || /[,.;:!?)\]\u2014\u2013-]/.test(text[first + 1] ?? ' '))) return null;
  return { start: from, end: first };
}

export function attributedRegions(quotes: QuoteLike[], claims: Claim[], tails: Range[] = []): Regions {
  // Quotations and claims each come in order: merged as they are read, no range per quotation and
  // no sort of them all (the tails, a few, are sorted on their own when they are not in order).
  if (contentsInOrder(quotes) && inOrder(claims))
    return new Regions(mergeInOrder(quotes, claims, inOrder(tails) ? tails : [...tails].sort(byStartThenEnd)));
  const ranges: Range[] = quotes.map((q) => ({ start: q.contentStart, end: q.contentEnd }));
  if (tails.length > 0) return new Regions([...ranges, ...tails, ...claims]);
  for (let ix = 0; ix < claims.length; ix++) {
    const c = claims[ix];
    ranges.push({ start: c.start, end: c.end });
  }
  return new Regions(ranges);
}

const byStartThenEnd = (a: Range, b: Range) => a.start - b.start || a.end - b.end;

/**
 * The quotations' contents, the claims and the tails, each in order, merged in order into
 * regions (the same regions as their sorted union: an empty range is skipped either way).
 */
function mergeInOrder(a: readonly QuoteLike[], b: readonly Range[], c: readonly Range[]): Spans {
  const spans = new Spans(a.length + b.length + c.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length || k < c.length) {
    // The least of the three heads by start, then end (a list run out is passed over).
    let start = Infinity;
    let end = Infinity;
    let from = -1;
    if (i < a.length) {
      start = a[i].contentStart;
      end = a[i].contentEnd;
      from = 0;
    }
    if (j < b.length && (b[j].start < start || (b[j].start === start && b[j].end < end))) {
      start = b[j].start;
      end = b[j].end;
      from = 1;
    }
    if (k < c.length && (c[k].start < start || (c[k].start === start && c[k].end < end))) {
      start = c[k].start;
      end = c[k].end;
      from = 2;
    }
    spans.add(start, end);
    if (from === 0) i++;
    else if (from === 1) j++;
    else k++;
  }
  return spans;
}
