/**
 * Three cue-clause classes found reading briefs of unseen PTC train articles (issue 16); made-up
 * sentences:
 * - a fronted time or place ("On Monday, officials denied the report") is not what was said, but
 *   the cue's own clause still reports;
 * - "added X to Y" with a short object puts something somewhere ("added a clause to the bill"),
 *   while "added more needs to be done" reports;
 * - a "that" after another subject's cue ("agreed with X, though he argued that ...") belongs to
 *   that cue, not to the first.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.cue, c.text]);

describe('attribution: cue clauses after a fronted adverbial', () => {
  it('still report', () => {
    expect(claimsOf('On Monday, officials denied the report.')).toEqual([['officials', 'denied', 'the report']]);
    expect(claimsOf('Before the storm, officials warned of floods.')).toEqual([['officials', 'warned', 'of floods']]);
  });

  it('leave "added X to Y" out, even after a fronted year', () => {
    expect(claimsOf('In 1764, the astronomer added a comet to his catalog.')).toEqual([]);
    expect(claimsOf('The senator added a clause to the bill.')).toEqual([]);
    expect(claimsOf('The mayor added more needs to be done.')).toEqual([
      ['The mayor', 'added', 'more needs to be done'],
    ]);
  });

  it('give a "that" after another subject’s cue to that cue', () => {
    expect(claimsOf('The sheriff agreed with the statement, though he argued that the time was right.')).toEqual([
      ['The sheriff', 'agreed', 'with the statement'],
      ['The sheriff', 'argued', 'the time was right'],
    ]);
  });
});
