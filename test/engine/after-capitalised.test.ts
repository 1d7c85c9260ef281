import { describe, expect, it } from 'vitest';
import { namesAfterCapitalised } from '../../src/engine/actors/after-capitalised';
import { DocTokens } from '../../src/engine/text/word-tokens';

// namesAfterCapitalised replaced a global Unicode regex,
// (?<=\p{Lu}[\p{L}.'’-]{0,28}[ \u00a0])\p{L}[\p{L}'’-]*, whose matches (and each one's beginnings)
// rule merge/lone-given-name-gender looked its lone given names up in. These pin the scan to what
// that regex found, on made-up text.

/** What the old regex's set answered for each name. */
function byRegex(text: string, names: string[]): string[] {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<=\p{Lu}[\p{L}.'’-]{0,28}[ \u00a0])\p{L}[\p{L}'’-]*/gu))
    for (let n = Math.min(m[0].length, 24); n > 0; n--) words.add(m[0].slice(0, n));
  return names.filter((w) => words.has(w));
}

const scan = (text: string, names: string[]) => [...namesAfterCapitalised(text, new Set(names))].sort();
/** The same scan reading the document's word starts (merge passes them). */
const byWords = (text: string, names: string[]) =>
  [...namesAfterCapitalised(text, new Set(names), new DocTokens(text))].sort();

describe('given names after a capitalised word', () => {
  const cases: [string, string[]][] = [
    ['Chief U. Renee Hall spoke; Renee left.', ['Renee', 'Hall']],
    ['Mary Annabel came home.', ['Ann', 'Annabel', 'Anna', 'Mary']],
    ['the Director\u00a0Lena said', ['Lena']],
    ['Two  spaces Kim and one Tab\tJo', ['Kim', 'Jo', 'and']],
    ['O’Neil Rosa and D.C. Ruth', ['Rosa', 'Ruth']],
    ['Élodie Ángel and Zoë Ève', ['Ángel', 'Ève', 'and']],
    ['𝐀bc Dana, 𝒜 Eve, 😀 Fay', ['Dana', 'Eve', 'Fay']],
    ['Ab-cd Gus, ab-Cd Hal, abc Ivy', ['Gus', 'Hal', 'Ivy']],
    [`B${'a'.repeat(28)} Jan and B${'a'.repeat(29)} Kai`, ['Jan', 'Kai']],
    ['Mr Lou-Ann and Mr Max’s dog', ['Lou', 'Lou-Ann', 'Max', 'Max’s']],
    ['ends with Ned ', ['Ned']],
  ];
  for (const [text, names] of cases)
    it(`finds what the regex found in ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(scan(text, names)).toEqual(byRegex(text, names).sort());
      expect(byWords(text, names)).toEqual(byRegex(text, names).sort());
    });

  it('finds a name at the start of a longer word, and no name longer than any given name', () => {
    expect(scan('Mary Annabel', ['Ann', 'Mary'])).toEqual(['Ann']);
    const long = 'Q' + 'q'.repeat(24);
    expect(scan(`Big ${long}`, [long])).toEqual([]);
  });
});
