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
