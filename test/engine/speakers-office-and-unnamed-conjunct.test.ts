/**
 * Two speaker-slot rules seen reading a PolNeAR dev wire report (issue 16); made-up sentences.
 * - A title before a place ("Senator from Ohio says", a headline's deck) names the office: the
 *   speaker is the whole phrase, never the place (resolve/phrase-before-place).
 * - A named person and an unnamed group ("Dan Ruiz and his aides said") are two conjuncts: the
 *   person is credited by name and only the group is unnamed sourcing, not the whole phrase.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const brief2 = (text: string) => {
  const b = brief({ text });
  return {
    speakers: b.claims.map((c) => c.speaker?.name ?? null),
    sources: b.sources.map((s) => [s.name, s.type, s.anonymous]),
  };
};

describe('speakers: a title before a place', () => {
  it('credits "Senator from Ohio", not Ohio', () => {
    const b = brief2(
      'Senator from Ohio says he will vote no\n\nGovernor of Utah says the tax is fine. Mayors in Utah agree.',
    );
    expect(b.speakers.slice(0, 2)).toEqual(['Senator from Ohio', 'Governor of Utah']);
    expect(b.sources.map((s) => s[1])).not.toContain('place');
  });
});

describe('speakers: a named person and an unnamed group', () => {
  it('credits the person by name and the group as unnamed', () => {
    const b = brief2(
      'Harbor vote\n\nIn recent weeks, Dan Ruiz and his aides said they were coming around to the plan. Ann Moss and two officials said the vote was fair.',
    );
    expect(b.sources).toEqual(
      expect.arrayContaining([
        ['Dan Ruiz', 'person', false],
        ['Ann Moss', 'person', false],
        ['two officials', 'anonymous', true],
      ]),
    );
    expect(b.sources.map((s) => s[0])).not.toContain('Ann Moss and two officials');
  });

  it('keeps an "and" inside an agency’s name one unnamed group', () => {
    const b = brief2('Raids\n\nImmigration and Customs Enforcement officials said 40 people were held.');
    expect(b.sources).toContainEqual(['Immigration and Customs Enforcement officials', 'anonymous', true]);
    expect(b.sources.map((s) => s[0])).not.toContain('Immigration');
  });
});
