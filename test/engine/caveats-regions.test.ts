import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, Range } from '../../src/schema/brief';
import type { Quote } from '../../src/engine/text/quotes';
import {
  attributedRegions,
  csvUnescaped,
  orphanTails,
  Regions,
  straightOrphanTails,
} from '../../src/engine/caveats/regions';
import { brief } from '../../src/engine';

/** Which of the probe spans overlap a region: what the caveat passes ask of Regions. */
function answers(r: Regions, probes: Range[]): boolean[] {
  return probes.map((p) => r.overlaps(p.start, p.end));
}

const range = fc
  .tuple(fc.nat(200), fc.integer({ min: -5, max: 30 }))
  .map(([start, len]) => ({ start, end: start + len }));
const probes: Range[] = Array.from({ length: 240 }, (_, i) => ({ start: i, end: i + (i % 7) }));
const byStart = (a: Range, b: Range) => a.start - b.start || a.end - b.end;

describe('Regions', () => {
  it('answers alike whether the ranges come in order (no sort) or shuffled (sorted first)', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 40 }), (ranges) => {
        const sorted = [...ranges].sort(byStart);
        expect(answers(new Regions(sorted), probes)).toEqual(answers(new Regions(ranges), probes));
        expect(new Regions(sorted).size).toBe(new Regions(ranges).size);
      }),
    );
  });

  it('merges quotations and claims in order as it did by sorting them together', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 30 }), fc.array(range, { maxLength: 30 }), (qs, cs) => {
        const quotes = qs.sort(byStart).map((r) => ({ contentStart: r.start, contentEnd: r.end }) as Quote);
        const claims = cs.sort(byStart) as Claim[];
        const together = new Regions([...qs, ...cs]);
        expect(answers(attributedRegions(quotes, claims), probes)).toEqual(answers(together, probes));
      }),
    );
  });
});

describe('orphanTails', () => {
  const tails = (text: string, paragraphs: Range[] = [{ start: 0, end: text.length }]) =>
    orphanTails(text, paragraphs).map((r) => text.slice(r.start, r.end));

  it('takes a line up to its first curly double mark when that mark closes', () => {
    const text = 'the ferry will run late\u201d said the clerk.\nShe asked \u201cwhy?\u201d and left.\n\u201d';
    expect(tails(text)).toEqual(['the ferry will run late']);
  });

  it('reads each paragraph from its own start, and lines within it from each line break', () => {
    const text = 'one \u201cpaired\u201d line\nsecond half\u201d here\u2014and \u201d again';
    expect(
      tails(text, [
        { start: 0, end: 15 },
        { start: 15, end: text.length },
      ]),
    ).toEqual(['second half']);
    expect(tails('no marks at all\nnor here')).toEqual([]);
  });

  it('skips paragraphs with no closing mark, and finds tails in paragraphs given out of order', () => {
    const text = 'calm water here\nthe dock is shut\u201d said a clerk\nmore calm\nthe pier too\u201d he added';
    const a = { start: 0, end: 15 };
    const b = { start: 16, end: 46 };
    const c = { start: 47, end: 56 };
    const d = { start: 57, end: text.length };
    expect(tails(text, [a, b, c, d])).toEqual(['the dock is shut', 'the pier too']);
    expect(tails(text, [d, c, b, a])).toEqual(['the pier too', 'the dock is shut']);
    expect(tails(text, [a, c])).toEqual([]);
  });
});

describe('straightOrphanTails', () => {
  const tails = (text: string) =>
    straightOrphanTails(text, [{ start: 0, end: text.length }]).map((r) => text.slice(r.start, r.end));

  it('takes a line up to a straight mark that can only close, with no opening mark left to pair it', () => {
    expect(tails('The harbour board must resign."')).toEqual(['The harbour board must resign.']);
    expect(tails('the ferry is a farce," the clerk said, calling it "a scandal."')).toEqual(['the ferry is a farce,']);
    expect(tails('one line\nthe depot is a joke." Then calm.')).toEqual(['the depot is a joke.']);
  });

  it('leaves paired marks, an opening mark, an inch mark and a curly opening first alone', () => {
    expect(tails('The clerk called it "a farce" today.')).toEqual([]);
    expect(tails('The clerk said: "the ferry is a farce.')).toEqual([]);
    expect(tails('A 6" pipe burst at the depot.')).toEqual([]);
    expect(tails('He said \u201cno\u201d and then a farce."')).toEqual([]);
  });

  it("reads a CSV cell's unescaped copy at the cell's offsets", () => {
    const cell = '"The harbour board must resign."""';
    const copy = csvUnescaped(cell);
    expect(copy.length).toBe(cell.length);
    expect(tails(copy).map((t) => t.trim())).toEqual(['The harbour board must resign.']);
  });

  it("makes a sentence cut from a straight-quoted passage the speaker's, not the author's", () => {
    const b = brief({ text: 'The harbour master is a coward and a liar." The vote is on Monday.' });
    expect(b.caveats.filter((k) => k.voice === 'author' && k.kind === 'loaded-language')).toEqual([]);
  });
});
