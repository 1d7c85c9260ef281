/**
 * The reporter's idiom is not the author's opinion (caveats/reporting-idiom.ts): a verb of
 * criticism that reports a criticism, an adverb of attribution, a careful description of what
 * was seen and a concession. Made-up sentences; beside each, the author's own use stays flagged.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const author = (text: string) =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author')
    .map((k) => `${k.kind}: ${k.text}`);

describe('reporting idiom: a verb of criticism that reports a criticism', () => {
  it('does not count "blasted X for/as ..." against the author', () => {
    expect(author('The senator blasted her rival for skipping the vote on the harbour bill.')).toEqual([]);
    expect(author('The union slammed the new rota as unworkable on Tuesday.')).toEqual([]);
  });

  it('still flags the charged verb when no criticism is reported with it', () => {
    expect(author('The senator blasted her way through the budget talks.').length).toBeGreaterThan(0);
  });
});

describe('reporting idiom: the terms somebody put a thing in', () => {
  it('does not count the words of "described X in ... terms" against the author', () => {
    expect(author('Opponents described the merger in bleak, nearly apocalyptic, terms.')).toEqual([]);
  });

  it('still flags the same word as the author’s own verdict', () => {
    expect(author('The merger was nearly apocalyptic for the town.').length).toBeGreaterThan(0);
  });
});

describe('reporting idiom: adverbs of attribution', () => {
  it('does not flag "allegedly" or "reportedly" as the author’s own', () => {
    expect(author('The driver allegedly ran a red light before the crash.')).toEqual([]);
    expect(author('The club reportedly agreed a fee for the striker.')).toEqual([]);
  });

  it('still flags one that casts doubt on a characterisation or belittles', () => {
    expect(author('The inquiry leaned on the allegedly independent notes of a consultant.').length).toBeGreaterThan(0);
    expect(author('The minister has allegedly “shameful” views on the port.').length).toBeGreaterThan(0);
    expect(author('The storm reportedly only flooded twelve houses.').length).toBeGreaterThan(0);
  });

  it('still flags an impersonal "it is widely believed"', () => {
    expect(author('It is widely believed that the club agreed a fee.').length).toBeGreaterThan(0);
  });
});

describe('reporting idiom: an appearance described, a point conceded', () => {
  it('does not flag "what appeared to be" or "as odd as it may seem"', () => {
    expect(author('The pilot then made what appeared to be a signal to the tower.')).toEqual([]);
    expect(author('As odd as it may seem, the ferry company said the timetable had helped it.')).toEqual([]);
  });

  it('still flags the author’s own hedge', () => {
    expect(author('The ferry timetable seems to be the real problem.').length).toBeGreaterThan(0);
  });
});
