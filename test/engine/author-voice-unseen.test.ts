/**
 * Author-voice subjectivity by class on sentences no rule was tuned to (issue 16): each class's
 * shapes in the author's narration are flagged, and a straight-news sentence of the same shape, a
 * quotation and reported speech stay quiet. Every text is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);
const flags = (text: string, part: string) => author(LEAD + text).some((k) => k.includes(part));
const quiet = (text: string) => expect(author(LEAD + text)).toEqual([]);

const LEAD = 'The harbour board voted on Tuesday to close the old ferry pier.\n\n';

describe('evaluative predication by a linking verb', () => {
  it('flags a verdict after "become", "prove", "remain", "turn into", and "be" with a verdict noun', () => {
    expect(flags('The pier scheme has become a laughingstock.', 'The pier scheme has become a laughingstock')).toBe(
      true,
    );
    expect(flags('The closure proved a disaster for the islanders.', 'The closure proved a disaster')).toBe(true);
    expect(flags('The timetable remains a mess.', 'The timetable remains a mess')).toBe(true);
    expect(flags('The public meeting turned into a joke.', 'turned into a joke')).toBe(true);
    expect(flags('The consultation was a train wreck.', 'The consultation was a train wreck')).toBe(true);
  });

  it('leaves literal and neutral predicates, quotations and reported speech alone', () => {
    quiet('The old ferry office became a theatre in 1920.');
    quiet('The tide forecast proved correct.');
    quiet('Olek Brandt became chair of the board in May.');
    quiet('The storm remains a threat to the coast.');
    quiet('Islanders say the timetable remains a mess.');
    quiet('“The timetable remains a mess,” said ferryman Olek Brandt.');
  });
});

describe('verbless dismissals and understatements', () => {
  it('flags "Not a good look.", "Talk about ...", "Another ..., another ..." and a verdict alone', () => {
    expect(flags('The board met for six minutes. Not a good look.', 'Not a good look')).toBe(true);
    expect(flags('Talk about mixed messages.', 'Talk about mixed messages')).toBe(true);
    expect(flags('Another week, another closure.', 'Another week, another closure')).toBe(true);
    expect(flags('The board blamed the weather. Typical.', 'Typical')).toBe(true);
    expect(flags('Not a single apology.', 'Not a single apology')).toBe(true);
  });

  it('leaves sentences with a verb alone: a count, an event, a report', () => {
    quiet('Not a single vote was cast against the closure.');
    quiet('Another 200 passengers were turned away on Sunday.');
    quiet('Hardly any ferries ran in July.');
    quiet('Talks resume on Monday.');
  });
});

describe('an exclamative with its "it is" left out', () => {
  it('flags "Funny how ..." and "Strange that ..."', () => {
    expect(flags('Funny how the rules change when it suits the board.', 'Funny how the rules change')).toBe(true);
    expect(flags('Strange that nobody at the board noticed.', 'Strange that nobody')).toBe(true);
  });

  it('leaves the adjective before a noun alone', () => {
    quiet('Strange lights were seen over the harbour on Monday.');
  });
});

describe('an aside that grades the person it interrupts', () => {
  it('flags ", ever the diplomat," and "to nobody’s surprise" even beside a verb of saying', () => {
    expect(flags('The chairman, ever the diplomat, said nothing.', 'ever the diplomat')).toBe(true);
    expect(flags('To nobody’s surprise, the board blamed the unions.', 'To nobody’s surprise')).toBe(true);
  });

  it('leaves an apposition of fact and a quoted aside alone', () => {
    quiet('The chairman, a former harbour pilot, said nothing.');
    quiet('The island needs the ferry now more than ever the mayor said.');
    quiet('“The chairman, ever the diplomat, said nothing,” ferryman Olek Brandt said.');
  });
});

describe('an adjective before a shell noun as the predicate', () => {
  it('flags "this is a welcome step", "that is a bold claim", "it was a sad day"', () => {
    expect(flags('This is a welcome step.', 'This is a welcome step')).toBe(true);
    expect(flags('That is a bold claim.', 'That is a bold claim')).toBe(true);
    expect(flags('It was a sad day for the island.', 'It was a sad day')).toBe(true);
    expect(flags('These are worrying signs.', 'These are worrying signs')).toBe(true);
    expect(flags('This is dreadful news for the ferry crews.', 'This is dreadful news')).toBe(true);
  });

  it('leaves adjectives that classify or measure alone', () => {
    quiet('This is the second step in the process.');
    quiet('It is a public holiday on the island.');
    quiet('It was a long day for the rescue crews.');
    quiet('This is a new approach to funding the pier.');
    quiet('Islanders said it was a sad day.');
    quiet('These are the first steps in a long process.');
    quiet('This is breaking news.');
    quiet('It is in moments of crisis that the crews work hardest.');
    quiet('This is a significant step in the pier talks.');
    quiet('It was a bad day for the ferry operator, with bookings down by half.');
  });
});

describe('a negated deontic passive', () => {
  it('flags "cannot be allowed to", "must not be tolerated", "can’t be ignored"', () => {
    expect(flags('This cannot be allowed to continue.', 'cannot be allowed')).toBe(true);
    expect(flags('Such neglect must not be tolerated.', 'must not be tolerated')).toBe(true);
    expect(flags('The warnings can’t be ignored.', 'can’t be ignored')).toBe(true);
  });

  it('leaves a stated restriction alone', () => {
    quiet('The ferry cannot be boarded without a ticket.');
    quiet('The figures cannot be confirmed independently.');
  });
});

describe('the reader told what to do', () => {
  it('flags "Don’t believe ...", "Stop pretending ...", "Never mind ...", "Do not be fooled ..."', () => {
    expect(flags('Don’t believe the hype.', 'Don’t believe the hype')).toBe(true);
    expect(flags('Stop pretending the scheme works.', 'Stop pretending')).toBe(true);
    expect(flags('Never mind the cost.', 'Never mind the cost')).toBe(true);
    expect(flags('Do not be fooled by the figures.', 'Do not be fooled')).toBe(true);
  });

  it('leaves inversions, furniture, signs and quoted orders alone', () => {
    quiet('Never before has the board met in public.');
    quiet('Don’t miss our coverage of the vote.');
    quiet('Stop signs were installed at the junction.');
    quiet('“Don’t panic,” the mayor told residents.');
  });
});

describe('short questions: pressed ones argue, explainers of consequence do not', () => {
  it('flags a wh-question pressed with "exactly" or "on earth", and "Who are they kidding?"', () => {
    expect(flags('What exactly did the board expect?', 'What exactly did the board expect?')).toBe(true);
    expect(flags('Who are they kidding?', 'Who are they kidding?')).toBe(true);
  });

  it('leaves "What will X mean for Y?" and a definition asked for alone', () => {
    quiet('What will the new timetable mean for commuters?');
    quiet('What does the closure mean for the islanders?');
    quiet('But what exactly is a harbour trust?');
  });
});

describe('a requirement with its term is a report', () => {
  it('leaves "must ... by next spring" and "should ... until further notice" alone', () => {
    quiet('The board must hold a new vote by next spring.');
    quiet('Passengers should use the north pier until further notice.');
  });

  it('still flags a prescription without a term', () => {
    expect(flags('The board must hold a new vote.', 'The board must hold a new vote')).toBe(true);
  });
});

describe('sarcasm by frame', () => {
  it('flags "in its infinite wisdom", "Nothing screams ... like", "thanks for nothing", "Oh, the irony."', () => {
    expect(flags('The board, in its infinite wisdom, closed the pier.', 'in its infinite wisdom')).toBe(true);
    expect(flags('Nothing screams thrift like a gold-plated tap.', 'Nothing screams thrift')).toBe(true);
    expect(flags('Thanks for nothing, harbour board.', 'Thanks for nothing')).toBe(true);
    expect(flags('The pier will be a car park. Oh, the irony.', 'Oh, the irony')).toBe(true);
  });

  it('leaves a possessive before a plain noun alone', () => {
    quiet('The board, in its annual report, recorded a loss.');
    quiet('The court, in its ruling, upheld the closure.');
  });
});

describe('charged verbs of natural forces', () => {
  it('leaves "the storm unleashed", "the gale slammed into", "the blast destroyed" alone', () => {
    quiet('The storm unleashed torrential rain on the islands.');
    quiet('The gale slammed into the harbour wall on Sunday.');
    quiet('The blast destroyed the pier office.');
  });

  it('still flags the same verbs of people and a charged noun after a force', () => {
    expect(flags('The chairman unleashed his fury on the ferrymen.', 'unleashed')).toBe(true);
    expect(flags('The board slammed the ferrymen’s union.', 'slammed')).toBe(true);
    expect(flags('It was the virus hoax all over again.', 'hoax')).toBe(true);
  });
});

describe('an extraposed judgement of what can be thought or said', () => {
  it('flags "it is hard to take ... seriously", "it would be hard to imagine", "it’s no exaggeration to say"', () => {
    expect(flags('It is hard to take the board seriously.', 'It is hard to take')).toBe(true);
    expect(flags('It would be hard to imagine a worse timetable.', 'It would be hard to imagine')).toBe(true);
    expect(flags('It’s no exaggeration to say the island is broke.', 'no exaggeration to say')).toBe(true);
  });

  it('leaves a grade of access and reported judgements alone', () => {
    quiet('It is difficult to reach the island in winter.');
    quiet('It is easy to book tickets online.');
    quiet('It is hard to say how many passengers were affected.');
    quiet('It is difficult to see the island from the coast.');
    quiet('Islanders say it is hard to take the board seriously.');
  });
});

describe('first-person frames and whole-sentence exclamations', () => {
  it('flags "As far as I’m concerned", "Let me be blunt", "I have my doubts", "At last."', () => {
    expect(flags('As far as I’m concerned, the matter is closed.', 'As far as I’m concerned')).toBe(true);
    expect(flags('Let me be blunt: the plan is a failure.', 'Let me be blunt')).toBe(true);
    expect(flags('The board says the pier will reopen. I have my doubts.', 'I have my doubts')).toBe(true);
    expect(flags('The board has resigned. At last.', 'At last')).toBe(true);
  });

  it('leaves "Let me know ..." and "at last" inside a sentence alone', () => {
    quiet('Let me know if the ferry is late.');
    quiet('The ferry at last reached the island on Monday.');
  });
});

describe('prescriptions by frame', () => {
  it('flags "What the island needs is", "Now is the time to", "The least ... can do is", "would do well to"', () => {
    expect(flags('What the island needs is a new ferry.', 'What the island needs is')).toBe(true);
    expect(flags('Now is the time to act.', 'Now is the time to')).toBe(true);
    expect(flags('The least the board can do is apologise.', 'The least the board can do is')).toBe(true);
    expect(flags('The board would do well to listen.', 'would do well to')).toBe(true);
    expect(flags('One can only hope the board listens.', 'One can only hope')).toBe(true);
  });

  it('leaves a time of year and a reported need alone', () => {
    quiet('Now is the time of year when the ferries are busiest.');
    quiet('What the island needs, according to the report, is a new ferry.');
  });
});

describe('what somebody is owed, in the present tense', () => {
  it('flags "voters deserve answers", "the crews deserve our thanks"', () => {
    expect(flags('Islanders deserve answers.', 'Islanders deserve answers')).toBe(true);
    expect(flags('The crews deserve our thanks.', 'deserve our thanks')).toBe(true);
  });

  it('leaves a question, a relative clause, the past and reported speech alone', () => {
    quiet('Whether islanders deserve a refund is unclear.');
    quiet('Those who deserve help rarely ask for it.');
    quiet('She deserved the award, the judges found.');
    quiet('The mayor said islanders deserve answers.');
  });
});

describe('a copula that reduces its subject to one thing', () => {
  it('flags "little more than a photo op", "one long car crash", "one big giveaway"', () => {
    expect(flags('The consultation was little more than a photo op.', 'little more than a photo op')).toBe(true);
    expect(flags('The chairman’s tenure has been one long car crash.', 'one long car crash')).toBe(true);
    expect(flags('The budget is one big giveaway to landlords.', 'one big giveaway')).toBe(true);
  });

  it('leaves a measure alone', () => {
    quiet('The meeting was little more than an hour long.');
    quiet('The crowd was little more than 200 people.');
    quiet('It was one long day of talks.');
  });
});
