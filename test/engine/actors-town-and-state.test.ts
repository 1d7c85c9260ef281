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
