/**
 * "and" inside a body's or a title's portfolio ("Department of Housing and Urban Development",
 * "Secretary of Health and Human Services") joins one name, not two (text/office-names.ts,
 * isPortfolioOfBody). Issue 16 ("Names are split"), seen reading an unseen PTC train wire report
 * where "Urban Development" had been a person and the speaker of the department's announcement;
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const actorsOf = (text: string) => brief({ text }).actors.map((a) => [a.name, a.type]);

describe('actors: "and" inside a portfolio', () => {
  it('keeps a department with two portfolio words whole, and lets it speak', () => {
    const text = 'The Department of Fisheries and Rural Affairs announced it would close the harbor office.';
    expect(actorsOf(text)).toEqual([['Department of Fisheries and Rural Affairs', 'organization']]);
    expect(brief({ text }).claims.map((c) => c.speaker?.name)).toEqual(['Department of Fisheries and Rural Affairs']);
  });

  it('keeps the office of a title whole before the person', () => {
    const b = brief({ text: 'Secretary of Health and Human Services Ana Ruiz said the clinic would reopen.' });
    expect(b.actors.map((a) => a.name)).toEqual(['Ana Ruiz']);
    expect(b.actors[0].roles.join(' ')).toMatch(/^Secretary of Health/);
  });

  it('still splits two names joined by "and" ("Bank of Dover and Harbor Trust")', () => {
    expect(
      actorsOf('The Bank of Dover and Harbor Trust said rates would rise.')
        .map((a) => a[0])
        .sort(),
    ).toEqual(['Bank of Dover', 'Harbor Trust']);
  });
});

describe('actors: a county office before the person ("Supervisor of Elections")', () => {
  it('reads the office as the role of the person named after it, who speaks', () => {
    const b = brief({ text: 'Dover County Supervisor of Elections Ana Ruiz said the ballots were counted twice.' });
    expect(b.actors.map((a) => [a.name, a.type, a.roles])).toEqual([
      ['Ana Ruiz', 'person', ['Dover County Supervisor of Elections']],
    ]);
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Ana Ruiz']);
  });
});

describe('actors: the name after "the mayor of" is a place', () => {
  it('types the place, so it neither speaks nor stands as a person', () => {
    const b = brief({ text: 'The mayor of Tarnow said the ferry would run late.' });
    expect(b.actors.map((a) => [a.name, a.type])).toEqual([['Tarnow', 'place']]);
    expect(b.claims.map((c) => c.speaker?.name)).not.toContain('Tarnow');
    expect(actorsOf('The governor of Kesh, Ana Ruiz, said no.')).toContainEqual(['Kesh', 'place']);
  });
});
