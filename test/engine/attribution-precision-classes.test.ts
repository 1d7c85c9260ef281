import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Every sentence here is made up for these tests (issue 16: PolNeAR precision, wrong claims and spans).

const claimsOf = (text: string) => brief({ text }).claims;

describe('a channel aside between the subject and its cue', () => {
  it('"The agency, in a letter to the board, denied the audit": the agency speaks, not "the audit"', () => {
    const claims = claimsOf('Audit\n\nThe agency, in a letter to the board, denied the audit.');
    expect(claims.some((c) => c.speaker?.name === 'the audit')).toBe(false);
    expect(claims.some((c) => c.text.includes('in a letter'))).toBe(false);
  });

  it('"The plan was sound, said the mayor" still reads the inverted cue', () => {
    const [c] = claimsOf('Plan\n\nThe plan was sound, said the mayor.');
    expect(c?.speaker?.name).toBe('the mayor');
  });
});

describe('a verb of saying whose object reports silence', () => {
  it('"said nothing about the levy" is no claim', () => {
    expect(claimsOf('Levy\n\nThe treasurer said nothing about the levy at the hearing.')).toHaveLength(0);
  });

  it('"has said very little publicly" is no claim', () => {
    expect(claimsOf('Levy\n\nThe councillor has said very little publicly since the vote.')).toHaveLength(0);
  });

  it('"said nothing would change" is a claim: a verb follows the quantifier', () => {
    const [c] = claimsOf('Levy\n\nThe treasurer said nothing would change in the spring.');
    expect(c?.text).toBe('nothing would change in the spring');
  });
});

describe('a noun of saying that is the sentence subject', () => {
  it('"His claim that the ferry pays for itself drew scorn": the content ends before the main verb', () => {
    const [c] = claimsOf('Ferry\n\nHis claim that the ferry pays for itself drew scorn from the auditors.');
    expect(c?.text).toBe('the ferry pays for itself');
  });

  it('"Her warning that the dam had cracked went unheeded" ends at the clause', () => {
    const [c] = claimsOf('Dam\n\nBut her warning that the dam had cracked went unheeded for weeks.');
    expect(c?.text).toBe('the dam had cracked');
  });

  it('the object of a verb keeps its whole clause ("seized on the warden\'s claim that ...")', () => {
    const [c] = claimsOf("Jail\n\nCritics seized on the warden's claim that the cells were cleaned daily.");
    expect(c?.text).toBe('the cells were cleaned daily');
  });
});

describe('"X\'s main claim was that ..."', () => {
  it('gives one claim by the possessor, not a second one reading "claim" as a verb', () => {
    const claims = claimsOf("Pier\n\nJones's main claim was that the pier had been sold in secret.");
    expect(claims).toHaveLength(1);
    expect(claims[0].speaker?.name).toBe('Jones');
    expect(claims[0].text).toBe('the pier had been sold in secret');
  });

  it('"those she claims were there" still reports: a pronoun makes "claims" a verb', () => {
    const claims = claimsOf('Party\n\nShe named those she claims were there at the party on Friday.');
    expect(claims.some((c) => c.text.startsWith('were there'))).toBe(true);
  });
});

describe('"this" right after a cue', () => {
  it('"said this is a threat": "this" is the said clause\'s subject, kept in the content', () => {
    const [c] = claimsOf('Port\n\nThe harbour master said this is a direct threat to the port.');
    expect(c?.text).toBe('this is a direct threat to the port');
  });

  it('"said this week that ..." still skips the time', () => {
    const [c] = claimsOf('Port\n\nThe harbour master said this week that the port would close.');
    expect(c?.text).toBe('the port would close');
  });
});
