/**
 * The clause after "In <holder>'s view," is the holder's (caveats/viewpoint-frames.ts); the
 * author's own "In my view" and an unframed guess stay flagged. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const mine = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author')
    .map((k) => `${k.kind}: ${k.text}`);

describe('a clause under a named viewpoint', () => {
  it('leaves the holder’s guesses and verdicts to the holder', () => {
    expect(mine('In Okafor’s view, the bridge will probably reopen in June.')).toEqual([]);
    expect(mine('In the eyes of many growers, the levy is clearly a betrayal.')).toEqual([]);
    expect(mine('In her telling, the wardens seemed nervous all week.')).toEqual([]);
  });

  it('keeps the author’s own view and an unframed guess', () => {
    expect(mine('In my view, the bridge will probably reopen in June.')).toContain(
      'speculation: probably reopen in June',
    );
    expect(mine('The bridge will probably reopen in June.')).not.toEqual([]);
  });
});
