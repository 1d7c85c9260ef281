/**
 * A participle of saying set off by commas between a subject and its verb ("The protesters,
 * warning of a crackdown, said ...") says only what lies inside the commas: the main clause after
 * the closing comma is not part of that claim. A participle after the verb ("spoke Tuesday,
 * saying ...") keeps its content to the end. Issue 16, a class seen in the eleventh session's
 * reading of unseen briefs; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.cue, c.text]);

describe('attribution: a participle set off between subject and verb', () => {
  it('ends its claim at the closing comma', () => {
    expect(claimsOf('The protesters, warning of a crackdown, said they would return on Friday.')).toEqual([
      ['The protesters', 'warning', 'of a crackdown'],
      ['The protesters', 'said', 'they would return on Friday'],
    ]);
    expect(claimsOf('The senator, saying he was tired, left early.')).toEqual([
      ['The senator', 'saying', 'he was tired'],
    ]);
  });

  it('keeps a trailing participle to the end of its clause', () => {
    expect(claimsOf('The president spoke on Tuesday, saying the war was over.')).toEqual([
      ['The president', 'saying', 'the war was over'],
    ]);
    // After a preposition, not a comma, the participle is no aside: its list of clauses stays whole.
    expect(claimsOf('It goes without saying that we trust him, we back him.')).toEqual([
      [null, 'saying', 'we trust him, we back him'],
    ]);
  });
});
