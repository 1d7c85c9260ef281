import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up articles. Attribution recall by class of structure (PolNeAR dev misses, issue 16): each
// rule has a case it must find and a guard for the reading it must not take.

const claims = (text: string) => brief({ text }).claims;
const said = (text: string) => claims(text).map((c) => [c.speaker?.name ?? null, c.text]);

describe('colon-line/block-paragraph: the paragraph under "X added:"', () => {
  it('gives the paragraph under the introducing line to its speaker, as one statement', () => {
    const text =
      'Mayor Tom Hale spoke at the town hall on Monday.\n\n' +
      'Hale added:\n\n' +
      'It is a shame that the county has waited this long. The bridge has been closed for a year and the shops are suffering.\n\n' +
      'The meeting ended at noon.';
    const cs = claims(text);
    expect(cs.map((c) => [c.speaker?.name, c.text])).toEqual([
      ['Tom Hale', 'It is a shame that the county has waited this long'],
      ['Tom Hale', 'The bridge has been closed for a year and the shops are suffering'],
    ]);
    expect(cs[1].continues).toBe(cs[0].id);
  });

  it('leaves the next paragraph to the author when the colon line names no speaker or no cue', () => {
    const text =
      'The county met on Monday in Dover.\n\n' +
      'The facts are these:\n\n' +
      'The bridge has been closed for a year and the shops are suffering.\n\n' +
      'In the end the question was simple:\n\n' +
      'Who pays for the repairs?';
    expect(said(text)).toEqual([]);
  });
});

describe('colon-line/introducer-adjunct, here-is-what, here-is-statement: more ways to introduce a block', () => {
  const block = 'The plan is a disaster for our city. It will fail within a year.';
  const under = (line: string) =>
    said(`The council met on Monday in Dover.\n\n${line}\n\n${block}\n\nThe vote is in May.`);
  const theirs = (speaker: string) => [
    [speaker, 'The plan is a disaster for our city'],
    [speaker, 'It will fail within a year'],
  ];

  it('reads an adjunct between the verb and the colon, and a fronted adverbial before the speaker', () => {
    expect(under('Tom Hale said in a statement on Friday:')).toEqual(theirs('Tom Hale'));
    expect(under('Tom Hale posted on Facebook:')).toEqual(theirs('Tom Hale'));
    expect(under('Tom Hale told reporters after the vote:')).toEqual(theirs('Tom Hale'));
    expect(under('Tom Hale wrote, in part:')).toEqual(theirs('Tom Hale'));
    expect(under('In a letter to the board, Tom Hale wrote:')).toEqual(theirs('Tom Hale'));
  });

  it('reads "Here is what X said:" and "Here is X\'s statement:"', () => {
    expect(under('Here is what Tom Hale said on Monday:')).toEqual(theirs('Tom Hale'));
    expect(under("Here's Tom Hale's argument, in full:")).toEqual(theirs('Tom Hale'));
    expect(under("Here is the mayor's statement:")).toEqual(theirs('the mayor'));
  });

  it('leaves the block to the author when the colon closes another clause or names nobody', () => {
    expect(under('Tom Hale said the vote in the council was close:')).toEqual([
      ['Tom Hale', 'the vote in the council was close'],
    ]);
    expect(under('Here is the problem:')).toEqual([]);
    expect(under('Here is our argument:')).toEqual([]);
    expect(under('Here is what we know:')).toEqual([]);
    expect(under('In the end the question was simple:')).toEqual([]);
  });
});

describe('a plural head with a place after it agrees with a base form cue', () => {
  it('reads "say" after "<people> in <Place>" as the verb', () => {
    const text =
      'The county met on Monday in Dover. Lawyers in Ohio say the rent caps will fail within a year. Housing experts in Kent believe the caps will last.';
    expect(said(text)).toEqual([
      ['Lawyers', 'the rent caps will fail within a year'],
      ['Housing experts', 'the caps will last'],
    ]);
  });

  it('reads "show" after "<evidence> from <Source>" as the verb', () => {
    const text =
      'The county met on Monday in Dover. Figures from the Kent Housing Office show that rents rose by a third.';
    expect(said(text)).toEqual([['Kent Housing Office', 'rents rose by a third']]);
  });

  it('leaves a base form after a place alone when the head is no group of people', () => {
    const text = 'The county met on Monday in Dover. The new rules in Ohio say nothing about rent caps this year.';
    expect(said(text)).toEqual([]);
  });
});

