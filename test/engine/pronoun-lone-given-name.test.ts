import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (reader round on unseen PTC train articles): a person the article names only by
// a given name ("Melanie", "Rick") takes that name's usual gender, so a later "he" or "she" does not
// resolve to them against it (rule merge/lone-given-name-gender).

function speakerOf(text: string, content: string): string | null | undefined {
  return brief({ text }).claims.find((c) => c.text.includes(content))?.speaker?.name;
}

describe('pronouns and a person named only by a given name', () => {
  it('"he said" after a woman named by her given name goes to the man named before her', () => {
    const text =
      'Kevin and Melanie watched the rally from their sofa.\n\n' +
      'As Tom Lee went on about the rigged system, Melanie said yes, over and over again.\n\n' +
      '"I love this town," he said.';
    expect(speakerOf(text, 'I love this town')).toBe('Tom Lee');
  });

  it('"she said" after a man named by his given name goes to the woman named before him', () => {
    const text =
      'Mayor Ann Cole opened the meeting. When Jane Cole had spoken, Gregory said nothing at all.\n\n' +
      '"We will rebuild the bridge," she said.';
    expect(speakerOf(text, 'We will rebuild')).not.toBe('Gregory');
  });

  it('leaves a lone surname alone when the text also shows it after another name part', () => {
    const b = brief({
      text:
        'Police Chief U. Reneé Hall spoke on Monday. In a statement, Hall said the case was closed.\n\n' +
        '"That is not a risk I will take," she said.',
    });
    expect(b.claims.find((c) => c.text.includes('not a risk'))?.speaker?.name).toBe('Hall');
  });
});
