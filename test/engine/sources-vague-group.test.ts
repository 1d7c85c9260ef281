/**
 * Rule source/vague-group: "Critics say", "Some believe", "many experts argue" credit a view to
 * people the article does not name. Their source is unnamed (type anonymous), never a "person"
 * called "Critics"; the vague-source caveat over the clause says so once, without a second
 * anonymous-sourcing caveat on the same words. Issue 16, seen reading PTC train briefs; made-up
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const sourcesOf = (text: string) => brief({ text }).sources.map((s) => [s.name, s.type, s.anonymous]);

describe('sources: a vague group of people', () => {
  it('lists "Critics", "Some", "many experts" as unnamed sources', () => {
    const text =
      'Harbor tax\n\nCritics say the harbor tax is too high. Some believe it will hurt the fishing fleet, ' +
      'and many experts argue the vote will be close.';
    expect(sourcesOf(text)).toEqual([
      ['Critics', 'anonymous', true],
      ['Some', 'anonymous', true],
      ['many experts', 'anonymous', true],
    ]);
    const b = brief({ text });
    expect(b.claims.map((c) => c.speaker?.anonymous)).toEqual([true, true, true]);
  });

  it('flags the unnamed view once, not twice', () => {
    const b = brief({ text: 'Harbor tax\n\nCritics say the harbor tax is too high.' });
    expect(b.caveats.map((k) => k.kind)).toEqual(['unattributed-claim']);
  });

  it('keeps a named group and a pronoun of anybody as they were', () => {
    // "Trump's critics" names whose critics; "someone told me" is the writer's anecdote, no source.
    expect(sourcesOf('Harbor tax\n\nMayor Ann Ruiz’s critics say the tax is too high.')[0][2]).toBe(false);
    expect(
      sourcesOf('Harbor tax\n\nAs a child, someone told me the harbor was haunted.').map((s) => s[1]),
    ).not.toContain('anonymous');
  });
});