describe('cue/state-adjective-that: a held state with a "that" clause', () => {
  it('gives what the subject fears or resents to the subject', () => {
    const text =
      'The county met on Monday in Dover. Many residents are afraid that the bridge will stay closed until spring. ' +
      'Shop owners were frustrated that the county ignored their letters. ' +
      'While Mayor Tom Hale is deeply concerned that the repairs will cost more, he met the crews on Friday.';
    expect(said(text)).toEqual([
      ['Many residents', 'the bridge will stay closed until spring'],
      ['Shop owners', 'the county ignored their letters'],
      ['Tom Hale', 'the repairs will cost more'],
    ]);
  });

  it('reads "came away convinced" as a held state of the subject before the verb (cue/state-after-link)', () => {
    const text =
      'The county met on Monday in Dover. After the vote, the delegates came away convinced that the bridge was safe. ' +
      'Ann Moss walked out satisfied that the repairs would hold.';
    expect(said(text)).toEqual([
      ['the delegates', 'the bridge was safe'],
      ['Ann Moss', 'the repairs would hold'],
    ]);
  });

  it("leaves the writer's own state, and a content in the writer's voice, to the author", () => {
    const text =
      'The county met on Monday in Dover. I am afraid that the bridge will stay closed until spring. ' +
      'We are convinced that the repairs were botched. ' +
      'The Dover Ledger is confident that the new council will finally fix our roads.';
    expect(said(text)).toEqual([]);
  });
});

describe('a report noun right before a finite cue verb is the speaker', () => {
  it('credits "the FAA report stated" and "the Senate budget report says" to the report', () => {
    const text =
      'The county met on Monday in Dover. "The bridge is safe and can wait until spring," the FAA report stated. ' +
      'The Senate budget report says the county spends too little on its bridges.';
    expect(said(text)).toEqual([
      ['the FAA report', '"The bridge is safe and can wait until spring,"'],
      ['The Senate budget report', 'the county spends too little on its bridges'],
    ]);
  });

  it('keeps reading a cue word before a base form or an -ing form as a verb', () => {
    const text = 'The county met on Monday in Dover. Officials said the engineers report problems every spring.';
    expect(said(text)).toEqual([['Officials', 'the engineers report problems every spring']]);
  });
});

describe('heading/quoted-headline: a Title Case headline verb with quoted words', () => {
  const body = '\n\nThe county met on Monday in Dover. The bridge has been closed for a year.';

  it('credits the quoted headline to its subject, up to a comma after the quotation', () => {
    expect(said(`Mayor Hale Calls County Board ‘A Bunch Of Amateurs’ Over Bridge Delay${body}`)).toEqual([
      ['Hale', 'County Board ‘A Bunch Of Amateurs’ Over Bridge Delay'],
    ]);
    expect(said(`Union Chief Sees 'Grave Risk' In Bridge Delay, Which He Caused Himself${body}`)).toEqual([
      ['Union Chief', "'Grave Risk' In Bridge Delay"],
    ]);
  });

  it('leaves a title of a work and a headline without quoted words alone', () => {
    expect(said(`Ann Boyd’s ‘Bridges’ Shows The County At Its Worst${body}`)).toEqual([]);
    expect(said(`Mayor Hale Calls County Board Into Special Session${body}`)).toEqual([]);
  });
});

describe('quotation/who-cue-after: a relative clause on the speaker reports more', () => {
  it('gives the "who added that" clause to the quotation\'s speaker', () => {
    const text =
      'The county met on Monday in Dover. "The bridge is a disgrace," said Ann Boyd, a county engineer who warned that the deck could fail.';
    expect(said(text)).toEqual([
      ['Ann Boyd', '"The bridge is a disgrace,"'],
      ['Ann Boyd', 'the deck could fail'],
    ]);
  });

  it('leaves a relative clause of no saying, and a negated one, alone', () => {
    const text =
      'The county met on Monday in Dover. "The bridge is a disgrace," said Ann Boyd, who met the crews on Friday. ' +
      '"It will fall," said Tom Hale, who did not say that the county ignored warnings.';
    expect(said(text)).toEqual([
      ['Ann Boyd', '"The bridge is a disgrace,"'],
      ['Tom Hale', '"It will fall,"'],
    ]);
  });
});
