/**
 * Author-voice rules that generalise to single sentences (issue 16, CheckThat! subjectivity): a
 * corrective contrast is the author's verdict; a CSV-escaped cell is no quotation; the tail of a
 * quotation whose opening mark is missing, a question that ends a title, and a short signpost
 * question are not the author's argument. Every text is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);
const flags = (text: string, part: string) => author(text).some((k) => k.includes(part));

describe('corrective contrast', () => {
  it('flags "is not X but Y" and "aren’t X, but Y" in the author’s voice', () => {
    expect(
      flags('The new toll is not a fee for upkeep but a tax on commuters.', 'is not a fee for upkeep but a tax'),
    ).toBe(true);
    expect(flags('The closures aren’t a matter of budgets, but of priorities.', 'aren’t a matter of budgets')).toBe(
      true,
    );
  });

  it('leaves additive "not only ... but also", reported speech and quotations alone', () => {
    expect(author('The bridge is not only older but also narrower than the tunnel.')).toEqual([]);
    expect(author('Inspectors said the fire was not arson but an electrical fault.')).toEqual([]);
    expect(author('“The toll is not a fee but a tax,” said councillor Rhian Abbot.')).toEqual([]);
  });
});

describe('a sentence pasted from a CSV cell', () => {
  it('reads the wrapper as no quotation, and each doubled mark pair as one', () => {
    expect(flags('"The ferry plan will, of course, cost more than the ""modest"" sum promised."', 'of course')).toBe(
      true,
    );
    expect(author('"The harbour master called the plan ""a modest start"" on Monday."')).toEqual([]);
  });
});

describe('the tail of a quotation whose opening mark is missing', () => {
  it('is the speaker’s, not the author’s', () => {
    expect(author('So will the islanders really thank us when the pier is gone?” she asked.')).toEqual([]);
    expect(author('The tolls were a disgrace, and everyone knew it.”')).toEqual([]);
  });

  it('leaves the author’s words after the closing mark in the author’s voice', () => {
    expect(flags('... and that was that.” Sadly, the pier closed in May.', 'Sadly')).toBe(true);
    expect(flags('Sadly, the pier closed.\nThe board’s “review” of it took a year.”', 'Sadly')).toBe(true);
  });
});

describe('questions that do not argue', () => {
  it('does not flag a question mark that ends a title', () => {
    expect(author('Abbot also wrote a pamphlet for sailors entitled Who Owns The Harbour?')).toEqual([]);
  });

  it('does not flag a short signpost question, but flags one that argues', () => {
    expect(author('What has the council decided?')).toEqual([]);
    expect(author('But what about the winter timetable?')).toEqual([]);
    expect(author('What is the EU’s plan now?')).toEqual([]);
    expect(flags('What could possibly go wrong?', 'What could possibly go wrong?')).toBe(true);
    expect(flags('Why would anyone trust the council now?', 'Why would anyone')).toBe(true);
    expect(flags('How did that work out for the ferry?', 'How did that work out')).toBe(true);
    expect(flags('SO WHAT?', 'SO WHAT?')).toBe(true);
    expect(flags('Who knew?', 'Who knew?')).toBe(true);
    expect(flags('How stupid is that plan?', 'How stupid')).toBe(true);
  });

  it('does not flag a short explainer question that asks for a cause, a place or a yes or no', () => {
    expect(author('Why did the ferry talks stall?')).toEqual([]);
    expect(author('Which harbours are worst affected?')).toEqual([]);
    expect(author('Are there other routes to the island?')).toEqual([]);
    expect(author('How will the levy change fares?')).toEqual([]);
    expect(flags('Why bother with a ferry at all?', 'Why bother')).toBe(true);
    expect(flags('Why should islanders pay twice?', 'Why should')).toBe(true);
    expect(flags('Is this really the best the council can do?', 'Is this really')).toBe(true);
    expect(flags('Why?', 'Why?')).toBe(true);
    expect(flags('Where is the outrage over the fares?', 'Where is the outrage')).toBe(true);
    expect(flags('Why is the ferry still late?', 'Why is the ferry still late?')).toBe(true);
    expect(flags('Why is the crossing so dear?', 'Why is the crossing so dear?')).toBe(true);
    expect(author('So who is the new harbour master?')).toEqual([]);
  });
});

describe('charged words that are not the author’s verdict', () => {
  it('does not flag a word that only weighs a figure the text gives', () => {
    expect(author('The ferry fund has raised an astounding $41 million since March.')).toEqual([]);
    expect(flags('The ferry fund is an astounding waste of money.', 'astounding')).toBe(true);
  });

  it('does not flag the name somebody gave a thing', () => {
    expect(author('The council held a vote that islanders called a sham.')).toEqual([]);
    expect(author('The harbour master was branded a disgrace by the union.')).toEqual([]);
  });

  it('reads a short quotation after "claiming" as a partial quotation', () => {
    const text =
      '“Look at the pier.”  On Monday, Olek Brandt, the ferryman who the mayor took to Oslo for the regatta, ' +
      'shared his union’s offer to house the stranded crews on Facebook, claiming the harbour “was sold by Abbot”.';
    expect(author(text).filter((k) => k.includes('was sold'))).toEqual([]);
  });
});

describe('judgements carried by the predicate', () => {
  it('flags an intensified predicate adjective, not a measure, a hedge or a participle', () => {
    expect(flags('The new timetable is rather timid.', 'is rather timid')).toBe(true);
    expect(author('It is too early to tell whether the ferry will run.')).toEqual([]);
    expect(author('A third of the crews aren’t quite sure when the ferry runs.')).toEqual([]);
    expect(author('Island families would be especially affected by the closure.')).toEqual([]);
  });

  it('flags a deontic passive of praise or blame and a prescription by gerund', () => {
    expect(flags('Efforts to reopen the pier are to be applauded.', 'are to be applauded')).toBe(true);
    expect(flags('The harbour board is a body that needs rethinking.', 'needs rethinking')).toBe(true);
    expect(author('The harbour board needs funding for the pier.')).toEqual([]);
  });

  it('flags a comparative verdict, not "better known" or reported speech', () => {
    expect(flags('The old timetable was better.', 'was better')).toBe(true);
    expect(author('The old timetable was better known than the new one.')).toEqual([]);
    expect(author('Crews said the old timetable was better.')).toEqual([]);
  });
});

describe('evaluative framing phrases', () => {
  it('flags the author naming what matters or how to read it', () => {
    expect(flags('The real problem is the board’s silence.', 'The real problem')).toBe(true);
    expect(flags('The pier is best seen as a monument to neglect.', 'best seen as')).toBe(true);
    expect(flags('The new ferry has turned out to be not much of a ferry.', 'not much of a')).toBe(true);
    expect(flags('Patience has its limits.', 'has its limits')).toBe(true);
  });

  it('flags a manner adverb that reads the doer’s mind', () => {
    expect(flags('The board grudgingly reopened the pier in June.', 'grudgingly')).toBe(true);
  });

  it('leaves them to the speaker in reported speech', () => {
    expect(author('Brandt said the real problem is the board’s silence.')).toEqual([]);
  });
});

describe('evaluative predication with a judging adjective', () => {
  it('flags "it’s the wise thing", "this is troubling", not the same word in reported speech', () => {
    expect(flags('Reopening the pier is the wise thing to do.', 'is the wise thing')).toBe(true);
    expect(flags('This is troubling for the islands.', 'This is troubling')).toBe(true);
    expect(flags('The board’s fears are overblown.', 'fears are overblown')).toBe(true);
    expect(author('Brandt said the closure is unfair to the islands.')).toEqual([]);
  });
});

describe('interjections', () => {
  it('flags the author’s own interjection, not one inside a quotation', () => {
    expect(flags('Yikes, the ferry fare doubled again.', 'Yikes')).toBe(true);
    expect(author('“Whoa, that is a big wave,” said ferryman Olek Brandt.')).toEqual([]);
  });
});

describe('degree adverbs that grade by the author’s standard', () => {
  it('flags "needlessly cruel" and "perfectly decent"', () => {
    expect(flags('The board sent a needlessly cruel letter to the crews.', 'needlessly cruel')).toBe(true);
    expect(flags('The board drew up a perfectly decent timetable.', 'perfectly decent')).toBe(true);
  });
});

describe('boosters that measure rather than amplify', () => {
  it('does not flag a negated booster before a word of knowing', () => {
    expect(author('Why the ferry engine failed is not entirely clear.')).toEqual([]);
    expect(author('The cause of the blackout isn’t entirely certain.')).toEqual([]);
    expect(flags('The harbour board is entirely clear about its aims.', 'entirely clear')).toBe(true);
    expect(flags('It is not entirely fair to blame the crew.', 'entirely fair')).toBe(true);
  });

  it('does not flag "very much" of a want or a dependence, but does before a noun phrase', () => {
    expect(author('The islanders would very much like a second ferry.')).toEqual([]);
    expect(author('Crews get a very limited number of days off.')).toEqual([]);
    expect(flags('The new timetable is very much a gamble.', 'very much')).toBe(true);
  });
});

describe('an ought inside a named idea', () => {
  it('is the idea described, not the author’s advice', () => {
    expect(author('The levy rests on the idea that every ferry user should pay a share.')).toEqual([]);
    expect(author('Critics reject the notion that the harbour must be sold.')).toEqual([]);
    expect(flags('Every ferry user should pay a share of the levy.', 'should pay')).toBe(true);
  });
});

describe('the author’s view in the first person', () => {
  it('reads "I" after an opening adverb as the pronoun, not a numeral', () => {
    expect(flags('Still I believe the levy is unfair to islanders.', 'I believe')).toBe(true);
    expect(author('The harbour was built under George I and rebuilt in 1920.')).toEqual([]);
  });

  it('flags a view announced as "my hope", "our view"', () => {
    expect(flags('It is my hope the ferry runs all winter.', 'my hope')).toBe(true);
    expect(flags('Our view is that the pier should stay open.', 'Our view')).toBe(true);
  });
});

describe('strongly evaluative words', () => {
  it('flags contempt and disgust in the author’s voice, not in a quotation', () => {
    expect(flags('The harbour board’s new levy is just another power grab.', 'power grab')).toBe(true);
    expect(flags('The ferry crews work in squalid cabins.', 'squalid')).toBe(true);
    expect(flags('The councillor gloatingly read out the vote.', 'gloatingly')).toBe(true);
    expect(author('“The levy is a power grab,” said Rhian Abbot.')).toEqual([]);
  });
});

describe('idioms of nostalgia, irony and resignation', () => {
  it('flags the figure in the author’s voice, not the literal sense', () => {
    expect(flags('Gone are the days of an hourly ferry.', 'Gone are the days')).toBe(true);
    expect(flags('The old timetable went out the window in May.', 'went out the window')).toBe(true);
    expect(author('The cat jumped out of the window of the ferry office.')).toEqual([]);
  });
});

describe('quoted words that are mentioned, not used', () => {
  it('does not read a term given its abbreviation or meaning, or a word banned, as a scare quote', () => {
    expect(author('The bill creates ‘harbour improvement zones’ (HIZs) on every island.')).toEqual([]);
    expect(flags('Now on to “ferry champion” (TM) Abbot.', '“ferry champion”')).toBe(true);
    expect(author('“A berth fee” means a charge for each night in the harbour.')).toEqual([]);
    expect(author('The board tried to ban “islander” on its forms, replacing it with “resident.”')).toEqual([]);
    expect(flags('The board’s “consultation” lasted one afternoon.', '“consultation”')).toBe(true);
    expect(flags('In other words, the board will “consult” nobody.', '“consult”')).toBe(true);
  });
});

describe('quoted words that name a programme', () => {
  it('does not read the name before "programme", "policy" or "scheme" as a scare quote', () => {
    expect(author('Islanders can apply through a “fair fares” scheme run by the council.')).toEqual([]);
    expect(flags('The “fair” fares are anything but.', '“fair”')).toBe(true);
  });
});

describe('a closing tag that names its speaker by description', () => {
  it('makes the words before it the speaker’s', () => {
    expect(author('Islanders, not the board, should set the fares, says the harbour master and author.')).toEqual([]);
    expect(flags('Islanders, not the board, should set the fares.', 'should set the fares')).toBe(true);
  });
});
