import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Every article here is made up for these tests (issue 16, claims): a descriptive anaphor as
// speaker ("the lawmaker said") is the person introduced earlier with that role.

function claimWith(text: string, content: string) {
  const b = brief({ text });
  const claim = b.claims.find((c) => c.text.includes(content));
  expect(claim, `a claim with "${content}"`).toBeDefined();
  return { b, claim: claim! };
}

describe('descriptive anaphor as speaker', () => {
  it('"The lawmaker said" is the representative introduced before', () => {
    const text =
      'Dam repairs stall\n\nRep. Olivia Brandstetter (D-Ore.) said on Monday that the river dam needs new gates. ' +
      'Engineers have warned about the spillway for years. ' +
      'The lawmaker said she wants the state to pay for an independent inspection.';
    const { b, claim } = claimWith(text, 'independent inspection');
    expect(claim.speaker?.name).toBe('Olivia Brandstetter');
    expect(claim.speaker?.actorId).toBeTruthy();
    // The phrase names no source of its own: its claim cites the representative's.
    expect(b.sources.map((s) => s.name)).not.toContain('The lawmaker');
    const own = b.sources.find((s) => s.name === 'Olivia Brandstetter');
    expect(own && claim.sourceIds).toContain(own!.id);
  });

  it('"the spokeswoman added" is the spokeswoman named before, not another person in between', () => {
    const text =
      'Airline cuts routes\n\nNorthwind Air spokeswoman Petra Lindqvist said the carrier would drop four routes. ' +
      'Union leader Marcus Oyelaran criticised the plan. ' +
      '"We will offer refunds to every passenger on those flights," the spokeswoman added.';
    expect(claimWith(text, 'refunds to every passenger').claim.speaker?.name).toBe('Petra Lindqvist');
  });

  it('a role is its head: "a spokesman for the U.S. Embassy" is the spokesman, and "the embassy said" is not him', () => {
    const text =
      'Janet Hale, a spokesman for the U.S. Embassy in Dunmore, said the case was new. The embassy said the tests were finished.';
    const b = brief({ text });
    expect(b.actors.find((a) => a.name === 'Janet Hale')?.roles).toEqual([
      'a spokesman for the U.S. Embassy in Dunmore',
    ]);
    expect(b.claims.find((c) => c.text.includes('tests were finished'))?.speaker?.name).not.toBe('Janet Hale');
  });

  it('an unnamed holder of the role in between keeps the phrase', () => {
    const text =
      'Dam repairs stall\n\nRep. Olivia Brandstetter (D-Ore.) said on Monday that the river dam needs new gates. ' +
      'Another lawmaker, who asked not to be named, disagreed. ' +
      'The lawmaker said the gates could wait another year.';
    expect(claimWith(text, 'could wait').claim.speaker?.name).not.toBe('Olivia Brandstetter');
  });
});

describe('pronoun and antecedent agree', () => {
  it('"it said" is never a person named before it', () => {
    const text =
      'Fever spreads\n\nThe Lakeland Health Agency said on Monday that nine new cases had been found.\n\n' +
      'The patients were treated at a clinic run by Marta Ilves, a nurse from the delta.\n\n' +
      'A second team travelled to the villages on Tuesday to trace contacts, it said.';
    expect(claimWith(text, 'trace contacts').claim.speaker?.name).toBe('Lakeland Health Agency');
  });
});
