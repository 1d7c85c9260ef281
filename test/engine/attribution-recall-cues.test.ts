/**
 * Reported speech the cue pass used to miss, by class (recall on unseen articles): nouns of hope
 * and worry, a possessor's view stated with "is that", "made (it) clear", "by X's own account",
 * and a fronted "After saying ...". Each with a made-up sentence and the reading that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: nouns of hope, worry and expectation (cue/nominal-that)', () => {
  it('takes the subject of a light verb before "hope that"', () => {
    const c = claimWith(
      claimsOf('Harbour master Ines Kaur voiced hope that the ferry would sail again by June.'),
      'the ferry would sail',
    );
    expect(c.text).toBe('the ferry would sail again by June');
    expect(c.speaker?.name).toContain('Ines Kaur');
  });

  it('takes the possessor of "worry that"', () => {
    const c = claimWith(
      claimsOf('Coach Lena Ortiz met the board. She shared her worry that the new pitch would flood in spring.'),
      'the new pitch',
    );
    expect(c.cue).toBe('worry');
  });

  it('names nobody for a hope nobody voices', () => {
    expect(claimsOf('Hopes that the strike would end faded by the weekend.')).toEqual([]);
  });
});

describe('claims: "from X to Y" before a noun\'s "that" is a range, not its speaker', () => {
  it('names nobody for "warnings from Lisbon to Riga that ..."', () => {
    expect(claimsOf('The floods followed warnings from Lisbon to Riga that the dykes were too low.')).toEqual([]);
  });
});

describe('claims: a possessor\'s view stated by "is that" (cue/nominal-is-that)', () => {
  it('takes the possessor of "X\'s view is that ..."', () => {
    const c = claimWith(
      claimsOf(
        'Councillor Abel Mensah opposed the toll. Mensah’s view is that the bridge should stay free for cyclists.',
      ),
      'the bridge should stay free',
    );
    expect(c.text).toBe('the bridge should stay free for cyclists');
    expect(c.speaker?.name).toBe('Abel Mensah');
  });

  it('resolves "Her claim was that ..." like "she"', () => {
    const c = claimWith(
      claimsOf('Judge Priya Nair heard the case. Her claim was that the lease had expired in March.'),
      'the lease had expired',
    );
    expect(c.speaker?.name).toBe('Priya Nair');
  });

  it('leaves out a possessor inside a prepositional phrase ("the flaw in X\'s claim is that ...")', () => {
    const claims = claimsOf(
      'Mayor Ruth Okafor spoke first. The flaw in Okafor’s claim is that the depot never closed.',
    );
    expect(claims.filter((c) => c.text.includes('the depot'))).toEqual([]);
  });

  it('names nobody when no possessor holds the view', () => {
    expect(claimsOf('The concern is that the river will rise again before the repairs end.')).toEqual([]);
  });
});

describe('claims: an -ing form right after "that" is the clause\'s gerund subject', () => {
  it('keeps the gerund in the content of "X issued a statement that V-ing ... was ..."', () => {
    const c = claimWith(
      claimsOf('Senator Mia Holt issued a statement that praising the toll plan was premature.'),
      'the toll plan',
    );
    expect(c.text).toBe('praising the toll plan was premature');
    expect(c.speaker?.name).toBe('Mia Holt');
  });

  it('reads "his warning that V-ing ..." as the noun\'s complement', () => {
    const c = claimWith(
      claimsOf('Inspector Raul Vega left early. Staff ignored his warning that skipping the checks would cost lives.'),
      'skipping the checks',
    );
    expect(c.text).toBe('skipping the checks would cost lives');
    expect(c.cue).toBe('warning');
  });
});

describe('claims: "made (it) clear (that)" states what its subject holds', () => {
  it('reads "X made it clear ..." with or without "that"', () => {
    const c = claimWith(
      claimsOf('Chancellor Vera Lind made it clear she would not raise the fuel duty.'),
      'the fuel duty',
    );
    expect(c.text).toBe('she would not raise the fuel duty');
    expect(c.speaker?.name).toBe('Vera Lind');
  });

  it('reads "X made clear that ..." but not "made clear gains"', () => {
    const c = claimWith(claimsOf('The pilots’ union made clear that the strike would go ahead.'), 'the strike');
    expect(c.text).toBe('the strike would go ahead');
    expect(claimsOf('The rookie made clear gains in his second season.')).toEqual([]);
  });
});

describe('claims: "according to the plan" after a quotation names its source', () => {
  it('credits the plan with the quotation, not the speaker before it', () => {
    const claims = claimsOf(
      'Mayor Tim Orr said taxes would rise. “Every district must share the cost of the new depot,” according to the plan.',
    );
    expect(claimWith(claims, 'Every district').speaker?.name).toBe('the plan');
  });

  it('still reads "according to the plan" after plain words as "in accordance with"', () => {
    expect(claimsOf('The depot opened in May, according to the plan.')).toEqual([]);
  });
});

describe('claims: "by X\'s own account" sources its clause (cue/own-account-*)', () => {
  it('reads "By his own account, ..." before the content', () => {
    const c = claimWith(
      claimsOf('Referee Ivan Petrov met the press. By his own account, he never saw the late tackle.'),
      'the late tackle',
    );
    expect(c.text).toBe('he never saw the late tackle');
    expect(c.speaker?.name).toBe('Ivan Petrov');
  });

  it('reads "..., by the treasurer\'s estimate." after the content', () => {
    const c = claimWith(claimsOf('The pension fund will run dry by 2031, by the treasurer’s estimate.'), 'run dry');
    expect(c.speaker?.name).toBe('the treasurer');
  });

  it('names nobody for "By all accounts" or a time\'s count', () => {
    expect(claimsOf('By all accounts, the final was a mess.')).toEqual([]);
    expect(claimsOf('By last year’s count, the town had 400 shops.')).toEqual([]);
  });
});

describe('claims: a cue participle after an opening preposition (cue/fronted-participle)', () => {
  it('credits "After saying ..., X ..." to the main clause\'s subject', () => {
    const c = claimWith(
      claimsOf('After saying that the ferry link was doomed, Councillor Hugo Brandt voted to fund it.'),
      'the ferry link',
    );
    expect(c.text).toBe('the ferry link was doomed');
    expect(c.speaker?.name).toBe('Hugo Brandt');
  });

  it('reads "Before insisting ..." the same way, and leaves a participle with no clause alone', () => {
    const c = claimWith(
      claimsOf('Before insisting the dam was sound, the engineers checked the spillway twice.'),
      'the dam was sound',
    );
    expect(c.speaker?.name).toBe('the engineers');
    expect(claimsOf('After warning voters, she left the hall.')).toEqual([]);
    expect(claimsOf('Since confirming the outbreak on Monday (May 4), the ministry has hired nurses.')).toEqual([]);
  });
});
