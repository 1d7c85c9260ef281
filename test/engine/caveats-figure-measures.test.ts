/**
 * A charged adjective that grades the figure after its noun is a measure (caveats/figure-measures.ts);
 * without the figure, or on a noun of verdict, it stays flagged. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const loaded = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && k.kind === 'loaded-language')
    .map((k) => k.text);

describe('charged adjectives that grade a figure', () => {
  it('reads the adjective as the size of the figure given', () => {
    expect(loaded('The shipyard reported a staggering loss of $3.2 billion for the year.')).toEqual([]);
    expect(loaded('The county saw a stunning rise of nearly 40 percent in applications.')).toEqual([]);
  });

  it('keeps it without a figure, or on a noun of verdict', () => {
    expect(loaded('The shipyard reported a staggering loss for the year.')).not.toEqual([]);
    expect(loaded('The stadium was a disgraceful waste of $900 million.')).not.toEqual([]);
  });
});
