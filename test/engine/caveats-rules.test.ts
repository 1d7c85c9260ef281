/**
 * Structural opinion rules (issue 16, caveats): verdicts an opinion piece states without a loaded
 * word are the author's, and words that are not the author's (embedded posts, reported speech,
 * headline questions, courtesy lines) are not. Every article here is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);
const flags = (text: string, part: string) => author(text).some((k) => k.includes(part));

describe('evaluative predication', () => {
  it('flags a definite subject, a copula and an evaluative head as the author’s verdict', () => {
    const text = 'The council met on Monday to vote on the budget.\n\nThis is political theater, plain and simple.';
    expect(flags(text, 'This is political theater')).toBe(true);
  });

  it('flags a negated copula and a modal copula', () => {
    expect(flags('The figures came out last week. They aren’t pretty.', 'They aren’t pretty')).toBe(true);
    expect(flags('Mayor Quill said the bridge opens in May. That would be correct.', 'That would be correct')).toBe(
      true,
    );
  });

  it('flags the "this is ... for you" idiom', () => {
    expect(
      flags('The committee adjourned again. This is the Granby council for you.', 'This is the Granby council for you'),
    ).toBe(true);
  });

  it('leaves the same predicate alone in reported speech', () => {
    const text = 'Critics say the plan is a disaster for renters, according to a survey by the Dorrin Institute.';
    expect(author(text).some((k) => k.includes('is a disaster'))).toBe(false);
    expect(author('“This plan is a disaster,” said Ms. Varrow.').some((k) => k.includes('disaster'))).toBe(false);
  });

  it('leaves a predicate that is asked or supposed alone ("whether ... is correct", "If ... is a disaster")', () => {
    const text =
      'Range rules\n\nA tracer round glows, so shooters can see whether their aim is correct. ' +
      'If the new levy is a disaster, the council can repeal it.';
    expect(author(text).some((k) => k.includes('is correct') || k.includes('is a disaster'))).toBe(false);
  });

  it('leaves a neutral predicate alone', () => {
    expect(author('The bridge is closed for repairs until Friday.')).toEqual([]);
  });
});

describe('ironic labels, exhortation and stance formulas', () => {
  it('flags "a <label> of a <thing>"', () => {
    expect(flags('Delegates flew home from what was a train wreck of a summit.', 'a train wreck of a summit')).toBe(
      true,
    );
  });

  it('flags a call to action at the start of a sentence', () => {
    expect(flags('Let’s not pretend the council did its job.', 'Let’s not pretend')).toBe(true);
    expect(flags('So we need to stop funding the Granby scheme.', 'we need to stop')).toBe(true);
  });

  it('does not read "US" as the first person or a comment invitation as a call to action', () => {
    expect(author('The tariffs mirror those of US President Ann Vell.')).toEqual([]);
    expect(author('Let us know in the comments below.')).toEqual([]);
    const rally = brief({ text: 'At the rally he was calling them liars and cowards.' }).caveats;
    expect(rally.some((k) => k.reason.includes('evaluative predication'))).toBe(false);
  });

  it('flags first-person stance, even inside reported speech', () => {
    expect(flags('If you ask me, the deal was signed in a hurry.', 'If you ask me')).toBe(true);
    expect(flags('When Orrin Teal spoke, he said what many of us thought.', 'many of us')).toBe(true);
    expect(flags('So much for unity.', 'So much for unity')).toBe(true);
    expect(flags('It is safe to say the Tamsin board is worried.', 'safe to say')).toBe(true);
    expect(flags('The voters of Elmbury have a right to know.', 'a right to know')).toBe(true);
  });

  it('keeps the author’s stance sentence out of the summary', () => {
    const text =
      'Senator Orrin Teal addressed the hearing on Tuesday.\n\nWhen Teal had his time to speak, he said what many of us thought should have been said.';
    expect(brief({ text }).summary.join(' ')).not.toContain('many of us');
  });
});

describe('words that are not the author’s', () => {
  it('does not count an embedded post’s lines as the author’s opinion', () => {
    const text = [
      'Governor Pella Brandt took to social media on Friday.',
      'In her post, Brandt attacked the auditors.',
      'This is a disgraceful witch hunt and it must end now!',
      'Enough is enough!!!',
      '— Pella Brandt (@PellaBrandt) March 3, 2024',
      'The auditors declined to comment.',
    ].join('\n');
    expect(author(text).filter((k) => /witch hunt|Enough/.test(k))).toEqual([]);
  });

  it('finds an embed credit without a dash', () => {
    const text = [
      'Reactions poured in overnight.',
      'Lock them all up, this is a disgrace!!!',
      'Angry Voter (@angryvoter77) March 3, 2024',
      'The auditors declined to comment.',
    ].join('\n');
    expect(author(text).filter((k) => /disgrace|Angry/.test(k))).toEqual([]);
  });

  it('does not flag the headline question printed again in the body', () => {
    const text =
      'Who Pays For The Bridge, Voters?\n\nWho Pays For The Bridge, Voters?\n\nThe county approved the bond on Monday.';
    expect(author(text)).toEqual([]);
  });

  it('keeps an explainer\'s "let\'s" and a plain "sign up with" quiet', () => {
    expect(author('Let’s break the costs down in order, for a family of four in Ormsby.')).toEqual([]);
    expect(author('The hosts would sign up with a network the ministry funds.')).toEqual([]);
  });

  it('does not flag a newsletter box', () => {
    const text =
      'The county approved the bond on Monday.\nGet the most important news of the day delivered to your inbox. Sign up now.';
    expect(author(text)).toEqual([]);
  });

  it('does not flag a question in the headline or a courtesy exclamation', () => {
    const text =
      'Who Pays For The Bridge, Voters?\n\nThe county approved the bond on Monday by four votes to one.\n\nPlease support our reporting. Thank you!';
    expect(author(text)).toEqual([]);
  });
});
