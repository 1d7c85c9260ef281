import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schema/brief';
import { sourcingCaveats } from '../../src/engine/caveats/sourcing';

// The single-source caveat compares speakers by actor, else by name in lower case; the name is
// lower-cased once per run of one name, not per claim.
describe('single-source speaker key', () => {
  const claim = (start: number, name: string, actorId: string | null = null) =>
    ({ start, end: start + 5, speaker: { name, actorId, anonymous: false } }) as Claim;
  const kinds = (claims: Claim[]) => {
    const out: { kind: string }[] = [];
    sourcingCaveats({ claims, sources: [] }, out as never);
    return out.map((d) => d.kind);
  };

  it('takes one name in other capitals for the same speaker', () => {
    expect(kinds([claim(0, 'He'), claim(10, 'He'), claim(20, 'HE'), claim(30, 'he'), claim(40, 'He')])).toEqual([
      'single-source',
    ]);
  });

  it('tells two names apart, also after an actor’s claim between them', () => {
    expect(kinds([claim(0, 'He'), claim(10, 'He'), claim(20, 'She'), claim(30, 'He')])).toEqual([]);
    expect(kinds([claim(0, 'Ann'), claim(10, 'Ann', 'a1'), claim(20, 'Ann'), claim(30, 'Ann')])).toEqual([]);
    expect(kinds([claim(0, 'Ann', 'a1'), claim(10, 'Bo', 'a1'), claim(20, 'Cy', 'a1'), claim(30, 'Di', 'a1')])).toEqual(
      ['single-source'],
    );
  });
});
