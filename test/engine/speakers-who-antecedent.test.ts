/**
 * A speaking relative "who" stands for the phrase right before it, or the name before an
 * apposition, never for a name elsewhere in the sentence or the speaker of an earlier claim
 * (issue 16, PTC train: "Senate investigators, who said" went to a bank named before them,
 * "Democrats on Capitol Hill, who have argued" to the last person quoted). Made-up articles.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakerOf = (text: string, content: string) =>
  brief({ text }).claims.find((c) => c.text.startsWith(content))?.speaker?.name;

describe('speakers: what a speaking "who" stands for', () => {
  it('"X went through Bank Harlow, according to Senate investigators, who said S"', () => {
    expect(
      speakerOf(
        'Mayor Tom Reed defended the harbor deal on Monday. The money went through Bank Harlow in Dover, according to Senate investigators, who said the city moved quickly to hide the transfers.',
        'the city moved',
      ),
    ).toBe('Senate investigators');
  });

  it('"the plan angered nervous Democrats on the council, who have argued S": not the last speaker', () => {
    const text =
      '"The deal is sound," Mayor Tom Reed said on Monday.\n\nThe plan angered nervous Democrats on the council, who have argued that it helps the port owners.';
    expect(speakerOf(text, 'it helps')).toBe('nervous Democrats on the council');
  });

  it('"Dale Moss, chairman of the Harbor Audit Committee, who had called for S": the name before the apposition', () => {
    expect(
      speakerOf(
        'Dale Moss, chairman of the Harbor Audit Committee, who had called for an audit of the port, said nothing on Monday.',
        'an audit of the port',
      ),
    ).toBe('Dale Moss');
  });

  it('"The bishop will be meeting with Dale Moss, who said S"', () => {
    expect(
      speakerOf(
        'The bishop will be meeting with Dale Moss, who said he hopes other dock workers will be heard.',
        'he hopes',
      ),
    ).toBe('Dale Moss');
  });
});
