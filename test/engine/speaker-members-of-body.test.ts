/**
 * People of a body speak as a group: "Democrats in the Senate said ..." names the Democrats, not
 * the Senate that ends their phrase (of a place, as "Republicans on Capitol Hill", the people
 * before it). A lone official of the body and a document of it are unchanged.
 * Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakerOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

describe('speakers: members of a body ("Democrats in the Senate said")', () => {
  it('names the group, body included, as the speaker', () => {
    expect(speakerOf('Several Democrats in the Senate said the deal protects workers.')).toEqual([
      'Several Democrats in the Senate',
    ]);
    expect(speakerOf('Lawmakers in Congress said the deal protects workers.')).toEqual(['Lawmakers in Congress']);
    // A place is where they are, as for "Lawyers in Ohio": the people before it speak.
    expect(speakerOf('Republicans on Capitol Hill said the deal protects workers.')).toEqual(['Republicans']);
  });

  it('keeps the group through an apposition ("Democrats in the Senate, including ...")', () => {
    const text =
      'Democrats in the Senate, including Senator Mary Jones of Ohio, are praising the deal, saying it protects workers.';
    expect(new Set(speakerOf(text))).toEqual(new Set(['Democrats in the Senate']));
  });
});
