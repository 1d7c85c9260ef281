/**
 * Rule classify/town-and-state: in AP style a town before a US state's abbreviation is a place
 * ("Kenansville, N.C.", "of Ashton, Md.,"), and so is the abbreviation: before, an unknown town was
 * typed an organisation, and "N.C." too. Issue 16, seen reading a PolNeAR dev article; made-up
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const typesOf = (text: string) => Object.fromEntries(brief({ text }).actors.map((a) => [a.name, a.type]));

describe('actors: a town and its state', () => {
  it('are places', () => {
    const types = typesOf(
      'Harbor\n\nDan Cole of Kenansville, N.C., said the plan would fail. Ann Lee of Ashton, Md., agreed.',
    );
    expect(types).toMatchObject({ Kenansville: 'place', 'N.C.': 'place', Ashton: 'place', 'Dan Cole': 'person' });
  });

  it('leaves a name before a comma and a capital that is no state alone', () => {
    expect(typesOf('Harbor\n\nThe deal was signed by Acme, Ltd. and the city.')).not.toMatchObject({ Acme: 'place' });
  });
});

/**
 * Rule classify/town-and-state-name: a town of two capitalised words before a state written out
 * ("Corwin Gables, Oregon") was typed a person by its shape. Issue 16, seen reading PTC train
 * articles; made-up sentences.
 */
describe('actors: a town before a state written out', () => {
  it('is a place, with a first-name-like word too after a preposition of place', () => {
    const types = typesOf(
      'Harbor\n\nThe depot stands in Corwin Gables, Oregon. Ann Lee moved to Grace Hollow, Vermont, in May.',
    );
    expect(types).toMatchObject({ 'Corwin Gables': 'place', 'Grace Hollow': 'place', 'Ann Lee': 'person' });
    const b = brief({ text: 'The depot stands in Corwin Gables, Oregon.' }, { trace: true });
    expect(b.trace?.find((e) => e.kind === 'actor' && e.start === 20)?.rules).toContain('classify/town-and-state-name');
  });

  it('leaves a person named before a state, and a state that is a possessive', () => {
    const types = typesOf('Harbor\n\nDale Ruiz, Texas, voted no. Mia Stone, Georgia’s treasurer, agreed with Ruiz.');
    expect(types).toMatchObject({ 'Dale Ruiz': 'person', 'Mia Stone': 'person' });
  });
});
