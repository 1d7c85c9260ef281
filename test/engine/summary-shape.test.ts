/**
 * The summary's sentence shape counts runs between white space, not words: a dash standing alone
 * is a run (six runs are enough), and a run that opens with a bracket does not count as
 * capitalised (so a sentence is not taken for a Title Case heading by it).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/document';
import { summarise } from '../../src/engine/summary';
import { brief } from '../../src/engine';

const lead = (text: string) => summarise(analyse(text)).map((s) => s.text);

describe('summary sentence shape', () => {
  it('counts a lone dash as one of the six runs a sentence needs', () => {
    const text = 'Ferry News\n\nFerry fares rise again — today.\n\nFerry fares rise again today.';
    expect(lead(text)).toEqual(['Ferry fares rise again — today.']);
  });

  it('does not count a run opened by a bracket as capitalised', () => {
    // Ten runs; six open with a capital ("(Harbour" does not): under the 0.7 of a heading.
    const text = 'Ferry News\n\nOrtiz (Harbour Fares Rise Again For Winter) was the headline.';
    expect(lead(text)).toEqual(['Ortiz (Harbour Fares Rise Again For Winter) was the headline.']);
  });

  it('takes a sentence of capitals in runs of their own for a heading', () => {
    const text =
      'Ferry News\n\nOrtiz Harbour Fares Rise Again For Winter was the headline.\n\nThe port said ferry fares rise today.';
    expect(lead(text)).toEqual(['The port said ferry fares rise today.']);
  });
});

describe('transcript turns', () => {
  it('are no summary sentence ("Ms. Vale : At a house in our town."), but a dateline label is ("BEIJING: ...")', () => {
    const text =
      'BEIJING: The US embassy in China issued a health alert on Wednesday after an employee reported strange sounds.\n' +
      'Defense Attorney : Where did it happen on that night in the town?\n' +
      'Ms. Vale : At a house in our town with a big swimming pool and a garden.\n' +
      'Defense Attorney : Who was present in the house on that night?\n' +
      'Ms. Vale : Tom Hale, Mark Judge, two other boys and another girl from the school.\n';
    const s = brief({ text }).summary.map((x) => x.text);
    expect(s.some((x) => x.startsWith('BEIJING'))).toBe(true);
    expect(s.filter((x) => /^(Ms\. Vale|Defense Attorney) :/.test(x))).toEqual([]);
  });
});
