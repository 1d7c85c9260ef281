import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (issue 16, sources): outlet credits in positions the wire and web use, which a
// reader of unseen articles found missing.

const sourcesOf = (text: string) => brief({ text }).sources.map((s) => [s.name, s.type]);

describe('outlet credits a reader expects in the sources', () => {
  it('a dateline with a date before the outlet in brackets: "KESSOCK, May 2, 2018 (Harbor Wire) –"', () => {
    expect(
      sourcesOf('KESSOCK, Ohio, May 2, 2018 (LifeSiteNews) – The council voted to close the school.'),
    ).toContainEqual(['LifeSiteNews', 'outlet']);
  });

  it('"told MSNBC’s Ann Lee" credits MSNBC, not "MSNBC’s"', () => {
    const b = brief({ text: 'The senator told MSNBC’s Ann Lee that the plan would fail.' });
    expect(b.sources.map((s) => s.name)).toContain('MSNBC');
    const msnbc = b.sources.find((s) => s.name === 'MSNBC')!;
    expect(b.claims[0]?.sourceIds).toContain(msnbc.id);
  });

  it('"an article published in the Washington Post" credits the Post', () => {
    expect(
      sourcesOf('Kerry wrote in an article published in the Washington Post that the deal was sound.'),
    ).toContainEqual(['Washington Post', 'outlet']);
  });

  it('an outlet in brackets in running text with no dash after it is no credit', () => {
    expect(sourcesOf('The anchor (CNN) smiled at the camera and left.').map((s) => s[0])).not.toContain('CNN');
  });
});

describe('an outlet whose name ends in "News" speaks', () => {
  it('"CBS News reported that ...", "Fox News reports that ..." are claims of the outlet, not "news reports"', () => {
    const b = brief({
      text: 'Vote count\n\nCBS News reported that the vote was close. Fox News reports that the governor signed the bill.',
    });
    expect(b.claims.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['CBS News', 'the vote was close'],
      ['Fox News', 'the governor signed the bill'],
    ]);
    expect(b.sources.filter((s) => s.anonymous)).toEqual([]);
  });

  it('"News reports say ..." is still unnamed sourcing', () => {
    const b = brief({ text: 'Plant closure\n\nNews reports say the plant will close.' });
    expect(b.sources.map((s) => [s.name, s.type])).toEqual([['News reports', 'anonymous']]);
  });
});
