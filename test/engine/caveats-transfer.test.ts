/**
 * Author-voice subjectivity that should transfer to unseen text (issue 16): each rule is a class of
 * sentence shape, tested on sentences written for this suite, beside a news-report use of the same
 * words that must stay quiet. Attribution is left empty so the caveat rules alone are tested.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';
import type { Caveat } from '../../src/schema/brief';

const author = (text: string): Caveat[] =>
  findCaveats(analyse(text), { claims: [], sources: [] }).filter((k) => k.voice === 'author');
const kinds = (text: string) => author(text).map((k) => `${k.kind}: ${k.text}`);

describe('author voice: recall classes', () => {
  it('takes a booster that grades a comparison ("infinitely more useful")', () => {
    expect(kinds('A good map is infinitely more useful than a clever app.')).toContain(
      'loaded-language: infinitely more useful',
    );
    expect(kinds('The new ferry is utterly less comfortable than the old one.')).toContain(
      'loaded-language: utterly less comfortable',
    );
    // A measured comparison stays quiet.
    expect(kinds('The new ferry carries 40 more passengers than the old one.')).toEqual([]);
  });
});
