/**
 * Author-voice subjectivity that should transfer to unseen text (issue 16): each rule is a class of
 * sentence shape, tested on sentences written for this suite, beside a news-report use of the same
 * words that must stay quiet. Attribution is left empty so the caveat rules alone are tested.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';
import type { Caveat } from '../../src/schema/brief';
import { LINEAR_GROWTH_LIMIT, growthRatio } from './growth';

const author = (text: string): Caveat[] =>
  findCaveats(analyse(text), { claims: [], sources: [] }).filter((k) => k.voice === 'author');
const kinds = (text: string) => author(text).map((k) => `${k.kind}: ${k.text}`);

describe('author voice: recall classes', () => {
  it('takes the superlative of a loaded adjective as loaded ("one of the stupidest acts")', () => {
    expect(kinds('Closing the ferry was one of the stupidest acts the council could manage.')).toContain(
      'loaded-language: stupidest acts',
    );
    expect(kinds('It was the craziest week the harbour has seen.')).toEqual(
      expect.arrayContaining([expect.stringContaining('craziest')]),
    );
    // A factual superlative stays quiet.
    expect(kinds('It was the longest week of the year for the harbour crews.')).toEqual([]);
  });

  it('takes a booster that grades a comparison ("infinitely more useful")', () => {
    expect(kinds('A good map is infinitely more useful than a clever app.')).toContain(
      'loaded-language: infinitely more useful',
    );
    expect(kinds('The new ferry is utterly less comfortable than the old one.')).toContain(
      'loaded-language: utterly less comfortable',
    );
    // A measured comparison stays quiet.
    expect(kinds('The new ferry carries 40 more passengers than the old one.')).toEqual([]);
  });

  it('takes a judgement of craft or reasoning ("a muddled plan", "tedious prose") as the author’s', () => {
    expect(kinds('The council unveiled a muddled plan for the riverfront.')).toContain('loaded-language: muddled plan');
    expect(kinds('Her second novel drowns in tedious prose.')).toContain('loaded-language: tedious prose');
    expect(kinds('The ministry issued an ill-conceived order on Monday.')).toContain(
      'loaded-language: ill-conceived order',
    );
    expect(kinds('It was a craven retreat by the committee.')).toContain('loaded-language: craven retreat');
    expect(kinds('The mayor gave a lacklustre speech at the opening.')).toContain('loaded-language: lacklustre speech');
    expect(kinds('The stadium deal is a boondoggle for the developers.').some((k) => k.includes('boondoggle'))).toBe(
      true,
    );
    // The same sentence shape with a factual adjective stays quiet.
    expect(kinds('The council unveiled a new plan for the riverfront.')).toEqual([]);
  });
  it('takes a conceded grade beside another ("handy, if clumsy") as the author’s evaluation', () => {
    expect(kinds('The new guide is handy, if clumsy: it lists every trail in the park.')).toContain(
      'opinion: handy, if clumsy',
    );
    expect(kinds('It was a brave, if doomed, attempt to save the mill.')).toContain('opinion: brave, if doomed');
    // A condition cut short or a conditional clause is no concession.
    expect(kinds('The fine is payable within a month, if convicted.')).toEqual([]);
    expect(kinds('The trail is open in winter, if snow allows it.')).toEqual([]);
  });
  it('takes verdict formulas of comparison and accuracy ("no substitute for", "wide of the mark") as the author’s', () => {
    expect(kinds('A podcast is no substitute for a teacher in the room.').some((k) => k.startsWith('opinion'))).toBe(
      true,
    );
    expect(
      kinds('Counting visitors is not the same as measuring what they learn.').some((k) => k.startsWith('opinion')),
    ).toBe(true);
    expect(kinds('The forecast for the harvest was wide of the mark.').some((k) => k.startsWith('opinion'))).toBe(true);
    expect(kinds('The firm audits every conceivable expense twice.')).toContain(
      'loaded-language: every conceivable expense',
    );
    // Reported, the formula is the speaker's.
    expect(kinds('The minister said a podcast is no substitute for a teacher.')).toEqual([]);
  });
  it('takes an attitude or judging manner adverb ("Bizarrely", "callously") as the author’s comment', () => {
    expect(kinds('Bizarrely, the museum closes on the one sunny day of the week.')).toContain('opinion: Bizarrely');
    expect(kinds('The board wisely kept the old bridge open.')).toContain('opinion: wisely');
    expect(kinds('Nobody really expects the ferry to run on time.')).toContain('opinion: really');
    expect(kinds('The landlord callously ignored the tenants’ letters.')).toContain('opinion: callously');
    expect(kinds('The plan was ludicrously expensive.')).toContain('loaded-language: ludicrously expensive');
    // "definitely" grades wherever it stands, not only at a clause start.
    expect(kinds('It was a definitely better season for the club.')).toContain('opinion: definitely');
  });
  it('takes "needs X done" as the author’s prescription', () => {
    expect(
      kinds('The port needs its old cranes replaced before the next season.').some((k) => k.startsWith('opinion')),
    ).toBe(true);
    // A participle before its noun only describes what is needed.
    expect(kinds('The clinic needs the trained staff that it lost.')).toEqual([]);
  });
  it('takes irony markers ("lo and behold", "of all people") as the author’s wink', () => {
    expect(kinds('The prize went to the committee chair, of all people.').some((k) => k.startsWith('opinion'))).toBe(
      true,
    );
    expect(
      kinds('Lo and behold, the fares went up again in March.').some((k) => k.startsWith('opinion: Lo and behold')),
    ).toBe(true);
    // Reported, it is the speaker's.
    expect(kinds('He said the prize went to the chair, of all people.')).toEqual([]);
  });
  it('takes "so" before a predicate adjective ("the rules are so vague") as an intensified judgement', () => {
    expect(
      kinds('The new parking rules are so vague that nobody follows them.').some((k) => k.startsWith('opinion')),
    ).toBe(true);
    // A measure, not a grade: "so far", "so many".
    expect(kinds('The repairs are so far on schedule.')).toEqual([]);
  });
  it('takes doubt cast in the author’s voice ("anything but", "would have us believe") as opinion', () => {
    expect(kinds('The vote on the new bylaws was anything but fair.').some((k) => k.startsWith('opinion'))).toBe(true);
    expect(kinds('The landlord would have us believe the boiler is fine.').some((k) => k.startsWith('opinion'))).toBe(
      true,
    );
    // Reported, the doubt is the speaker's.
    expect(kinds('The tenants said the vote was anything but fair.')).toEqual([]);
  });
  it('takes the author’s view announced in the first person ("In my view", "My guess:") as opinion', () => {
    expect(kinds('In my view, the ferry timetable is the real story here.').some((k) => k.startsWith('opinion'))).toBe(
      true,
    );
    expect(kinds('My guess: the council will fold by June.').some((k) => k.startsWith('opinion'))).toBe(true);
    // Inside quotation marks it is the speaker's.
    expect(kinds('“In my view, the timetable is the story,” the mayor said.')).toEqual([]);
  });
  it('takes how the facts fit ("No wonder", "It is no coincidence") and a remarked omission ("went unanswered") as the author’s', () => {
    expect(kinds('No wonder the ferry runs late every winter.').some((k) => k.startsWith('opinion'))).toBe(true);
    expect(kinds('It is no coincidence that the depot closed first.').some((k) => k.startsWith('opinion'))).toBe(true);
    expect(kinds('Her letters to the council went unanswered for a year.').some((k) => k.startsWith('opinion'))).toBe(
      true,
    );
    // Reported, the remark is the speaker's; a plain past is no omission.
    expect(kinds('She said her letters went unanswered.')).toEqual([]);
    expect(kinds('Her letters went to the council in May.')).toEqual([]);
  });
});

describe('author voice: news-report uses that are not the author’s opinion', () => {
  it('does not take a relative clause naming what somebody needs ("the money it needs to") for advice', () => {
    expect(kinds('The shelter struggles to find the money it needs to stay open through winter.')).toEqual([]);
    expect(kinds('She is still short of the signatures she has to collect by Friday.')).toEqual([]);
    // The author's advice keeps its caveat.
    expect(kinds('The shelter needs to find more money before winter.').some((k) => k.startsWith('opinion'))).toBe(
      true,
    );
    expect(kinds('Now it needs to stay open through winter.').some((k) => k.startsWith('opinion'))).toBe(true);
  });

  it('takes a guess in the content clause of a noun of saying or thinking as the holder’s', () => {
    expect(kinds('The memo was a quiet admission that the depot will probably close by spring.')).toEqual([]);
    expect(kinds('Traders voiced fears that the harvest will probably fall short.')).toEqual([]);
    // The author's own guess keeps its caveat.
    expect(kinds('The depot will probably close by spring.').some((k) => k.startsWith('speculation'))).toBe(true);
  });

  it('takes what a colon after a noun of position introduces as the holder’s position', () => {
    expect(
      kinds('Both mayors held the same view on the bridge: it is unsafe, and the state should pay to replace it.'),
    ).toEqual([]);
    // Without the position noun the colon introduces the author's own verdict.
    expect(
      kinds('One thing is plain about the bridge: the state should pay to replace it.').some((k) =>
        k.startsWith('opinion'),
      ),
    ).toBe(true);
  });

  it('takes "our" with modifiers before the shared place or time ("our crumbling cities") as the author speaking for the reader', () => {
    expect(
      kinds('Meanwhile our crumbling, neglected cities wait for the money.').some((k) => k.startsWith('opinion')),
    ).toBe(true);
    expect(kinds('Few questions matter more in our anxious moment.').some((k) => k.startsWith('opinion'))).toBe(true);
    // "Our" inside a name is no first person.
    expect(kinds('The count comes from the group Parents to Save Our Schools.')).toEqual([]);
  });

  it('does not take "very" before a level or a frequency ("very low", "very rare") for a booster', () => {
    expect(kinds('Turnout in the runoff was very low.')).toEqual([]);
    expect(kinds('Such outages are very rare in the region.')).toEqual([]);
    // A grade stays a booster.
    expect(kinds('Turnout in the runoff was very disappointing.').some((k) => k.startsWith('loaded-language'))).toBe(
      true,
    );
  });

  it('does not take how something seemed to named people ("seemed remote to farmers") for the author’s hedge', () => {
    expect(kinds('The drought once seemed remote to the farmers of the valley.')).toEqual([]);
    expect(kinds('The plan seemed odd to many in the village.')).toEqual([]);
    // The author's own hedge, and an infinitive, keep it.
    expect(kinds('The plan seemed odd.').some((k) => k.startsWith('hedge'))).toBe(true);
    expect(kinds('The plan seemed likely to pass.').some((k) => k.startsWith('hedge'))).toBe(true);
  });
});

describe('author voice: linear on one long line', () => {
  it('stays linear on a single line full of cues (no line break for the reported-frame check to stop at)', () => {
    const line = 'really definitely, useful, if clumsy, in my view not the same as ';
    const make = (n: number) => analyse(line.repeat(n));
    const none = { claims: [], sources: [] };
    expect(growthRatio(make, (d) => findCaveats(d, none), 1500)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);
});
