/**
 * A footnote's bracketed number opening a line ("[5] Probably a reference to ..."): the word after
 * it opens a sentence, so an adverb there is no name (text/footnote-mark.ts). Made-up text.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('words after a footnote number', () => {
  it('reads a capitalised adverb after "[5]" at a line start as a sentence opener, not an actor', () => {
    const text =
      'The bishop was moved in 2015.[4]\n[5] Probably a reference to the earlier case.\n[6] Certainly the letter was sent.';
    expect(brief({ text }).actors.map((a) => a.name)).toEqual([]);
  });

  it('still finds a name after a footnote number', () => {
    const text = 'The letter was sent.\n[7] Dana Ruiz said the letter was lost.';
    expect(brief({ text }).actors.map((a) => a.name)).toContain('Dana Ruiz');
  });
});
