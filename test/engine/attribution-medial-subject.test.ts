/**
 * A cue clause inside a sentence whose rest is a bare predicate ("Higher taxes, she argued, would
 * hurt families"): the words before the cue clause are the subject of what was said, even when
 * the sentence's first word is capitalised only by its position. A fronted adverbial ("Inside the
 * hall, she said, the crowd was calm") is still when or where, not what. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';

const texts = (s: string) => claimsOf(`Mary Jones spoke on Monday. ${s}`).map((c) => c.text);

describe('claims: a subject before a medial cue clause ("Higher taxes, she argued, would ...")', () => {
  it('keeps a subject with no determiner as the first part of the claim', () => {
    expect(texts('Higher taxes, she argued, would hurt families.')).toEqual(['Higher taxes', 'would hurt families']);
    expect(texts('Raising taxes, she said, would hurt families.')).toEqual(['Raising taxes', 'would hurt families']);
    expect(texts('Such a tax, Jones argued, could not pass.')).toEqual(['Such a tax', 'could not pass']);
  });

  it('leaves out a fronted adverbial whose rest has its own subject', () => {
    expect(texts('Inside the hall, she said, the crowd was calm.')).toEqual(['the crowd was calm']);
    expect(texts('Last week, she said, the crowd was calm.')).toEqual(['the crowd was calm']);
  });
});

describe('claims: the words before a cue clause that leads into a quotation (quotation/medial-cue-head)', () => {
  const claims = (s: string) => claimsOf(`Mary Jones spoke on Monday. ${s}`);

  it('keeps the unquoted start of the statement when the quotation goes on with it in lower case', () => {
    const found = claims('The new levy hurt the harbor towns, Jones argued, “and everyone on the council knew it.”');
    expect(found.map((c) => c.text)).toEqual([
      'The new levy hurt the harbor towns',
      '“and everyone on the council knew it.”',
    ]);
    expect(found[0].speaker?.name).toBe('Mary Jones');
    expect(found[0].id).toBeTruthy();
    expect(found[1].continues).toBe(found[0].id);
    expect(claims('The plan, Jones said, “would hurt every family on the coast.”').map((c) => c.text)).toEqual([
      'The plan',
      '“would hurt every family on the coast.”',
    ]);
  });

  it('leaves a quotation that opens a statement of its own, an apposition and a participle alone', () => {
    expect(claims('On the pier, Jones said, “We are ready for the storm.”').map((c) => c.text)).toEqual([
      '“We are ready for the storm.”',
    ]);
    expect(
      claims('The head of the harbor board, Jones, said, “and that is final.”').filter((c) => /head of/.test(c.text)),
    ).toEqual([]);
    expect(
      claims('Addressing the crowd at the pier, Jones said, “and we will rebuild it.”').filter((c) =>
        /Addressing/.test(c.text),
      ),
    ).toEqual([]);
  });
});
