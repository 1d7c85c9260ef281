import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Every article here is made up for these tests (issue 16, claims): where reported content ends.

const claimTexts = (text: string) => brief({ text }).claims.map((c) => `${c.speaker?.name ?? 'null'}: ${c.text}`);

describe('reported content ends where the speaker starts another report', () => {
  it('", and she warned ..." / "and urged ..." after the content is a new report, not part of it', () => {
    const text =
      'Harbor plan\n\nMayor Lena Voss said the harbor would reopen in May, and she warned boat owners to stay away until then. ' +
      'Councillor Omar Petrov said the repairs cost too much and urged the council to cut the budget.';
    const claims = claimTexts(text);
    expect(claims).toContain('Lena Voss: the harbor would reopen in May');
    expect(claims).toContain('Omar Petrov: the repairs cost too much');
  });

  it('", but she denied that ..." ends the first content', () => {
    const text =
      'Audit\n\nTreasurer Mira Holt said the accounts were late, but she denied that any money had gone missing.';
    expect(claimTexts(text)).toContain('Mira Holt: the accounts were late');
  });

  it('a coordinated clause that is not a report stays in the content', () => {
    const text = 'Audit\n\nTreasurer Mira Holt said the accounts were late and the auditors were unhappy.';
    expect(claimTexts(text)).toContain('Mira Holt: the accounts were late and the auditors were unhappy');
  });

  it('two names joined by "and" before a present-tense verb stay in the content', () => {
    const text = 'Audit\n\nTreasurer Mira Holt said Ana Ruiz and Tom Berg claim the accounts were late.';
    expect(claimTexts(text).join('\n')).toContain('Ana Ruiz and Tom Berg claim the accounts were late');
  });
});

describe('a coordinated report keeps the speaker of the claim before it', () => {
  it('"X said S and urged ..." gives the urging to X too', () => {
    const text =
      'Harbor plan\n\nCouncillor Omar Petrov said the repairs cost too much and urged the council to cut the budget.';
    const claims = claimTexts(text);
    expect(claims.some((c) => c.startsWith('Omar Petrov:') && c.endsWith('to cut the budget'))).toBe(true);
  });

  it('not the speaker of an embedded report ("was unsure why the board wrote ..., and said ...")', () => {
    const text =
      'Audit\n\nThe treasurer was unsure why the board wrote that the accounts were late, and said nobody had asked her.';
    expect(claimTexts(text).some((c) => c.startsWith('board: nobody had asked her'))).toBe(false);
  });
});

describe('a trailing cue clause is not part of the content before it', () => {
  it('"X said S, he told the Gazette on Monday." reports S once, without the trailing clause', () => {
    const text = 'Audit\n\nTreasurer Mira Holt said the accounts were late, she told the Harbor Gazette on Monday.';
    const claims = claimTexts(text);
    expect(claims.filter((c) => c.includes('the accounts were late'))).toEqual(['Mira Holt: the accounts were late']);
  });
});

describe('a coordinated report inside an embedded clause', () => {
  it('"after she criticised X and blamed Y" keeps the embedded speaker for both', () => {
    const text =
      'Harbor row\n\nThe mayor was furious after Councillor Ana Ruiz criticised the harbor board and blamed the delays on poor planning.';
    expect(claimTexts(text).some((c) => c.startsWith('Ana Ruiz:') && c.includes('the delays on poor planning'))).toBe(
      true,
    );
  });
});

describe('an outlet named by its first word before its full name', () => {
  it('"said on Fox ... told Fox News" is one source, "Fox News"', () => {
    const text =
      'Pier deal\n\nMayor Lena Ostrow said on Fox that the town would appeal. Later she told Fox News that she was disappointed.';
    const names = brief({ text }).sources.map((s) => s.name);
    expect(names).toContain('Fox News');
    expect(names).not.toContain('Fox');
  });
});

describe('a cue clause inside the content', () => {
  it('"The new museum, the mayor said, would ..." keeps the subject before the cue clause, the cue clause in neither claim', () => {
    const text = 'Museum\n\nThe new museum, Mayor Lena Ostrow said, would make visitors face hard truths.';
    const claims = brief({ text }).claims;
    expect(claimTexts(text)).toEqual([
      'Lena Ostrow: The new museum',
      'Lena Ostrow: would make visitors face hard truths',
    ]);
    expect(claims[1].continues).toBe(claims[0].id);
  });

  it('a time phrase before the cue clause is not content', () => {
    const text = 'Museum\n\nLast spring, Mayor Lena Ostrow said, the museum would open.';
    expect(claimTexts(text).some((c) => c.includes('Last spring'))).toBe(false);
  });
});
