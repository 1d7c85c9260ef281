/**
 * A charged word inside a proper name (caveats/name-words.ts) is the name, not the author's
 * word; the same word in the author's own sentence, in capitals for emphasis or in a Title Case
 * headline stays flagged. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const loaded = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && k.kind === 'loaded-language')
    .map((k) => k.text);

describe('charged words inside proper names', () => {
  it('leaves the words of an organisation, a law, an award or a named event alone', () => {
    expect(loaded('Volunteers from the Stop the Slaughter Coalition gathered outside the depot.')).toEqual([]);
    expect(loaded('The broker was charged under the Foreign Corrupt Practices Act last spring.')).toEqual([]);
    expect(loaded('The writer won an award for Outstanding Comedy Writing in 2011.')).toEqual([]);
    expect(loaded('Townspeople marked the anniversary of the Harbor Massacre with a quiet vigil.')).toEqual([]);
    expect(loaded('She was a guest on the Ray Savage radio show on Tuesday.')).toEqual([]);
  });

  it('still flags the author’s own charged words, emphasis in capitals and lone capitalised labels', () => {
    expect(loaded('The evil regime jailed thousands of teachers.')).not.toEqual([]);
    expect(loaded('Frankly this plan is INSANE and the council knows it.')).not.toEqual([]);
    expect(loaded('The council went on with the Evil plan anyway.')).not.toEqual([]);
    // An epithet before a name is the author's label.
    expect(loaded('In the end he knocked out Crooked Janet in the primary.')).not.toEqual([]);
  });

  it('reads a title that opens with its own "The" as a name, not a Title Case run', () => {
    expect(loaded('The guard was praised, as first reported by The Weekly Sheeple on Monday.')).toEqual([]);
    expect(loaded('He sets it out in his new book The Long Jihad of the Desert, out in May.')).toEqual([]);
  });

  it('still flags a Title Case headline that opens with "The"', () => {
    expect(loaded('The Evil Plan Of The Council\n\nThe council met on Monday.')).not.toEqual([]);
  });
});
