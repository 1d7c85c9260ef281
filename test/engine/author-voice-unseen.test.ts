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
