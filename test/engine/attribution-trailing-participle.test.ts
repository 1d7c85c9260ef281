/**
 * Rule content/trailing-participle-of-object: the noun-phrase content of a cue ends before a
 * participle clause set off by a comma that runs to the sentence end ("sponsored the harbor bill,
 * requiring ..."); a list ("..., including ...") and a reported clause go on. Issue 16, over-long
 * contents of the PolNeAR dev split; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a participle clause after a noun-phrase content', () => {
  it('ends the content before ", requiring ..."', () => {
    expect(
      claimsOf(
        'Harbor\n\nSenator Paul Ruiz sponsored the 2019 harbor safety bill, requiring every ferry to carry rafts.',
      ),
    ).toEqual([['Paul Ruiz', 'the 2019 harbor safety bill']]);
  });

  it('keeps a list and a reported clause whole', () => {
    expect(
      claimsOf('Harbor\n\nSenator Paul Ruiz criticized several harbor projects, including the new ferry terminal.'),
    ).toEqual([['Paul Ruiz', 'several harbor projects, including the new ferry terminal']]);
    expect(claimsOf('Harbor\n\nSenator Paul Ruiz said fares would rise, starting in May.')).toEqual([
      ['Paul Ruiz', 'fares would rise, starting in May'],
    ]);
  });
});
