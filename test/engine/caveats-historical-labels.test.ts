/**
 * The name of a historical movement names it (caveats/historical-labels.ts); the same word
 * applied to others stays the author's charge. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const loaded = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && k.kind === 'loaded-language')
    .map((k) => k.text);

describe('historical movements of record', () => {
  it('reads the movement’s own name as a name', () => {
    expect(loaded('The Nazis seized the printing works in the spring of 1941.')).toEqual([]);
    expect(loaded('The mill was requisitioned under Nazi occupation.')).toEqual([]);
    expect(loaded('The Fascist government closed the harbour school in 1927.')).toEqual([]);
    expect(loaded('The square was renamed after the Fascist dictator fell in 1943.')).toEqual([]);
  });

  it('keeps the word as a charge on others', () => {
    expect(loaded('These petty Nazis on the school board want every book gone.')).not.toEqual([]);
    expect(loaded('Councillors are the Nazis of our town.')).not.toEqual([]);
    expect(loaded('The mayor used Nazi methods against the press.')).not.toEqual([]);
  });
});
