import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles: towns no gazetteer knows, listed beside towns it does.

const typeOf = (text: string, name: string) => brief({ text }).actors.find((a) => a.name === name)?.type;

describe('one-word names in lists of places', () => {
  it('types a town in a list with counts as a place', () => {
    const text =
      'The health board said on Monday that cases had been confirmed in Lisbon (3), Kessock (1), ' +
      'Port Ellery (2) and Halvig (1) since the start of the month.';
    expect(typeOf(text, 'Kessock')).toBe('place');
    expect(typeOf(text, 'Halvig')).toBe('place');
  });

  it('types a town in a list after a preposition of place, beside known places, as a place', () => {
    const text = 'The ferry company said on Monday that sailings to Lisbon, Kessock and Oslo were cancelled.';
    expect(typeOf(text, 'Kessock')).toBe('place');
  });

  it('leaves a company listed beside countries, with no preposition of place, a body', () => {
    const text = 'France, Germany and Siemens signed the harbour deal on Monday, officials said.';
    expect(typeOf(text, 'Siemens')).toBe('organization');
  });

  it('leaves a name that also stands outside such lists as it was', () => {
    const text =
      'Sailings to Lisbon, Kessock and Oslo were cancelled on Monday.\n' +
      'Kessock said in a statement that its staff would be paid.';
    expect(typeOf(text, 'Kessock')).not.toBe('place');
  });

  it('keeps the first item of a counted list after a colon, where its capital proves nothing', () => {
    const text =
      'The health board said on Monday that cases had been confirmed in three towns: Dunmore (3), ' +
      'Kessock (1) and Lisbon (2).';
    expect(typeOf(text, 'Dunmore')).toBe('place');
  });
});
