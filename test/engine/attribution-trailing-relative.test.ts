/**
 * Rule content/trailing-relative-of-object: the noun-phrase content of a cue ends before a relative
 * clause set off by a comma that runs to the sentence end ("cited the budget gap, which has grown
 * ..."): the clause describes the object in the writer's voice. A reported clause keeps it. Issue
 * 16, over-long contents of the PolNeAR dev split; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a relative clause after a noun-phrase content', () => {
  it('ends the content before ", which" / ", who"', () => {
    expect(
      claimsOf('Roads\n\nMayor Ann Kowalski has praised the new harbor bridge, which opened to traffic in May.'),
    ).toEqual([['Ann Kowalski', 'the new harbor bridge']]);
    expect(
      claimsOf(
        'Roads\n\nSenator Paul Ruiz questioned the record of the state auditor, who has held the post since 2011.',
      ),
    ).toEqual([['Paul Ruiz', 'the record of the state auditor']]);
  });

  it('keeps the relative clause of a reported clause', () => {
    expect(
      claimsOf('Roads\n\nMayor Ann Kowalski said the bridge would open in May, which surprised the council.'),
    ).toEqual([['Ann Kowalski', 'the bridge would open in May, which surprised the council']]);
  });

  it('keeps a relative clause that closes before the sentence goes on', () => {
    expect(
      claimsOf(
        'Roads\n\nSenator Paul Ruiz accused the state auditor, who has held the post since 2011, of hiding the costs.',
      ),
    ).toEqual([['Paul Ruiz', 'the state auditor, who has held the post since 2011, of hiding the costs']]);
  });
});
