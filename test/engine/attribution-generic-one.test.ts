import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Every article here is made up for these tests: the impersonal "one" ("one might say", "one
// wonders") is the writer thinking aloud, not a source; the numeral "one" of a group still speaks.

const claimTexts = (text: string) => brief({ text }).claims.map((c) => `${c.speaker?.name ?? 'null'}: ${c.text}`);

describe('the impersonal "one"', () => {
  it('"one might say", "one wonders", "one could argue" make no claim', () => {
    const text =
      'A quiet harbour\n\nThe harbour board met for the third time this month. ' +
      'One might say the board has lost its nerve. ' +
      'After three delays, one wonders whether the dredging will ever start. ' +
      'Why wait, one could argue, when the silt rises every spring?';
    expect(claimTexts(text)).toEqual([]);
  });

  it('one of a group named before it still speaks', () => {
    const text =
      'A quiet harbour\n\nTwo dockers watched the meeting from the gallery. ' +
      'One said the board had already made up its mind.';
    expect(claimTexts(text).join('\n')).toContain('the board had already made up its mind');
  });
});
