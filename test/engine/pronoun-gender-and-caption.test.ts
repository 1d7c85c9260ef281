/**
 * Rule merge/apposed-gender: a person noun beside a name ("The man, Terry Rombot,", "Lee Hart, a
 * 62-year-old father of two,") gives the gender a given name shared by men and women does not, so
 * a later "she" is not his. Issue 16 (a judge's "she" given to the man she ruled on), seen reading
 * an unseen PTC article; made-up sentences. A photo caption names no antecedent either.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakersOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

describe('pronouns: a gendered noun beside a name', () => {
  it('keeps "she" off a man named as "The man, Terry Rombot,"', () => {
    expect(
      speakersOf(
        'Harbor\n\nJudge Ann Hale ruled on Monday. The man, Terry Rombot, had been allowed to stay until this year. ' +
          'She still thinks that she can review the case.',
      ),
    ).toEqual(['Ann Hale']);
  });

  it('keeps "she" off a man named as "Lee Hart, a 62-year-old father of two,"', () => {
    expect(
      speakersOf(
        'Harbor\n\nJudge Ann Hale ruled on Monday. Lee Hart, a 62-year-old father of two, had been allowed to stay. ' +
          'She still thinks that she can review the case.',
      ),
    ).toEqual(['Ann Hale']);
  });

  it('still gives "she" to a woman so described', () => {
    expect(
      speakersOf('Harbor\n\nThe woman, Terry Rombot, was allowed to stay. She said that the ruling was fair.'),
    ).toEqual(['Terry Rombot']);
  });
});

describe('pronouns: a photo caption names no antecedent (coref/no-caption-antecedent)', () => {
  it('leaves "he" after a "© Agency Name ..." caption unresolved rather than the one pictured', () => {
    const speakers = speakersOf(
      'Harbor letter\n\n© EPA Mayor Tom Hale at the pier in May\nA pilot on the ferry has revealed he wrote to the council. He said the letter was ignored.',
    );
    expect(speakers).not.toContain('Tom Hale');
  });
});
