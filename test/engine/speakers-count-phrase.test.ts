/**
 * A count heading a speaker phrase is part of it (issue 16, PolNeAR dev polls: "percent of
 * likely voters", "percent" and "companies" were shown as speakers, and "Some 40% of ..." lost
 * its claim): "74 percent of likely voters said", "Some 40% of residents said", "eight of 10
 * voters say". A count of a noun that is no subject ("11% of Democratic claims") makes no
 * speaker. Made-up articles.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakerOf = (text: string, content: string) =>
  brief({ text }).claims.find((c) => c.text.startsWith(content))?.speaker?.name;

describe('speakers: a count heading the phrase', () => {
  it('"About 62 percent of registered voters say S"', () => {
    expect(
      speakerOf('About 62 percent of registered voters say the harbor plan is a waste of money.', 'the harbor plan'),
    ).toBe('About 62 percent of registered voters');
  });

  it('"Some 40% of residents said S" keeps its claim', () => {
    expect(speakerOf('Some 40% of residents said the rents were too high.', 'the rents')).toBe('Some 40% of residents');
  });

  it('"Nearly eight of 10 voters say S"', () => {
    expect(speakerOf('Nearly eight of 10 voters say they plan to watch the debate.', 'they plan')).toBe(
      'Nearly eight of 10 voters',
    );
  });

  it('"the council sits at 85 percent support among ...": the count stops the phrase', () => {
    const claims = brief({
      text: 'The incumbent currently sits at 85 percent support among older voters, a lead of ten points.',
    }).claims;
    expect(claims.some((c) => c.speaker?.name.includes('sits at'))).toBe(false);
  });
});
