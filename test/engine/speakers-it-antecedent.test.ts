/**
 * "It" as a speaker stands for a body or a document, never a person, and never a stray
 * capitalised word with no actor behind it (issue 16, PTC and PolNeAR: "The benefit, it says,
 * ..." took the economist quoted before; "the Museum of Rail History and Culture ... it would
 * tell" took "Culture"). Unresolved, the pronoun stays as written; a body that spoke just before
 * carries on ("The port authority said ... It said"). Made-up articles.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims;

describe('speakers: what "it" can stand for', () => {
  it('does not carry the previous claim\'s person on to "it says"', () => {
    const claims = claimsOf(
      'Economist Dana Wells said the plan would cost more than expected.\n\nA new study of jobless aid came out on Friday. The average weekly benefit, it says, would be $300 for most families.',
    );
    expect(claims.find((c) => c.text.includes('$300'))?.speaker?.name).not.toBe('Dana Wells');
  });

  it('does not take a capitalised word with no actor ("Culture") for "it"', () => {
    const claims = claimsOf(
      'Governor Tom Reed, opening the new Museum of Rail History and Culture on Saturday, said it would tell an American story, one of "hard work and hope, of fear and loss."',
    );
    expect(claims.find((c) => c.text.startsWith('it would tell'))?.speaker?.name).toBe('Tom Reed');
    expect(claims.some((c) => c.speaker?.name === 'Culture')).toBe(false);
  });

  it('still takes a body named before it ("The port authority ... It said")', () => {
    const claims = claimsOf(
      'The Port Authority of Dover closed two piers on Monday.\n\n"The repairs will take a month," the Port Authority of Dover said. It said the ferries would run from the north pier.',
    );
    expect(claims.find((c) => c.text.startsWith('the ferries'))?.speaker?.name).toContain('Port Authority');
  });

  it('does not carry a person named only by role ("a council spokesman") on to "it says"', () => {
    const claims = claimsOf(
      'The council sent a storm warning to every home on Tuesday. Roads will close at noon, a council spokesman said.\n\n"If you must travel, carry water.\nStay with your car," it says.',
    );
    const quote = claims.find((c) => c.text.includes('carry water'));
    expect(quote).toBeDefined();
    expect(quote?.speaker?.name).not.toBe('a council spokesman');
  });

  it('carries "it says" back past a person quoted in between to the record that spoke before', () => {
    const claims = claimsOf(
      'The council sent a storm warning to every home on Tuesday. The warning says roads will close at noon. Drivers should stay home, a council spokesman said.\n"If you must travel, carry water.\nStay with your car," it says.',
    );
    expect(claims.find((c) => c.text.startsWith('roads will close'))?.speaker?.name).toBe('The warning');
    expect(claims.find((c) => c.text.includes('carry water'))?.speaker?.name).toBe('The warning');
  });
});
