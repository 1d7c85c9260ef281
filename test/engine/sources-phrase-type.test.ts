import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up sentences: an inquiry or its findings as the speaker phrase is a report, never a person.
describe('a source named by an inquiry or its findings', () => {
  const typeOf = (text: string, name: string) => brief({ text }).sources.find((s) => s.name === name)?.type;

  it('types "a review of records" and "this research" as a report, "the figures" as a report or document', () => {
    expect(
      typeOf(
        'Mayor Tessa Grindle said the pier was safe, though a review of records indicates it failed two inspections.',
        'a review of records',
      ),
    ).toBe('report');
    expect(
      typeOf(
        'Dana Fisk studied the tides for a decade. This research showed the harbour silts up in spring.',
        'This research',
      ),
    ).toBe('report');
    expect(['report', 'document']).toContain(
      typeOf('The figures show the ferry lost money in every month of the year.', 'The figures'),
    );
  });

  it('keeps a person a person', () => {
    expect(typeOf('The harbour master said the pier was safe.', 'The harbour master')).not.toBe('report');
  });
});

describe('a source named by bodies in the plural', () => {
  const typeOf = (text: string, name: string) => brief({ text }).sources.find((s) => s.name === name)?.type;

  it('types "fishing groups" and "two unions" as organizations, not a person', () => {
    expect(typeOf('Fishing groups argue the harbour levy is too high for small boats.', 'Fishing groups')).toBe(
      'organization',
    );
    expect(typeOf('Two unions said the ferry crews would strike in May.', 'Two unions')).toBe('organization');
  });
});

describe('a source named by a medium that speaks for its makers', () => {
  const typeOf = (text: string, name: string) => brief({ text }).sources.find((s) => s.name === name)?.type;

  it('types "The ad" and "one slide" as documents, not people', () => {
    expect(typeOf('The ad says the harbour levy will double by May.', 'The ad')).toBe('document');
    expect(typeOf('The council showed its plan on Monday. One slide said the pier would close.', 'One slide')).toBe(
      'document',
    );
  });

  it('types a phrase by its head before a setting ("groups on the coast"), not by the setting', () => {
    expect(typeOf('Fishing groups on the coast say the harbour levy is too high.', 'Fishing groups on the coast')).toBe(
      'organization',
    );
    // "along" was in neither preposition list: the claim was lost, then the phrase read as a person.
    expect(typeOf('Fishing groups along the coast argue the levy is too high.', 'Fishing groups along the coast')).toBe(
      'organization',
    );
    expect(
      typeOf('Advocates for the harbour board argue the levy is too high.', 'Advocates for the harbour board'),
    ).toBe('person');
  });
});
