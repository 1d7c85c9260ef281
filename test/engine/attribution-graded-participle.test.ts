/**
 * An -ing form of a cue verb after a degree word ("more promising", "most telling", "very
 * worrying", "less challenging") is graded, so it is an adjective, not a verb of saying
 * (cue-sense/graded-participle). Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('a graded -ing form is an adjective', () => {
  it('makes no claim of "a more promising approach", "the most telling detail"', () => {
    expect(brief({ text: 'A more promising approach is to fund the clinics.' }).claims).toEqual([]);
    expect(brief({ text: 'The most telling detail comes at the end of the audit.' }).claims).toEqual([]);
    expect(brief({ text: 'Less challenging questions were put to the minister.' }).claims).toEqual([]);
  });

  it('leaves the writer’s remark in the rest of the sentence to the writer', () => {
    expect(author('More challenging questions from the panel go unasked.').join()).toContain('go unasked');
  });

  it('keeps an -ing cue after a subject a claim', () => {
    expect(brief({ text: 'Lawyers are increasingly warning that the levy is illegal.' }).claims.length).toBe(1);
  });
});

describe('"at least" before an -ing cue is no degree', () => {
  it('keeps "are at least implying that" a claim', () => {
    expect(brief({ text: 'The governors are at least implying that the levy will go.' }).claims.length).toBe(1);
  });
});
