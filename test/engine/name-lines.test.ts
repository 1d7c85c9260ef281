/**
 * The name finder's line structure: a line break anywhere in the gap between two words (after
 * punctuation, among spaces, several at once) ends the line, so a Title Case heading is judged as
 * a line of its own and its words have to earn their capitals; the prose line after it is not.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/engine/text/names';

const names = (text: string) => findNames(text).map((n) => n.text);

describe('name finder lines', () => {
  for (const gap of ['\n', ' \n\n  ', ':\n', ' —\n\n']) {
    it(`ends the heading at ${JSON.stringify(gap)}`, () => {
      const text = `Ferry Fares Rise Again For The Winter${gap}Harbour officials in Dunmore said Mayor Lena Ortiz would speak.`;
      const found = names(text);
      // "Ferry Fares Rise Again" only opens a heading: nothing vouches for it.
      expect(found).not.toContain('Ferry Fares Rise Again');
      expect(found).toEqual(expect.arrayContaining(['Dunmore', 'Lena Ortiz']));
    });
  }

  it('keeps a curly apostrophe inside a name word', () => {
    const found = findNames('The ferry was named for Sean O’Brien, the harbour’s first pilot.');
    expect(found.map((n) => n.text)).toContain('Sean O’Brien');
  });
});
