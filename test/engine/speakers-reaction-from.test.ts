/**
 * A reaction noun's "from" object is who reacted, and "who" after it takes it up: "drew outrage
 * from tenants, who said ..." is the tenants, "criticism from Sen. X (D-Md.), who called it ..." is
 * X (speakers/who-antecedent.ts, nouns as data in data/reaction-nouns.ts). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const cuesOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.cue, c.text]);

describe('speakers: the "from" object of a reaction noun', () => {
  it('speaks through the "who" after it', () => {
    expect(cuesOf('The rezoning drew outrage from tenants, who said the rents would double.')).toEqual([
      ['tenants', 'said', 'the rents would double'],
    ]);
    expect(cuesOf('The levy drew criticism from Sen. Marta Quill (D-Md.), who called it a tax on farmers.')).toEqual([
      ['Marta Quill', 'called', 'it a tax on farmers'],
    ]);
  });

  it('leaves a plain name before "who" as it was', () => {
    expect(cuesOf('The levy won praise from Marta Quill, who said it was fair.')).toEqual([
      ['Marta Quill', 'said', 'it was fair'],
    ]);
  });
});
