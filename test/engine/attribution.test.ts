/**
 * Claims: who said what. Each case is a sentence shaped like real wire copy, and each states what
 * an editor would notice: the content without the cue clause, the right speaker, the cue, the kind.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { findActors } from '../../src/engine/actors';
import { findAttribution } from '../../src/engine/attribution';
import { analyse } from '../../src/engine/document';
import { checkExample, expectedFiles } from '../../scripts/eval/examples';
import { readShared } from '../../scripts/eval/shared';
import { noExamples } from './examples';
import { claimWith } from './claims';

function attribute(text: string) {
  const doc = analyse(text);
  const actors = findActors(doc);
  return { ...findAttribution(doc, actors), actors };
}

describe('claims: reported speech', () => {
  it('takes the that-clause of "X said that ..." as the content, not the cue clause', () => {
    const { claims } = attribute('Governor Maria Lopez said on Tuesday that the bridge would reopen in March.');
    const c = claimWith(claims, 'the bridge would reopen');
    expect(c.text).toBe('the bridge would reopen in March');
    expect(c.kind).toBe('indirect');
    expect(c.cue).toBe('said');
    expect(c.speaker?.name).toBe('Maria Lopez');
  });

  it('takes the clause before a trailing ", X said." and the speaker after the comma', () => {
    const { claims } = attribute('The storm damaged more than 300 homes along the coast, the county sheriff said.');
    const c = claimWith(claims, 'storm damaged');
    expect(c.text).toBe('The storm damaged more than 300 homes along the coast');
    expect(c.speaker?.name).toBe('the county sheriff');
  });

  it('reads the inverted ", said X, a ..." with an appositive after the name', () => {
    const { claims } = attribute('“We are running out of time,” said Anna Kovacs, a spokeswoman for the agency.');
    const c = claimWith(claims, 'running out of time');
    expect(c.kind).toBe('direct');
    expect(c.speaker?.name).toBe('Anna Kovacs');
  });

  it('finds the name before an appositive between commas', () => {
    const { claims } = attribute(
      '“The numbers do not add up,” Peter Hall, a senior economist at the bank, said on Friday.',
    );
    expect(claimWith(claims, 'numbers do not add up').speaker?.name).toBe('Peter Hall');
  });

  it('knows warned, noted, insisted, acknowledged and told reporters as cues', () => {
    const text = [
      'Prime Minister Elena Ruiz warned that the talks could collapse.',
      'Finance Minister Tomas Berg noted that inflation had eased.',
      'Union leader Sam Okafor insisted the strike would go on.',
      'Mayor Jan Novak acknowledged that the budget was short.',
      'Senator Alice Grant told reporters the vote would be close.',
    ].join('\n\n');
    const { claims } = attribute(text);
    expect(claimWith(claims, 'talks could collapse').cue).toBe('warned');
    expect(claimWith(claims, 'inflation had eased').cue).toBe('noted');
    expect(claimWith(claims, 'strike would go on').cue).toBe('insisted');
    expect(claimWith(claims, 'budget was short').cue).toBe('acknowledged');
    const told = claimWith(claims, 'vote would be close');
    expect(told.cue).toBe('told');
    expect(told.text).toBe('the vote would be close');
    expect(told.speaker?.name).toBe('Alice Grant');
  });

  it('reads "according to X, ..." and "..., according to X." with X as speaker and source', () => {
    const { claims, sources } = attribute(
      'According to Reuters, the ministry ordered the recall. The recall covers 2,000 cars, according to the ministry.',
    );
    const a = claimWith(claims, 'ordered the recall');
    expect(a.text).toBe('the ministry ordered the recall');
    expect(a.cue).toBe('according to');
    expect(a.speaker?.name).toBe('Reuters');
    expect(sources.find((s) => s.name === 'Reuters')?.type).toBe('news-agency');
    expect(claimWith(claims, 'covers 2,000 cars').text).toBe('The recall covers 2,000 cars');
  });

  it('gives "X reported ..." to the outlet', () => {
    const { claims } = attribute('The Washington Post reported on Monday that the plan had been shelved.');
    const c = claimWith(claims, 'plan had been shelved');
    expect(c.cue).toBe('reported');
    expect(c.speaker?.name).toMatch(/Washington Post/);
  });

  it('keeps a participle ("also noting that ...") with the speaker of the claim before it', () => {
    const { claims } = attribute(
      '“The ceasefire is holding,” General Omar Haddad said on Sunday, also noting that “supply lines remain open.”',
    );
    const c = claimWith(claims, 'supply lines remain open');
    expect(c.cue).toBe('noting');
    expect(c.speaker?.name).toBe('Omar Haddad');
  });

  it('takes "responded that ..." as reported speech, but not "the story continues below"', () => {
    const { claims } = attribute(
      'The ministry responded that the figures were wrong.\n\nThe story continues below the poll.',
    );
    expect(claimWith(claims, 'figures were wrong').cue).toBe('responded');
    expect(claims.some((c) => c.text.includes('below'))).toBe(false);
  });

  it('skips pro-forms: "said as much" is no content', () => {
    const { claims } = attribute(
      'Her rival said as much in an interview on Thursday, arguing that the plan “makes no sense.”',
    );
    expect(claims.some((c) => c.text.startsWith('as much'))).toBe(false);
    expect(claimWith(claims, 'makes no sense').cue).toBe('arguing');
  });
});

describe('claims: quotations', () => {
  it('splits "“...,” he added, “...”" into quotations without the cue clause', () => {
    const text =
      'Chief Executive Laura Chen spoke at the annual meeting.\n\n“We will not cut jobs this year,” she added, “and we will keep every plant open.”';
    const { claims } = attribute(text);
    const first = claimWith(claims, 'not cut jobs');
    expect(first.text).toBe('“We will not cut jobs this year,”');
    expect(first.cue).toBe('added');
    expect(first.speaker?.name).toBe('Laura Chen');
    expect(claims.every((c) => !c.text.includes('she added'))).toBe(true);
  });

  it('gives a cue-less quotation paragraph to the previous speaker', () => {
    const text =
      '“The court got this wrong,” said attorney Mark Ellis.\n\n“We will appeal, and we expect to win on the merits of the case.”';
    const { claims } = attribute(text);
    const c = claimWith(claims, 'We will appeal');
    expect(c.kind).toBe('direct');
    expect(c.speaker?.name).toBe('Mark Ellis');
  });

  it('reads colon attribution without a verb ("Sen. X to committee Democrats: “...”")', () => {
    const { claims } = attribute('Sen. Ruth Baker to committee Republicans: "You had your chance and you wasted it."');
    const c = claimWith(claims, 'wasted it');
    expect(c.kind).toBe('direct');
    expect(c.speaker?.name).toBe('Ruth Baker');
  });

  it('attributes a quotation followed by "“...,” X blasted ..."', () => {
    const { claims } = attribute('"This whole process is a disgrace," Baker blasted the committee on Thursday.');
    const c = claimWith(claims, 'disgrace');
    expect(c.cue).toBe('blasted');
    expect(c.speaker?.name).toBe('Baker');
  });

  it('marks reported speech with a quoted fragment as mixed', () => {
    const { claims } = attribute('Ambassador Karl Weiss said the proposal was “dead on arrival” in its current form.');
    expect(claimWith(claims, 'dead on arrival').kind).toBe('mixed');
  });
});

describe('claims: headlines and credits', () => {
  it('reads a Title Case headline cue ("..., Senator Jane Roe Says")', () => {
    const text = 'Tariffs Will Hurt Farmers First, Senator Jane Roe Says\n\nThe senator spoke in Iowa on Monday.';
    const c = claimWith(attribute(text).claims, 'Tariffs Will Hurt');
    expect(c.cue).toBe('Says');
    expect(c.speaker?.name).toMatch(/Jane Roe/);
  });

  it('gives a quotation followed by "― Name" to that name', () => {
    const text =
      'Readers answered our question.\n\n“I never thought the vote would matter this much to me.” ― Maria Gomez';
    const c = claimWith(attribute(text).claims, 'never thought');
    expect(c.speaker?.name).toBe('Maria Gomez');
  });

  it('reads a transcript line "NAME: ..." as that speaker\'s words', () => {
    const c = claimWith(attribute('WALLACE: Will she be at the debate tomorrow night?').claims, 'debate tomorrow');
    expect(c.speaker?.name).toBe('WALLACE');
  });
});

describe('claims: speakers', () => {
  it('resolves "he" to the person named in the sentence before', () => {
    const text =
      'Defense Minister Ivan Petrov met his counterparts in Brussels.\n\nHe said the alliance had to act faster.';
    const c = claimWith(attribute(text).claims, 'act faster');
    expect(c.speaker?.name).toMatch(/Petrov/);
    expect(c.speaker?.anonymous).toBe(false);
  });

  it('resolves a pronoun to the nearest name in its own sentence, not the earlier speaker', () => {
    const text =
      'Adviser Ken Moss said President Dana Reyes was right when she said on Monday that “the army has been hollowed out.”';
    const { claims } = attribute(text);
    const c = claims.find((x) => x.text.startsWith('“the army'));
    if (!c) throw new Error('no nested claim');
    expect(c.text).toBe('“the army has been hollowed out.”');
    expect(c.speaker?.name).toMatch(/Dana Reyes/);
    // The outer claim stays Ken Moss's.
    expect(claimWith(claims, 'was right when').speaker?.name).toBe('Ken Moss');
  });

  it('marks unnamed sourcing as anonymous and joins "the same official" to it', () => {
    const text =
      'Two U.S. officials said the shipment had left port.\n\nThe same official stipulated that the route “has not changed.”';
    const { claims, sources } = attribute(text);
    expect(claimWith(claims, 'shipment had left').speaker).toMatchObject({
      name: 'Two U.S. officials',
      anonymous: true,
    });
    const same = claimWith(claims, 'has not changed');
    expect(same.speaker?.anonymous).toBe(true);
    const officials = sources.find((s) => s.name === 'Two U.S. officials');
    expect(officials?.anonymous).toBe(true);
    expect(same.sourceIds).toContain(officials?.id);
  });

  it('treats "a senior official", "sources" and "people familiar with the talks" as anonymous speakers', () => {
    const text = [
      'A senior official said the deal was close.',
      'The talks will resume on Monday, sources said.',
      'People familiar with the talks said a draft was ready.',
    ].join('\n\n');
    const { claims } = attribute(text);
    for (const f of ['deal was close', 'talks will resume', 'draft was ready'])
      expect(claimWith(claims, f).speaker?.anonymous).toBe(true);
  });
});

describe('claims: nested attribution and channels', () => {
  it('gives "Politico reported ... two officials said" to Politico and keeps the officials as its sources', () => {
    const text =
      'Politico reported Thursday, “The White House has quietly approved the sale, two U.S. officials and two other people familiar with the move said Thursday.”';
    const { claims, sources } = attribute(text);
    const c = claimWith(claims, 'quietly approved the sale');
    expect(c.speaker?.name).toBe('Politico');
    const names = c.sourceIds.map((id) => sources.find((s) => s.id === id)?.name);
    expect(names).toContain('Politico');
    expect(names).toContain('two U.S. officials');
    expect(names).toContain('two other people familiar with the move');
  });

  it('links "he said on Telegram, according to TASS" to both channels', () => {
    const text =
      'Deputy Chairman Oleg Sidorov spoke on Friday.\n\n“Any depot that supplies them is a target,” he said on Telegram, according to TASS.';
    const { claims, sources } = attribute(text);
    const c = claimWith(claims, 'is a target');
    const byId = (id: string) => sources.find((s) => s.id === id);
    const types = c.sourceIds.map((id) => `${byId(id)?.name}:${byId(id)?.type}`);
    expect(types).toContain('Telegram:platform');
    expect(types).toContain('TASS:news-agency');
  });

  it('records "in a statement" and "via Twitter" as the channel of the claim', () => {
    const text =
      'The ministry said in a statement that the border would stay closed.\n\nThe mayor said via Twitter that schools would open late.';
    const { claims, sources } = attribute(text);
    const statement = claimWith(claims, 'border would stay closed');
    expect(statement.sourceIds.map((id) => sources.find((s) => s.id === id)?.type)).toContain('document');
    const tweet = claimWith(claims, 'schools would open late');
    expect(tweet.sourceIds.map((id) => sources.find((s) => s.id === id)?.name)).toContain('Twitter');
  });
});

describe('claims: what is not a claim', () => {
  it('finds no claim in poll widgets and form boilerplate', () => {
    const text = [
      'Who should lead the committee?',
      'Email *',
      'Comments This field is for validation purposes and should be left unchanged.',
      'Completing this poll grants you access to our updates free of charge.',
      'You may opt out at anytime.',
    ].join('\n');
    expect(attribute(text).claims).toEqual([]);
  });

  it('does not take a noun ("widespread reports", "her claims") for a cue', () => {
    const { claims } = attribute(
      'The ministry is angry at widespread reports that the plan was dropped, and the witnesses refute her claims.',
    );
    expect(claims).toEqual([]);
  });

  it('gives no claim to "you" (the reader) and does not read a hypothetical event as a stance', () => {
    const text =
      'You also agree to our Terms of Use.\n\nThe alliance would respond in a scenario where Russia attacks NATO personnel.';
    expect(attribute(text).claims).toEqual([]);
  });

  it('keeps the author voice out: an opinion sentence with no cue is no claim', () => {
    expect(attribute('Clearly it is a dangerous slippery slope for everyone involved.').claims).toEqual([]);
  });
});

describe('claims: offsets', () => {
  it('every claim is a verbatim slice of the text', () => {
    const text =
      '“It’s over,” he said.\r\n\r\nOfficials said on Monday that the “temporary” closure — first ordered in May — would end.\n\nAccording to the agency, 40% of sites reopened.';
    for (const c of attribute(text).claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe.skipIf(noExamples)('worked examples: claims and sources', () => {
  for (const file of noExamples ? [] : expectedFiles()) {
    it(`${file}: every claims.* and sources.* item passes`, () => {
      const spec = JSON.parse(readShared(`examples/${file}`)) as { article: string };
      const checks = checkExample(file, brief({ text: readShared(`examples/${spec.article}`) })).filter(
        (c) => c.section.startsWith('claims') || c.section.startsWith('sources'),
      );
      expect(checks.filter((c) => !c.pass)).toEqual([]);
      expect(checks.length).toBeGreaterThan(0);
    });
  }
});
