import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (issue 16, claims): what a cue says must be there to be a claim.

const claimsOf = (text: string) => brief({ text }).claims.map((c) => c.text);

describe('a cue whose object came before it is no claim', () => {
  it('"which the mayor refused to do": "to do" stands for what was named before', () => {
    expect(claimsOf('The council wanted to ban the book, which Mayor Tom Hale refused to do.')).toEqual([]);
    expect(
      claimsOf('Tom Hale has cut taxes, something that Ann Boyd refused to do when she was mayor.').some((c) =>
        c.startsWith('to do'),
      ),
    ).toBe(false);
  });

  it('"the policies he supports and implements": the next verb is not the content', () => {
    const text =
      'Tom Hale is a careful mayor (when it comes to the policies he supports and implements), which is rare.';
    expect(claimsOf(text).some((c) => c.startsWith('and'))).toBe(false);
  });

  it('a real infinitive or clause after the cue stays a claim', () => {
    expect(claimsOf('Tom Hale promised to do more for the town.')).toContain('to do more for the town');
    expect(claimsOf('Ann Boyd said the plan would fail.')).toContain('the plan would fail');
  });
});

describe('quotations and sites as a reader checks them', () => {
  it('an editor\'s bracketed comma still ends the quotation before its cue ("him[,]" Hale tweeted)', () => {
    const claims = brief({
      text: '"Voters showed exactly why I ran[,]" Mayor Tom Hale tweeted at 6 p.m. after the count.',
    }).claims;
    expect(claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['Tom Hale', '"Voters showed exactly why I ran[,]"'],
    ]);
  });

  it('a site named by its web address is an organisation, not a place', () => {
    const b = brief({
      text: 'Only 23 percent of homes have power, according to Gridwatch.pr, which posts daily updates.',
    });
    expect(b.actors.find((a) => a.name === 'Gridwatch.pr')?.type).toBe('organization');
  });
});

describe('who speaks when an adverb or an opener stands in the way', () => {
  const speakers = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

  it('"now" between the subject and its cue ("the ministry now says")', () => {
    expect(speakers('The health ministry now says 17 people have died in the town.')).toEqual([
      ['The health ministry', '17 people have died in the town'],
    ]);
  });

  it('a passive with an adverb before its participle has no speaker ("is also believed to")', () => {
    expect(speakers('The missile is also believed to carry a warhead.')).toEqual([
      [null, 'The missile is also believed to carry a warhead'],
    ]);
    expect(speakers('Crowds are also blamed on the radio for the fire.')).toEqual([]);
  });

  it('"Of course, ..." opens no subject; a participle cue takes the nearer clause\'s subject', () => {
    const text = 'Of course, Hale meant Boyd and Ruiz corrected him, adding, “Yes, I know the two look alike.”';
    expect(speakers(text)).toEqual([['Ruiz', '“Yes, I know the two look alike.”']]);
  });

  it("a country's ministry or minister speaks, not the country", () => {
    const b = brief({
      text: 'Veridia’s health ministry said 17 people have died. Chile’s foreign minister said the talks failed.',
    });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['Veridia’s health ministry', 'Chile’s foreign minister']);
    expect(b.sources.map((s) => s.name)).toEqual(['Veridia’s health ministry', 'Chile’s foreign minister']);
  });
});

describe('the name after an inverted cue', () => {
  const speakers = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

  it('an adverb after the name is not part of it ("said Hale angrily")', () => {
    expect(speakers('“We lost,” said Tom Hale angrily on Tuesday.')).toEqual([['Tom Hale', '“We lost,”']]);
    expect(speakers('“We lost,” said the newly elected mayor.')).toEqual([['the newly elected mayor', '“We lost,”']]);
  });

  it('a quoted title in an apposition is no quotation with a cue after it', () => {
    const text =
      'Ann Boyd, author of the exhaustive history “The Long Road: A Century of Rail,” explained the press badly erred in its coverage.';
    expect(speakers(text).some(([speaker]) => speaker?.includes('erred'))).toBe(false);
  });
});

describe('where it was written is not what was written', () => {
  const contents = (text: string) => brief({ text }).claims.map((c) => c.text);

  it('"As X writes at the Post, ..." and "wrote in The Atlantic, ...": the content follows the comma', () => {
    expect(contents('As Tom Hale writes at the Daily Ledger, the lawyers spent days gaming the system.')).toEqual([
      'the lawyers spent days gaming the system',
    ]);
    expect(contents('As Ann Boyd wrote in The Atlantic, the plan failed.')).toEqual(['the plan failed']);
  });

  it('an object of the verb is no publication ("believe in God, ...")', () => {
    expect(contents('While voters no longer believe in God, they still believe in luck.')).not.toContain(
      'they still believe in luck',
    );
  });
});

