/**
 * Speaker classes found reading briefs of unseen articles (issue 16, speakers): a phrase from
 * inside a relative clause, a role's "of" phrase, "those" heading a sourcing phrase, a count as
 * the subject, a perception verb between a subject and a cue. Made-up sentences; each class also
 * checks readings that must not change.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

function claimOf(text: string, fragment: string) {
  const b = brief({ text }, { trace: true });
  const c = b.claims.find((x) => x.text.includes(fragment));
  if (!c) throw new Error(`no claim contains ${fragment}; claims: ${JSON.stringify(b.claims.map((x) => x.text))}`);
  const rules = (b.trace ?? []).filter((e) => e.kind === 'claim' && e.start === c.start).flatMap((e) => e.rules);
  return { claim: c, rules };
}

describe('a relative clause inside the subject supplies no speaker (speakers/relative-clause-subject)', () => {
  it('credits the head before "who", not the object of the clause', () => {
    const cases: [string, string, string][] = [
      ['The nurse who is running for the council says the clinic will close.', 'clinic will', 'The nurse'],
      ['A farmer who spoke to the board said the river was low.', 'river was', 'A farmer'],
      ['The tenant who has been living in the tower told inspectors the heating failed.', 'heating', 'The tenant'],
      ['A driver who worked at the depot said the buses were late.', 'buses', 'A driver'],
      ['The candidate who is campaigning for governor argued that the levy fails.', 'levy', 'The candidate'],
    ];
    for (const [text, content, speaker] of cases) {
      const { claim, rules } = claimOf(text, content);
      expect(claim.speaker?.name, text).toBe(speaker);
      expect(rules, text).toContain('speakers/relative-clause-subject');
    }
  });

  it('leaves a clause whose verb follows "who", an aside and an object relative as they were', () => {
    expect(claimOf('A farmer who ran for the board said the river was low.', 'river').claim.speaker?.name).toBe(
      'A farmer',
    );
    expect(claimOf('Ann Lee, who ran for the board, said the river was low.', 'river').claim.speaker?.name).toBe(
      'Ann Lee',
    );
    expect(
      claimOf('The man who Bo Reyes said was driving told police he was tired.', 'he was tired').claim.speaker?.name,
    ).toBe('The man');
    expect(claimOf('Ann Lee is a coach who hires whoever she thinks will win.', 'will win').claim.speaker?.name).toBe(
      'Ann Lee',
    );
    expect(claimOf('It is unclear who is running for the board, the paper said.', 'unclear').claim.speaker?.name).toBe(
      'the paper',
    );
  });
});

describe('a relative clause set off after the subject keeps the cue its verb (cue/relative-aside-subject)', () => {
  it('credits the subject before ", who ...," and reports what follows the cue', () => {
    for (const text of [
      'Ana Ruiz, who is running for the council, said the ferry plan fails.',
      'The warden, who was hired in May, said the ferry plan fails.',
    ]) {
      const { claim } = claimOf(text, 'ferry plan');
      expect(claim.text, text).toBe('the ferry plan fails');
      expect(claim.speaker?.name, text).toMatch(/Ana Ruiz|The warden/);
    }
  });

  it('leaves a quotation with its name after the cue as it was', () => {
    const { claim } = claimOf('“The ferry plan fails,” said Ana Ruiz, who is running for the council.', 'ferry plan');
    expect(claim.speaker?.name).toBe('Ana Ruiz');
  });
});

describe('a duration between the subject and its cue is stepped over (speakers/duration-before-cue)', () => {
  it('credits the subject before "for years", "for the past decade", "since 2010"', () => {
    const cases: [string, string, string][] = [
      ['A nurse who has worked at the clinic for years said the wards were full.', 'wards', 'A nurse'],
      ['A farmer who has farmed by the river for two decades said it was low.', 'was low', 'A farmer'],
      ['Tenants who have lived in the tower for the past decade say the lifts fail.', 'lifts', 'Tenants'],
      ['The ferry council has since 2019 argued that the fares are fair.', 'fares', 'The ferry council'],
    ];
    for (const [text, content, speaker] of cases) {
      const { claim, rules } = claimOf(text, content);
      expect(claim.speaker?.name, text).toBe(speaker);
      expect(rules, text).toContain('speakers/duration-before-cue');
    }
  });

  it('leaves a date before the cue and a time in the content as they were', () => {
    expect(claimOf('The nurse who in 2019 said the wards were full was right.', 'wards').rules).not.toContain(
      'speakers/duration-before-cue',
    );
    expect(claimOf('The nurse said the wards had been full for years.', 'wards').claim.speaker?.name).toBe('The nurse');
  });
});

describe('an office "of" a place or body is its holder (resolve/office-holder)', () => {
  it('keeps the "of" phrase in the speaker, neither cut to the title nor given to the place or body', () => {
    const cases: [string, string, string][] = [
      ['The mayor of Brenville said the ferry would stop.', 'ferry', 'The mayor of Brenville'],
      [
        'The chief executive of Corvane Mills told reporters the plant would close.',
        'plant',
        'The chief executive of Corvane Mills',
      ],
      ['The former governor of Ostia argued that the levy was fair.', 'levy', 'The former governor of Ostia'],
    ];
    for (const [text, content, speaker] of cases) {
      const { claim, rules } = claimOf(text, content);
      expect(claim.speaker?.name, text).toBe(speaker);
      expect(rules, text).toContain('resolve/office-holder');
    }
  });

  it('leaves representatives, residents and a named holder as they were', () => {
    expect(claimOf('A spokesman for the ministry said the talks had ended.', 'talks').claim.speaker?.name).toBe(
      'A spokesman for the ministry',
    );
    expect(claimOf('The mayor of Brenville, Ana Ruiz, said the ferry would stop.', 'ferry').claim.speaker?.name).toBe(
      'Ana Ruiz',
    );
    expect(claimOf('Residents of Brenville said the ferry would stop.', 'ferry').claim.speaker?.name).toBe(
      'Residents of Brenville',
    );
  });
});

describe('an office "of" a place is the holder the article named (speakers/office-of-place-holder)', () => {
  const later = ' The crowd was large. The mayor of Brashmoor said the ferry toll would end.';
  it('credits the one mayor named before', () => {
    const b = brief({ text: `Mayor Ana Ruiz opened the pier on Monday.${later}` }, { trace: true });
    const c = b.claims.find((x) => x.text.includes('toll'));
    expect(c?.speaker?.name).toBe('Ana Ruiz');
    expect(c?.speaker?.actorId).toBeTruthy();
    const rules = (b.trace ?? []).filter((e) => e.kind === 'claim' && e.start === c?.start).flatMap((e) => e.rules);
    expect(rules).toContain('speakers/office-of-place-holder');
    expect(b.sources.map((s) => s.name)).toEqual(['Ana Ruiz']);
  });

  it("leaves the office as it was with two holders, a former one, another place's or a body's", () => {
    for (const first of [
      'Mayor Ana Ruiz opened the pier. Mayor Bo Reyes cut the ribbon.',
      'Former Mayor Ana Ruiz opened the pier.',
      'Dunmore Mayor Ana Ruiz opened the pier.',
    ]) {
      const c = brief({ text: first + later }).claims.find((x) => x.text.includes('toll'));
      expect(c?.speaker?.name, first).toBe('The mayor of Brashmoor');
    }
    const body = 'President Ana Ruiz spoke. The president of Corvane Mills said the plant would close.';
    expect(claimOf(body, 'plant').claim.speaker?.name).toBe('The president of Corvane Mills');
  });
});

describe("a place's people speak as a group, not the place (resolve/people-of-place)", () => {
  it('credits "the people of", "residents of", "the citizens of" a place, which is no source', () => {
    for (const speaker of ['The people of Brashmoor', 'Residents of Brashmoor', 'The citizens of Poland']) {
      const text = `${speaker} said they were tired of the ferry.`;
      const b = brief({ text }, { trace: true });
      const c = b.claims.find((x) => x.text.includes('tired'));
      expect(c?.speaker?.name, text).toBe(speaker);
      expect(c?.speaker?.actorId ?? null, text).toBeNull();
      expect(
        b.sources.map((s) => s.name),
        text,
      ).toEqual([speaker]);
      const rules = (b.trace ?? []).filter((e) => e.kind === 'claim' && e.start === c?.start).flatMap((e) => e.rules);
      expect(rules, text).toContain('resolve/people-of-place');
    }
    const place = brief({ text: 'The people of Brashmoor said they were tired of the ferry.' }).actors;
    expect(place.find((a) => a.name === 'Brashmoor')?.type).toBe('place');
  });

  it('leaves "people in" a place and a name after the people as they were', () => {
    expect(claimOf('People in Brashmoor said the ferry was late.', 'ferry').claim.speaker?.name).toBe('People');
    expect(claimOf('The people of Brashmoor and Ana Ruiz said the ferry was late.', 'ferry').rules).not.toContain(
      'resolve/people-of-place',
    );
  });
});

describe('"those" heads a sourcing phrase (speakers/those-subject, resolve/those-sourcing)', () => {
  it('reads "those familiar with", "those close to", "those involved in", "those in", "those who" as unnamed sourcing', () => {
    const cases: [string, string, string][] = [
      ['Those familiar with the mill in Ostia say the sale is near.', 'sale', 'Those familiar with the mill in Ostia'],
      ['Those close to Ana Ruiz say she will not run.', 'will not run', 'Those close to Ana Ruiz'],
      ['Those involved in the audit said the books were clean.', 'books', 'Those involved in the audit'],
      ['Those in the hall said the vote was rushed.', 'vote', 'Those in the hall'],
      ['Those who attended the hearing said it was tense.', 'tense', 'Those who attended the hearing'],
      ['The sale is near, those familiar with the mill say.', 'sale', 'those familiar with the mill'],
    ];
    for (const [text, content, speaker] of cases) {
      const { claim, rules } = claimOf(text, content);
      expect(claim.speaker?.name, text).toBe(speaker);
      expect(claim.speaker?.anonymous, text).toBe(true);
      expect(rules, text).toContain('resolve/those-sourcing');
    }
  });

  it('leaves "those" as an object or a determiner as it was', () => {
    const c = claimOf('The mayor thanked those who came and said the vote was fair.', 'vote was fair').claim;
    expect(c.speaker?.name).toBe('The mayor');
    expect(claimOf('Those officials said the vote was fair.', 'vote').claim.speaker?.name).toBe('Those officials');
  });
});

describe('a count or share of a group speaks as the share (resolve/count-subject)', () => {
  it('keeps "nine in 10", "N of the M", "half of" with the group, and a share with no noun', () => {
    const cases: [string, string, string][] = [
      ['Nine in 10 tenants said the rent was too high.', 'rent', 'Nine in 10 tenants'],
      ['Six in 10 said the rent was too high.', 'rent', 'Six in 10'],
      ['Three of the 12 jurors said the trial was fair.', 'trial', 'Three of the 12 jurors'],
      ['Two of the three Ostians said the levy was unfair.', 'levy', 'Two of the three Ostians'],
      ['Half of Ostians say the levy is unfair.', 'levy', 'Half of Ostians'],
    ];
    for (const [text, content, speaker] of cases)
      expect(claimOf(text, content).claim.speaker?.name, text).toBe(speaker);
    expect(claimOf('Half of Ostians say the levy is unfair.', 'levy').rules).toContain('resolve/count-subject');
  });

  it('keeps "some of", "many of", "most of", "several of", "a few of", "all of" with a named group', () => {
    for (const part of ['Some', 'Many', 'Most', 'Several', 'A few', 'All']) {
      const text = `${part} of the Ostians said the levy was unfair.`;
      const { claim, rules } = claimOf(text, 'levy');
      expect(claim.speaker?.name, text).toBe(`${part} of the Ostians`);
      expect(claim.speaker?.actorId ?? null, text).toBeNull();
      expect(rules, text).toContain('resolve/count-subject');
    }
    // "some" before a count still modifies it.
    expect(claimOf('Some 40 tenants said the rent was too high.', 'rent').claim.speaker?.name).toBe('Some 40 tenants');
  });

  it('leaves a name inside a relative clause after the count as the speaker', () => {
    expect(claimOf('It was one of many times Ana Ruiz has said the levy is unfair.', 'levy').claim.speaker?.name).toBe(
      'Ana Ruiz',
    );
  });
});

describe('a verb of perception between a subject and a cue (speakers/perception-object)', () => {
  it('credits the one heard or seen, not the subject who heard or saw', () => {
    const { claim, rules } = claimOf(
      'Farmers who came to the fair heard Ana Ruiz in her speech lambaste the board for its “reckless policy.”',
      'the board',
    );
    expect(claim.speaker?.name).toBe('Ana Ruiz');
    expect(rules).toContain('speakers/perception-object');
    const seen = claimOf('Voters saw Bo Reyes in a debate lambaste the board for its “reckless policy.”', 'the board');
    expect(seen.claim.speaker?.name).toBe('Bo Reyes');
    expect(seen.rules).toContain('speakers/perception-object');
  });

  it('reads the base form after the one heard or seen as their verb ("heard the warden say that ...")', () => {
    for (const [text, speaker] of [
      ['Guards heard the warden say that the gate was locked.', 'the warden'],
      ['Guards heard Bo Reyes say that the gate was locked.', 'Bo Reyes'],
    ]) {
      const { claim, rules } = claimOf(text, 'gate was locked');
      expect(claim.speaker?.name, text).toBe(speaker);
      expect(rules, text).toContain('speakers/perception-object');
    }
  });

  it('leaves a subject who heard something and then spoke, and "a witness", as they were', () => {
    expect(
      claimOf('The mayor heard the complaints and said the bridge would close.', 'bridge').claim.speaker?.name,
    ).toBe('The mayor');
    expect(
      claimOf('The ferry sank at dawn, according to a witness standing on the pier.', 'ferry').claim.speaker?.name,
    ).toContain('witness');
  });
});
