import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (reader round on unseen PTC train articles): a name that is the subject of a
// clause inside the sentence (after "where", "that", a cue verb) is no rival for the main
// clause's subject when a later "he said" looks for its antecedent (rule pronoun/embedded-subject).

function speakerOf(text: string, content: string): string | null | undefined {
  return brief({ text }).claims.find((c) => c.text.includes(content))?.speaker?.name;
}

describe('pronouns and the subject of an embedded clause', () => {
  it('"he said" goes to the reporting subject, not a name in the reported clause', () => {
    const text =
      'Corporal Dan Parker was killed in the square last year. Dan Parker was 25.\n\n' +
      'Union leader Mark Jones, meanwhile, attacked the ban and said the members would march to the spot where Dan Parker died.\n\n' +
      '"It is a sad day for the town," he said.';
    expect(speakerOf(text, 'sad day for the town')).toBe('Mark Jones');
  });

  it('a name after "that" inside the sentence does not take the pronoun', () => {
    const text =
      'Officer Tom Hale and Ben Fry work at the gate. Tom Hale told the board that Ben Fry arrived late.\n\n' +
      '"We did our job," he said.';
    expect(speakerOf(text, 'We did our job')).toBe('Tom Hale');
  });

  it('a speaker set off by a comma after the content stays the subject', () => {
    const text =
      'Ann Reed had no reason to think Bob Fisk would attack the crowd that gathered, lawyer Tom Marsh said. ' +
      'He said Reed regrets the sale.';
    expect(speakerOf(text, 'Reed regrets the sale')).toBe('Tom Marsh');
  });
});
