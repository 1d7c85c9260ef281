/**
 * Attributed regions: the parts of the text that are somebody else's words, so a loaded word
 * there is the speaker's (`voice: 'attributed'`) and never counts against the author.
 *
 * Two kinds of region: quotations (the content inside the marks) and the content spans of claims
 * (reported speech, which has no marks). Quotations come from the document (`doc.quotes`, Engine
 * I's scanner) when it has them; until then, and for any document without them, a small fallback
 * scanner pairs quote marks inside each paragraph. Regions are merged into a sorted, disjoint list
 * once per brief, and each lookup is a binary search, so voice costs O(log n) per caveat.
 *
 * Known limits of the fallback: a straight `'` is taken as a quote mark only at a word boundary
 * (so apostrophes in "it's", "Graham's", "dogs'" are skipped), and an unclosed quote runs to the end
 * of its paragraph at most, never further.
 */
import type { Claim, Range } from '../../schema/brief';
import type { Doc } from '../document';

/** The agreed shape of a quotation (src/engine/text/quotes.ts, Engine I). */
export interface QuoteLike {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  closed: boolean;
  depth: number;
  mark: 'double' | 'single';
}

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
    // Last region starting before `end`.
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && this.ends[found] > start;
  }

  get size(): number {
    return this.starts.length;
  }
}

/** The document's quotations: Engine I's when present, else the fallback scan. */
export function quotesOf(doc: Doc): QuoteLike[] {
  const own = (doc as Doc & { quotes?: QuoteLike[] }).quotes;
  return Array.isArray(own) ? own : scanQuotes(doc);
}

export function attributedRegions(doc: Doc, quotes: QuoteLike[], claims: Claim[]): Regions {
  const ranges: Range[] = quotes.map((q) => ({ start: q.contentStart, end: q.contentEnd }));
  for (const c of claims) ranges.push({ start: c.start, end: c.end });
  return new Regions(ranges);
}

const OPEN_DOUBLE = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE_DOUBLE = new Set(['\u201d', '\u00bb']);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Fallback quotation scan, one linear pass per paragraph. Double quotes (curly or straight) pair
 * up in order; single quotes pair only when the opener starts a word and the closer ends one.
 */
export function scanQuotes(doc: Doc): QuoteLike[] {
  const { text } = doc;
  const out: QuoteLike[] = [];
  for (const p of doc.paragraphs) {
    let dOpen = -1;
    let sOpen = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (OPEN_DOUBLE.has(ch) || (ch === '"' && dOpen < 0)) {
        if (dOpen < 0) dOpen = i;
      } else if (CLOSE_DOUBLE.has(ch) || ch === '"') {
        if (dOpen >= 0) {
          out.push({ start: dOpen, end: i + 1, contentStart: dOpen + 1, contentEnd: i, closed: true, depth: 0, mark: 'double' });
          dOpen = -1;
          sOpen = -1;
        }
      } else if (ch === '\u2018' || ch === '\u2019' || ch === "'") {
        const before = text[i - 1];
        const after = text[i + 1];
        const canOpen = !isWordChar(before) && isWordChar(after) && ch !== '\u2019';
        const canClose = !isWordChar(after) && (isWordChar(before) || /[.,!?]/.test(before ?? ''));
        if (sOpen >= 0 && canClose) {
          out.push({ start: sOpen, end: i + 1, contentStart: sOpen + 1, contentEnd: i, closed: true, depth: dOpen >= 0 ? 1 : 0, mark: 'single' });
          sOpen = -1;
        } else if (canOpen && sOpen < 0) sOpen = i;
      } else if (ch === '\n' && sOpen >= 0 && dOpen < 0) {
        // A single-quote opener never runs past a line: it was more likely an apostrophe.
        sOpen = -1;
      }
    }
    if (dOpen >= 0) {
      // Unclosed: bounded by its line, so one stray mark never turns the article into a quote.
      let end = text.indexOf('\n', dOpen);
      if (end < 0 || end > p.end) end = p.end;
      out.push({ start: dOpen, end, contentStart: dOpen + 1, contentEnd: end, closed: false, depth: 0, mark: 'double' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
