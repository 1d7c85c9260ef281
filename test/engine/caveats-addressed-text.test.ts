/**
 * A "you" in an interview transcript or a letter is the one addressed there, not the article's
 * reader: no reader-address caveat inside them (caveats/addressed-text.ts). Made-up texts.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const mine = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author')
    .map((k) => `${k.kind}: ${k.text}`);

describe('addressed text', () => {
  it('drops the reader-address caveats of an interview transcript', () => {
    expect(
      mine('Q: Where will you build the depot?\n\nA: You should ask the planners. We chose the river site.'),
    ).toEqual([]);
  });

  it('drops them in a letter set out after its salutation, up to its sign-off', () => {
    const letter =
      'The tenants sent the landlord this note.\n\nDear Mr. Okonkwo,\n\nYou must repair the boiler before winter. ' +
      'You cannot leave families in the cold.\n\nSincerely,\nThe Elm Street tenants\n\nYou should never rent from a stranger.';
    expect(mine(letter)).toEqual(['opinion: You should never rent from a stranger']);
  });

  it('drops them in an open letter but keeps its author’s verdicts', () => {
    const open = 'An open letter to the harbour board\n\nYou should halt the dredging now. The plan is reckless.';
    const kept = mine(open);
    expect(kept.some((k) => k.includes('You should'))).toBe(false);
    expect(kept.some((k) => k.includes('reckless'))).toBe(true);
  });

  it('keeps the author addressing the reader', () => {
    expect(mine('You should never rent from a stranger.')).not.toEqual([]);
    expect(mine('Dear readers, you should check your boiler before winter.')).not.toEqual([]);
    // A headline styled as a salutation opens no letter.
    expect(mine('Dear Landlords: Your Time Is Up\n\nYou should never rent from a stranger.')).not.toEqual([]);
  });
});
