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
import { partitionPoint } from '../text/partition';

/** A quotation as the document gives it (src/engine/text/quotes.ts). */
export type QuoteLike = Quote;

export class Regions {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(ranges: Range[]) {
    const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
    for (const r of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && r.start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], r.end);
      else {
        this.starts.push(r.start);
        this.ends.push(r.end);
      }
    }
  }

  /** Does [start, end) overlap any region? */
  overlaps(start: number, end: number): boolean {
    // The last region starting before `end`.
    const found = partitionPoint(this.starts.length, (i) => this.starts[i] < end) - 1;
    return found >= 0 && this.ends[found] > start;
  }

  get size(): number {
    return this.starts.length;
  }
}

/** The document's quotations (scanned once in analyse()). */
export function quotesOf(doc: Doc): QuoteLike[] {
  return doc.quotes;
}

export function attributedRegions(quotes: QuoteLike[], claims: Claim[]): Regions {
  const ranges: Range[] = quotes.map((q) => ({ start: q.contentStart, end: q.contentEnd }));
  for (const c of claims) ranges.push({ start: c.start, end: c.end });
  return new Regions(ranges);
}
