import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (issue 16, actors): a Title Case label or title in quotation marks (a rating,
// a series, a slogan) names no one; its capitalised words are no actors.

const actorsOf = (text: string) => brief({ text }).actors.map((a) => [a.name, a.type]);

describe('a quoted Title Case label is no actor', () => {
  it('a rating in quotation marks ("Pants on Fire") is no organisation', () => {
    const actors = actorsOf(
      'The checkers read the mayor’s statement.\n\nThe paper rated the claim “Pants on Fire” on Tuesday, Lena Ostrow said.',
    );
    expect(actors.map((a) => a[0])).not.toContain('Fire');
    expect(actors).toContainEqual(['Lena Ostrow', 'person']);
  });

  it('a quoted series title ("Cities in Bloom") is no place', () => {
    const actors = actorsOf(
      'The mayor spoke at a forum.\n\nShe agreed to an interview for the council’s project on “Cities in Bloom,” Lena Ostrow said.',
    );
    expect(actors.map((a) => a[0])).not.toContain('Bloom');
  });

  it('a name quoted inside a sentence is still an actor', () => {
    const actors = actorsOf('The mayor spoke.\n\n“We will talk to Kessock Mining next week,” Lena Ostrow said.');
    expect(actors.map((a) => a[0])).toContain('Kessock Mining');
  });

  it('a name the article also writes outside the label is still an actor', () => {
    const actors = actorsOf(
      'The mayor spoke.\n\nThe council ran “Kessock Mining Week” in May. Kessock Mining said it would pay.',
    );
    expect(actors.map((a) => a[0])).toContain('Kessock Mining');
  });
});

describe('a quoted name or style is no label', () => {
  it('a body quoted whole ("as “The Kessock Ledger” wrote") stays', () => {
    const actors = actorsOf('The mayor spoke.\n\nAs “The Kessock Ledger” wrote, the plan failed, Lena Ostrow said.');
    expect(actors.map((a) => a[0])).toContain('Kessock Ledger');
  });
});

describe('the title of a work after "titled" names no one', () => {
  it('a speech titled ‘Moses Cole Forbids Dancing on Sunday’ makes no actor of its words, and "he" is the imam named before', () => {
    const text =
      'Imam Adnan Sayed spoke again.\n\nIn a speech he gave at the Harbour Mosque in 2015, titled ‘Moses Cole Forbids Dancing on Sunday,’ he admitted that he “lost his seat on the board.”';
    expect(actorsOf(text).map((a) => a[0])).not.toEqual(expect.arrayContaining([expect.stringMatching(/Moses|Cole/)]));
    const claim = brief({ text }).claims.find((c) => c.text.includes('lost his seat'));
    expect(claim?.speaker?.name).toBe('Adnan Sayed');
  });

  it('a person the article also names outside the title stays', () => {
    const text =
      'The council met.\n\nHer report, entitled “Why Moses Cole Was Right,” was read aloud. Moses Cole said he was pleased.';
    expect(actorsOf(text).map((a) => a[0])).toContain('Moses Cole');
  });
});
