import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up reports: a person named by a surname alone, with an age in apposition.

const typeOf = (text: string, name: string) => brief({ text }).actors.find((a) => a.name === name)?.type;

describe('one-word names with an age in apposition', () => {
  it('types "Halvorsen, 61, a retired teacher" a person, and the later bare surname with it', () => {
    const text =
      'Police named the driver as Halvorsen, 61, a retired teacher from the town.\n' +
      'Halvorsen was taken to hospital on Monday.';
    expect(typeOf(text, 'Halvorsen')).toBe('person');
  });

  it('types the name a person when the age comes after an earlier bare mention', () => {
    const text = 'Brandt denied the charges on Monday.\nThe suspect, Brandt, 33, was arrested last week.';
    expect(typeOf(text, 'Brandt')).toBe('person');
  });

  it('leaves counts in a list of places alone ("Ohio, 5, and Michigan, 3")', () => {
    const text = 'Sales rose in Ohio, 5, and Michigan, 3, last year, the company said.';
    expect(typeOf(text, 'Ohio')).toBe('place');
  });
});
