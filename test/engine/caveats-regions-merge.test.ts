import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schema/brief';
import { Regions, attributedRegions, quotationRegions } from '../../src/engine/caveats/regions';
import type { Quote } from '../../src/engine/text/quotes';

// Regions merged straight from the quotations and claims (no range object per quotation) answer as
// regions built from the ranges themselves.
describe('regions merged as they are read', () => {
  const quote = (contentStart: number, contentEnd: number): Quote => ({
    start: contentStart - 1,
    end: contentEnd + 1,
    contentStart,
    contentEnd,
    closed: true,
    depth: 0,
    mark: 'double',
  });
  const claim = (start: number, end: number) => ({ start, end }) as Claim;
  const quotes = [quote(5, 9), quote(12, 12), quote(20, 30), quote(31, 40), quote(60, 61)];
  const claims = [claim(0, 3), claim(9, 14), claim(20, 25), claim(41, 41), claim(45, 50), claim(61, 70)];
  const plain = new Regions([
    ...quotes.map((q) => ({ start: q.contentStart, end: q.contentEnd })),
    ...claims.map((c) => ({ start: c.start, end: c.end })),
  ]);
  const probe = (r: Regions) => {
    const out: boolean[] = [];
    for (let s = 0; s < 75; s++) for (let e = s; e < s + 4; e++) out.push(r.overlaps(s, e));
    return out;
  };

  it('merges quotations and claims in order into the same regions', () => {
    const merged = attributedRegions(quotes, claims);
    expect(merged.size).toBe(plain.size);
    expect(probe(merged)).toEqual(probe(plain));
  });

  it('makes the quotations’ own regions, skipping empty contents', () => {
    const own = quotationRegions(quotes);
    expect(own.size).toBe(4);
    expect(probe(own)).toEqual(probe(new Regions(quotes.map((q) => ({ start: q.contentStart, end: q.contentEnd })))));
  });
});
