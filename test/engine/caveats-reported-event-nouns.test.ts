/**
 * The noun of a violent event of record in reported (indirect) speech: "the lawyer said his client
 * had no part in the massacre" names the event the article is about, in the reporter's words; it is
 * nobody's charge. Inside quotation marks the word is the speaker's and stays theirs. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const HEAD = 'Riverside Inquiry Opens\n\nA gunman killed nine people at the Riverside market in May.\n';

function loadedIn(sentence: string): string[] {
  const text = `${HEAD}${sentence}\n`;
  const start = text.indexOf(sentence);
  return brief({ text })
    .caveats.filter((c) => c.kind === 'loaded-language' && c.start >= start && c.end <= start + sentence.length)
    .map((c) => `${c.voice}: ${c.text}`);
}

describe('event nouns of record in reported speech', () => {
  it('takes "the massacre" in indirect speech as the name of the event', () => {
    expect(loadedIn('The gunman’s brother said he had nothing to do with the massacre.')).toEqual([]);
    expect(loadedIn('Investigators said the gunman planned the massacre for weeks.')).toEqual([]);
  });

  it('keeps the word a quoted speaker uses as theirs', () => {
    expect(loadedIn('“It was a massacre of innocent shoppers,” the mayor said.')).not.toEqual([]);
    expect(loadedIn('“The massacre was planned by cowards,” the mayor said.')).toContain('attributed: massacre');
  });
});

describe('event nouns named by their date', () => {
  it('reads a day of the month between the article and the noun as part of the name', () => {
    expect(loadedIn('The inquiry listed a tenth victim of the May 4th massacre at the market.')).toEqual([]);
    expect(loadedIn('Flowers were left for the victims of the 4 May massacre.')).toEqual([]);
  });

  it('keeps a number that is no day, and a predication, flagged', () => {
    expect(loadedIn('Flowers were left for the victims of the 400 massacre.')).not.toEqual([]);
    expect(loadedIn('What happened on 4 May was the 4th massacre in a year.')).not.toEqual([]);
  });
});