describe('aides, advisers and the people they serve', () => {
  const lead = 'City desk\n\n';
  it('"Ann Boyd, an adviser to the mayor, said the plan failed": Ann Boyd says it (not "the plan failed")', () => {
    const b = brief({ text: lead + 'Ann Boyd, an adviser to the mayor, said the plan failed.' });
    expect(b.claims.map((c) => [c.speaker?.name, c.text])).toEqual([['Ann Boyd', 'the plan failed']]);
  });

  it('a named person who "is now an adviser" is no unnamed source', () => {
    const b = brief({ text: lead + 'Ann Boyd, who is now an adviser to the mayor, said the talks failed.' });
    expect(b.sources.filter((s) => s.anonymous)).toEqual([]);
  });

  it('"An adviser to the mayor said": the adviser speaks, one unnamed source, not the mayor', () => {
    const b = brief({
      text: lead + 'An adviser to the mayor said the plan failed. An aide to Gov. Tom Hale said the vote was rigged.',
    });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['An adviser to the mayor', 'An aide to Gov. Tom Hale']);
    expect(b.sources.filter((s) => s.anonymous).map((s) => s.name)).toEqual([
      'An adviser to the mayor',
      'An aide to Gov. Tom Hale',
    ]);
  });

  it('"As an official said" stays unnamed sourcing; "told aides to leave" serves nobody', () => {
    const b = brief({ text: lead + 'As an official said, it was over. Tom Hale told aides to leave.' });
    expect(b.sources.filter((s) => s.anonymous).map((s) => s.name)).toEqual(['an official']);
  });
});

describe('a cue clause set inside what was said', () => {
  const claims = (text: string) => brief({ text: 'City desk\n\n' + text }).claims.map((c) => [c.speaker?.name, c.text]);

  it('"The budget, Hale said, was balanced": both halves are the mayor\'s, the cue clause in neither', () => {
    expect(claims('The budget, Tom Hale said, was balanced.')).toEqual([
      ['Tom Hale', 'The budget'],
      ['Tom Hale', 'was balanced'],
    ]);
    expect(claims('The budget plan, the mayor said, was balanced by deep cuts.')).toEqual([
      ['the mayor', 'The budget plan'],
      ['the mayor', 'was balanced by deep cuts'],
    ]);
  });

  it('a time before the cue clause is when it was said, not what ("The next day, the mayor said, ...")', () => {
    expect(claims('The next day, the mayor said, the budget was balanced.')).toEqual([
      ['the mayor', 'the budget was balanced'],
    ]);
  });
});

describe('companies with their suffix', () => {
  it('"Apple Inc. said": an organisation that speaks (the suffix\'s period ends no sentence, and makes no person)', () => {
    const b = brief({
      text: 'Business desk\n\nGoldman Sachs Group Inc. said profits rose. Acme Corp. said sales fell.',
    });
    expect(b.claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['Goldman Sachs Group Inc.', 'profits rose'],
      ['Acme Corp.', 'sales fell'],
    ]);
    expect(b.actors.map((a) => a.type)).toEqual(['organization', 'organization']);
  });
});

describe('party-and-state tags', () => {
  it('"Rep. Ann Boyd (D-N.Y.)" and ", R-Texas," are her role, never an actor', () => {
    const b = brief({
      text: 'City desk\n\nRep. Ann Boyd (D-N.Y.) said the plan was fair. Sen. Tom Hale, R-Texas, said it was not.',
    });
    expect(b.actors.map((a) => a.name).sort()).toEqual(['Ann Boyd', 'Tom Hale']);
  });
});

describe('one person, two apostrophes', () => {
  it('"Sean O’Malley" and "Sean O\'Malley" are one actor', () => {
    const text =
      "News\n\nThe pope named Cardinal Sean O’Malley to run it. A photo shows Cardinal Sean O'Malley with a letter.";
    expect(
      brief({ text })
        .actors.filter((a) => a.type === 'person')
        .map((a) => a.mentions.length),
    ).toEqual([2]);
  });
});

describe('bodies named "for the" and "on the" their cause', () => {
  const names = (text: string) => brief({ text: 'News\n\n' + text }).actors.map((a) => a.name);

  it('"Commission for the Protection of Minors", "Committee on the Judiciary" are one name', () => {
    expect(names('The pope set up the Pontifical Commission for the Protection of Minors in 2014.')).toEqual([
      'Pontifical Commission for the Protection of Minors',
    ]);
    expect(names('The Senate Committee on the Judiciary met on Monday.')).toEqual([
      'Senate Committee on the Judiciary',
    ]);
    expect(names('The Centers for Disease Control and Prevention said cases rose.')).toEqual([
      'Centers for Disease Control and Prevention',
    ]);
  });

  it('a vote "for the" plan or a document "on the" topic joins nothing', () => {
    expect(names('The committee voted for the Smith plan.')).toEqual(['Smith']);
    expect(names('The Catholic Church on the Pastoral Care of Persons was read aloud.')).toContain('Catholic Church');
  });
});
