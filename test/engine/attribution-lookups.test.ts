/**
 * The attribution passes' look-ups that remember their last answer or trade a hash for an index:
 * `firstTokenAt` (gallops from its last answer on the same list) gives what a scan from the start
 * gives for any sequence of positions, forwards or backwards; `Offsets` holds what was added;
 * `Continuations` links each continuing claim to the head of its statement.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schema/brief';
import { Continuations } from '../../src/engine/attribution/continuation';
import { Offsets } from '../../src/engine/attribution/draft';
import { firstTokenAt, type Token } from '../../src/engine/attribution/tokens';

function tokensAt(starts: number[]): Token[] {
  return starts.map((start) => ({ start, end: start + 1, text: 'w', lower: 'w', norm: 'w', flags: 0 }));
}

function scan(t: Token[], pos: number): number {
  const k = t.findIndex((w) => w.start >= pos);
  return k < 0 ? t.length : k;
}

describe('firstTokenAt', () => {
  it('gives the first token starting at or after pos, whatever was asked before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 3 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: -2, max: 700 }), { minLength: 1, maxLength: 40 }),
        (gaps, positions) => {
          let at = 0;
          const t = tokensAt(gaps.map((g) => (at += g)));
          for (const pos of positions) expect(firstTokenAt(t, pos)).toBe(scan(t, pos));
        },
      ),
    );
  });

  it('walks a long list forwards and back', () => {
    const t = tokensAt(Array.from({ length: 5000 }, (_, k) => k * 3));
    for (let pos = 0; pos < 15_010; pos += 7) expect(firstTokenAt(t, pos)).toBe(scan(t, pos));
    for (let pos = 15_010; pos >= 0; pos -= 11) expect(firstTokenAt(t, pos)).toBe(scan(t, pos));
  });
});

describe('Offsets', () => {
  it('holds exactly the offsets added inside the text', () => {
    const o = new Offsets(10);
    expect(o.has(3)).toBe(false);
    o.add(3);
    o.add(-1);
    o.add(10);
    expect([...Array(11).keys()].filter((k) => o.has(k))).toEqual([3]);
  });
});

describe('Continuations', () => {
  it('points every claim of a chain at the claim that opens it', () => {
    const claims = ['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => ({ id }) as Claim);
    const links = new Continuations();
    expect(links.has(claims[0])).toBe(false);
    links.link(claims[1], claims[0]);
    expect(links.has(claims[1])).toBe(true);
    links.link(claims[2], claims[1]);
    // c3 is not linked; c5 continues c4.
    links.link(claims[4], claims[3]);
    links.write();
    expect(claims.map((c) => c.continues)).toEqual([undefined, 'c1', 'c1', undefined, 'c4']);
  });
});
