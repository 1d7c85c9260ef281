/**
 * Verdicts carried by a rhetorical shape (caveats/rhetorical-verdicts.ts): a copula with "hardly",
 * a negated "doesn't just / didn't merely" escalation, an "If only ..." wish, "we can do
 * better", a belittled report ("the code merely notes") and an endorsed characterisation ("...
 * calls it a triumph, and it is.") and a feasibility asserted ("could easily house"). Each shape is flagged in the author's voice and left alone in the literal or reported
 * senses beside it. Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('rhetorical verdicts in the author’s voice', () => {
  it('flags a copula with "hardly" as a verdict', () => {
    expect(author('The new parking scheme is hardly a solution.').join()).toContain('hardly a solution');
    expect(author('The timing of the ferry cuts could hardly be worse.').join()).toContain('hardly be worse');
  });

  it('leaves "hardly" as a measure of amount or frequency', () => {
    expect(author('There was hardly any snow in the valley last winter.')).toEqual([]);
    expect(author('The mayor is hardly ever at the harbour office.')).toEqual([]);
    expect(author('Turnout was hardly 20 percent in the eastern wards.')).toEqual([]);
  });

  it('flags a negated "doesn’t just / didn’t merely" escalation', () => {
    expect(author('The levy doesn’t just burden the bakers, it drives them out of town.').join()).toContain(
      'doesn’t just burden',
    );
    expect(author('The board did not merely delay the works; it buried them.').join()).toContain(
      'did not merely delay',
    );
  });

  it('leaves "not just" and "only" lists alone', () => {
    expect(author('The grant covers not just schools but also libraries.')).toEqual([]);
    expect(author('The ferry didn’t only stop at Rosslare on Sundays.')).toEqual([]);
  });

  it('flags an "If only ..." wish', () => {
    expect(author('If only the council had listened to its own engineers.').join()).toContain('if only');
  });

  it('leaves "if only" before a number or a purpose', () => {
    expect(author('If only one candidate qualifies, the vote is cancelled.')).toEqual([]);
    expect(author('The club stayed open, if only to pay its staff.')).toEqual([]);
  });

  it('flags "we can do better" as the author’s verdict', () => {
    expect(author('On housing, we can do better.').join()).toContain('can do better');
    expect(author('The county could do better than another car park.').join()).toContain('could do better');
  });

  it('flags a report the author belittles ("merely notes", "just says")', () => {
    expect(author('The housing code merely notes that repairs should be prompt.').join()).toContain('merely notes');
    expect(author('The county’s guidance just says bins should be emptied regularly.').join()).toContain('just says');
  });

  it('leaves "just said" as recent news and a plain report alone', () => {
    expect(author('The housing minister just said she would resign.')).toEqual([]);
    expect(author('The housing code says repairs must be made within a month.')).toEqual([]);
  });

  it('flags the author endorsing a characterisation ("..., and it is.")', () => {
    expect(author('The brochure calls the new pier a triumph of modern design, and it is.').join()).toContain(
      'and it is',
    );
  });

  it('leaves a plain confirmation of an event alone', () => {
    expect(author('The ferry was due to sail at noon, and it did.')).toEqual([]);
  });

  it('flags the author’s claim that something could easily be done', () => {
    expect(author('The old depot could easily house every bus in the county.').join()).toContain('could easily house');
  });

  it('leaves "easily" grading a result that happened', () => {
    expect(author('The incumbent easily won the seat in May.')).toEqual([]);
    expect(author('The comet can easily be seen from the hills above the town.')).toEqual([]);
    // An alert's "that" clause is the warning's content, as a warning's is.
    expect(author('Three ports were put on alert that the storm surge could easily breach the sea wall.')).toEqual([]);
  });

  it('leaves the same shapes to a named speaker', () => {
    expect(author('“We can do better,” said Mary Cole, who chairs the tenants’ group.')).toEqual([]);
    expect(author('Ms. Cole said the levy doesn’t just burden the bakers.')).toEqual([]);
  });
});
