import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles (issue 16, actors and speakers): names and speakers a reader can trust on
// articles the rules were not written for.

const actorsOf = (text: string) => brief({ text }).actors.map((a) => [a.name, a.type, a.roles]);
const speakersOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('an office named with "of the" before a person is the role, not the name', () => {
  it('"Former Speaker of the House Nadia Pellworth" is Nadia Pellworth, a former Speaker of the House', () => {
    const text = 'Former Speaker of the House Nadia Pellworth said the budget would fail.';
    expect(actorsOf(text)).toContainEqual(['Nadia Pellworth', 'person', ['Former Speaker of the House']]);
    expect(speakersOf(text)).toEqual([['Nadia Pellworth', 'the budget would fail']]);
  });

  it('an office of several words stays whole ("Chairman of the Joint Chiefs of Staff Mark Ruddle")', () => {
    const names = actorsOf('Chairman of the Joint Chiefs of Staff Mark Ruddle said the drill went well.').map(
      (a) => a[0],
    );
    expect(names).toContain('Mark Ruddle');
  });

  it('the office alone, with no person after it, stays what it was', () => {
    const names = actorsOf('The director of the Central Intelligence Agency said the drill went well.').map(
      (a) => a[0],
    );
    expect(names).toContain('Central Intelligence Agency');
  });
});

describe('an imperative or a fronted adverbial clause names no speaker', () => {
  it('"Read the report and note that ..." gives no speaker "Read the"', () => {
    const speakers = speakersOf('Read the budget and note that the council spent more than it raised.').map(
      (c) => c[0],
    );
    expect(speakers.some((s) => s !== null && s.startsWith('Read'))).toBe(false);
  });

  it('"Given what we know, consider that ..." gives no speaker "Given what we know"', () => {
    const speakers = speakersOf('Given what we know, consider that the levy rose twice.').map((c) => c[0]);
    expect(speakers.some((s) => s !== null && s.startsWith('Given'))).toBe(false);
  });

  it('"Consider that and then, please, support ..." gives no speaker "Consider that and then"', () => {
    const text =
      'Harbor\n\nConsider that and then, please, support the ferry fund. Imagine that, and then tell me the toll is fair.';
    expect(speakersOf(text)).toEqual([]);
    expect(speakersOf('Harbor\n\nPicture editors said the photo was real.')).toEqual([
      ['Picture editors', 'the photo was real'],
    ]);
  });

  it('a real subject before the determiner-less verb still speaks', () => {
    expect(speakersOf('All the mayors said the levy rose twice.')).toEqual([['All the mayors', 'the levy rose twice']]);
  });
});

describe('a name before a determiner still speaks', () => {
  it('"Hale this week said", "Recently a clerk said", "Ann the Elder said"', () => {
    expect(speakersOf('Hale this week said the levy rose.')[0]?.[0]).toBe('Hale');
    expect(speakersOf('Ann the Elder said the levy rose.')).toHaveLength(1);
    expect(speakersOf('Recently a clerk in Dunmore said the levy rose.')[0]?.[0]).not.toBe(null);
  });
});

describe('a bare plural with a participle phrase is the whole speaker', () => {
  it('"Protesters marching through the square said" is spoken by the protesters, not "the square"', () => {
    expect(speakersOf('Protesters marching through the square said the curfew was unfair.')).toEqual([
      ['Protesters marching through the square', 'the curfew was unfair'],
    ]);
    expect(speakersOf('Workers living near the plant said the air smelled of sulphur.')[0]?.[0]).toBe(
      'Workers living near the plant',
    );
  });

  it('a participle of another clause still ends the phrase ("Citing the report, officials said")', () => {
    expect(speakersOf('Citing the report, officials said the plant would close.')[0]?.[0]).toBe('officials');
  });
});

describe("an outlet's comment label before a colon is no speaker", () => {
  it('"KESSOCK BULLETIN COMMENT: ..." is the outlet\'s own comment, not a speaker "KESSOCK BULLETIN COMMENT"', () => {
    const speakers = speakersOf(
      'The bishop spoke on Monday.\nKESSOCK BULLETIN COMMENT: While we welcome the letter, we ask for more from the bishop.',
    ).map((c) => c[0]);
    expect(speakers.some((s) => s !== null && /COMMENT/.test(s))).toBe(false);
  });
});

describe('an interjection before a comma is no subject', () => {
  it('"That’s right, Pope Leo ended his trip by defending the bishop" is not spoken by "That’s right"', () => {
    const speakers = speakersOf(
      'The pope flew home on Monday.\nThat’s right, Pope Leo ended his trip by publicly defending a bishop whom victims accuse.',
    ).map((c) => c[0]);
    expect(speakers).not.toContain('That’s right');
  });
});

describe('a headline label before a colon is not the subject of the verbs after it', () => {
  it('"Caught on video: Kessock staffer makes remarks and admits ..." is the staffer\'s', () => {
    expect(
      speakersOf('Caught on video: Kessock staffer makes racist remarks and admits campaign is lying to voters').map(
        (c) => c[0],
      ),
    ).toEqual(['Kessock staffer']);
  });

  it('"The mayor visited the site and said ..." keeps its subject', () => {
    expect(speakersOf('The mayor visited the site and said it was safe.')[0]?.[0]).toBe('The mayor');
  });

  it('a plural head before its verb stays whole ("Their shock troops stormed the hall and said ...")', () => {
    expect(speakersOf('Their shock troops stormed the hall and said the vote was void.')[0]?.[0]).toBe(
      'Their shock troops',
    );
  });
});
