/**
 * A cue word that is also a plural noun ("questions", "claims", "promises") followed by a finite
 * verb of the plural ("go", "remain", "linger") is that verb's subject, not a verb of saying:
 * "Tougher questions go unasked" reports nobody (cue/plural-noun-before-verb). Every sentence
 * here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('a plural noun before its verb is no cue', () => {
  it('makes no claim of "questions go", "promises remain", "claims linger"', () => {
    expect(brief({ text: 'Tougher questions go unasked.' }).claims).toEqual([]);
    expect(brief({ text: 'Broken campaign promises remain a sore point in the valley.' }).claims).toEqual([]);
    expect(brief({ text: 'Unproven claims linger on the forums.' }).claims).toEqual([]);
  });

  it('leaves the writer’s remark on what goes undone to the writer', () => {
    expect(author('Tougher questions go unasked.').join()).toContain('go unasked');
  });

  it('keeps a verb of saying with its subject a claim', () => {
    expect(brief({ text: 'Smith questions whether the levy is legal.' }).claims.length).toBe(1);
    expect(brief({ text: 'The mayor claims the levy is legal.' }).claims.length).toBe(1);
  });
});

describe('a verb of saying before a gapped clause stays a cue', () => {
  it('keeps "the ferries she claims remain idle" a claim', () => {
    expect(brief({ text: 'The council kept the ferries she claims remain idle in the harbour.' }).claims.length).toBe(
      1,
    );
  });
});
