/**
 * Claims PolNeAR annotates that the engine used to miss: each sentence is shaped like the dev
 * split's misses (progressive cues, a contracted "he’s", "Police say", a that-clause opening with
 * "because", "a poll shows that", a party tag in the speaker, a cue clause in mid-sentence), and
 * each states the claim an editor would expect, plus the reading that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: progressive cues', () => {
  it('reads "is calling X ..." as a stance of the subject', () => {
    const c = claimWith(
      claimsOf(
        'Libertarian presidential candidate Gary Johnson’s doctor is calling the candidate “extremely physically fit.”',
      ),
      'the candidate',
    );
    expect(c.cue).toBe('calling');
    expect(c.speaker?.name).toContain('doctor');
  });

  it('reads "X is promoting her plans" with the subject as speaker', () => {
    const c = claimWith(
      claimsOf('Hillary Clinton is promoting her plans for enhancing public service opportunities.'),
      'her plans',
    );
    expect(c.text).toBe('her plans for enhancing public service opportunities');
    expect(c.speaker?.name).toBe('Hillary Clinton');
  });

  it('reads "He’s claiming that ..." as the pronoun speaking, not a possessive', () => {
    const c = claimWith(
      claimsOf('He’s claiming that voting fraud is “a big, big problem in this country.”'),
      'voting fraud',
    );
    expect(c.text.startsWith('voting fraud is')).toBe(true);
    expect(c.speaker?.name).toBe('He');
  });

  it('still takes "calling" alone as no cue ("a calling for public service")', () => {
    expect(claimsOf('She found a calling in public service after the war.')).toEqual([]);
  });
});

describe('claims: subjects and content the rules used to refuse', () => {
  it('reads "Police say ..." (a plural without -s) as the police speaking', () => {
    const c = claimWith(claimsOf('Police say he posed a deadly threat and refused to drop the gun.'), 'deadly threat');
    expect(c.speaker?.name).toBe('Police');
    expect(c.cue).toBe('say');
  });

  it('keeps a that-clause that opens with "because"', () => {
    const c = claimWith(
      claimsOf('Obama said that because terrorists are Muslim does not mean Muslims are terrorists.'),
      'terrorists are Muslim',
    );
    expect(c.text.startsWith('because terrorists')).toBe(true);
    expect(c.speaker?.name).toBe('Obama');
  });

  it('still takes "said as he entered the talks" as when, not what', () => {
    expect(claimsOf('The minister said as he entered the talks.')).toEqual([]);
  });

  it('reads "A new poll shows that ..." with the poll as speaker', () => {
    const c = claimWith(
      claimsOf('A new poll shows that Donald Trump remains in a tight race with Hillary Clinton.'),
      'tight race',
    );
    expect(c.cue).toBe('shows');
    expect(c.speaker?.name).toBe('A new poll');
  });

  it('reads a speaker with a party tag ("Mitch McConnell, R-Ky., said")', () => {
    const c = claimWith(
      claimsOf(
        '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said.',
      ),
      'veto',
    );
    expect(c.kind).toBe('direct');
    expect(c.speaker?.name).toContain('McConnell');
  });

  it('ends a mid-sentence cue clause at its comma (", he said, and ...")', () => {
    const claims = claimsOf('Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.');
    const c = claimWith(claims, 'juggernaut');
    expect(c.text).toBe('Lenox was a juggernaut');
    expect(c.speaker?.name).toContain('Clarke');
  });
});

describe('claims: relative and plural subjects', () => {
  it('gives "all the experts I interviewed said ..." to the experts, not to "I"', () => {
    const c = claimWith(
      claimsOf(
        "In Mrs. Clinton's favor, all the experts I interviewed said her proposals were more detailed than Mr. Trump's.",
      ),
      'her proposals',
    );
    expect(c.speaker?.name).toBe('all the experts');
  });

  it('reads "many of whom say ..." with the quantified relative as speaker', () => {
    const c = claimWith(
      claimsOf(
        'The bill has not gone over well with families of 9/11 victims, many of whom say the president’s claims are unfounded.',
      ),
      'claims are unfounded',
    );
    expect(c.speaker?.name).toBe('many of whom');
  });

  it('reads ", who in 2010 said ..." past the year between subject and cue', () => {
    const c = claimWith(
      claimsOf(
        'He has a close relationship with McConnell, now the Senate majority leader, who in 2010 said the GOP’s most important goal was to make Obama a one-term president.',
      ),
      'most important goal',
    );
    expect(c.cue).toBe('said');
    expect(c.text.startsWith('the GOP’s most important goal')).toBe(true);
  });

  it('reads past a time phrase between subject and cue ("Wells Fargo just this month announced ...")', () => {
    const c = claimWith(
      claimsOf(
        'Wells Fargo just this month announced it would get rid of these incentives, beginning in January 2017.',
      ),
      'get rid of',
    );
    expect(c.speaker?.name).toBe('Wells Fargo');
    expect(c.text.startsWith('it would get rid')).toBe(true);
  });

  it('gives "advisers to Mr. Obama say, ..." to the advisers, not to Obama', () => {
    const c = claimWith(
      claimsOf('But in recent days, advisers to Mr. Obama say, the president has grown exasperated with the campaign.'),
      'exasperated',
    );
    expect(c.speaker?.name).toBe('advisers to Mr. Obama');
  });

  it('still reads "the McKinley plan is ..." as a noun, not a cue', () => {
    expect(claimsOf('The McKinley plan is to cut taxes for every family.')).toEqual([]);
  });
});

describe('claims: nested quotations', () => {
  it('attributes a quotation that ends inside a nested one ("..., \'...,\'" said X)', () => {
    const c = claimWith(
      claimsOf(
        `"People say, 'It doesn't matter because Hillary Clinton will get 90 percent of the vote,'" said Charlie King, a prominent New York Democrat.`,
      ),
      'People say',
    );
    expect(c.kind).toBe('direct');
    expect(c.speaker?.name).toBe('Charlie King');
  });
});

describe('claims: stance verbs added from PolNeAR misses', () => {
  it('reads "grilled" and "laid out" as stances of a named subject', () => {
    const grilled = claimWith(
      claimsOf(
        'Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday for his role in the scheme.',
      ),
      'John Stumpf',
    );
    expect(grilled.speaker?.name).toBe('Elizabeth Warren');
    const laid = claimWith(
      claimsOf(
        'In a speech in Fort Pierce, Florida Friday, Clinton laid out her proposals to increase national service.',
      ),
      'her proposals',
    );
    expect(laid.cue).toBe('laid out');
  });

  it('does not take a cook for a speaker ("the chef grilled steaks")', () => {
    expect(claimsOf('The grilling lasted three hours and the chef grilled steaks for the crowd.')).toEqual([]);
  });
});

describe('claims: long evidence subjects', () => {
  it('reads "A ... report released last year found that ..." with the report as speaker', () => {
    const c = claimWith(
      claimsOf(
        'A Government Accountability Office report released last year found that the agency could not be sure where the money came from.',
      ),
      'the agency could not',
    );
    expect(c.cue).toBe('found');
    expect(c.speaker?.name).toContain('report');
  });

  it('reads "after leaked documents from his 1995 tax return show he took ..." without "that"', () => {
    const c = claimWith(
      claimsOf(
        'But that gap has taken on new urgency after leaked documents from his 1995 tax return show he took a massive loss.',
      ),
      'he took a massive loss',
    );
    expect(c.cue).toBe('show');
    expect(c.speaker?.name).toContain('documents');
  });

  it('does not read a fronted time clause ("After the video shows the crash, ...") as a finding', () => {
    expect(claimsOf('After the video shows the crash, the anchor cuts to a commercial.')).toEqual([]);
  });
});
