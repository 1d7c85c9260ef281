/**
 * Rule merge/surname-of-first-named: when two people named in full share a surname, a bare
 * surname is the one the article named first (its principal: relatives and namesakes come later
 * and go by their full or first names). A full name inside a quotation or an embedded post counts
 * only when the article's own words name nobody of that surname, and a generation ("III", "Jr.")
 * is no surname. Issue 16 (claims given to the wrong one of two people of one name), seen reading
 * a PolNeAR dev article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakersOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

describe('actors: a surname two people share', () => {
  it('goes to the person named first', () => {
    expect(
      speakersOf(
        'Harbor\n\nMayor Dan Ruiz proposed a new ferry plan on Monday.\n\n' +
          'His daughter, Ana Ruiz, praised the plan in an interview. She said it would help families.\n\n' +
          'Ruiz says the city would pay for it by cutting waste.',
      ),
    ).toEqual(['Dan Ruiz', 'Ana Ruiz', 'Ana Ruiz', 'Dan Ruiz']);
  });

  it('goes to the name in the article’s own words before one in a quotation, past a generation', () => {
    expect(
      speakersOf(
        'Harbor\n\nThe mayor wrote: “Bob Ruiz is wrong about the ferry.”\n\n' +
          'The inquiry is led by Robert T. Ruiz III, a former judge.\n\nRuiz said the ferry contract would be reviewed.',
      ),
    ).toContain('Robert T. Ruiz III');
  });
});
