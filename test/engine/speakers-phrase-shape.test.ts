/**
 * What a speaker slot can hold (issue 16): one noun phrase. A slot walked back too far held the end
 * of one clause and the next subject run together ("At the end of the meeting the mayor announced",
 * "seized ammunition the agency says is ..."); the speaker is the phrase the last article opens.
 * Before a noun cue ("Davis made an infamous comment") the subject before the verb still speaks.
 * Made-up articles.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { claimsOf, claimWith } from './claims';

describe('speakers: two phrases run together in the slot', () => {
  it('"At the end of the session the judge announced: Q": the judge speaks', () => {
    const c = claimWith(
      claimsOf('At the end of the session the judge announced: “The court will sit again on Monday.”'),
      'sit again on Monday',
    );
    expect(c.speaker?.name).toBe('the judge');
  });

  it('"seized crates the agency says held rifles": the agency speaks', () => {
    const c = claimWith(
      claimsOf('Customs officers searched the harbor shed on Friday and seized crates the agency says held rifles.'),
      'held rifles',
    );
    expect(c.speaker?.name).toBe('the agency');
  });

  it('"I have yet to meet a harbor pilot who believes S": the pilot, not "meet a harbor pilot"', () => {
    const c = claimWith(
      claimsOf('I have yet to meet a harbor pilot who believes that the new channel is safe at low tide.'),
      'the new channel is safe',
    );
    expect(c.speaker?.name).toBe('a harbor pilot');
  });

  it('a past cue verb the walk took in is not part of the name', () => {
    const c = claimWith(
      claimsOf('“The ferry was sold in May,” said Gazette editor Lena Ortiz added.'),
      'The ferry was sold',
    );
    expect(c.speaker?.name).toBe('Lena Ortiz');
  });

  it('keeps the subject before a noun cue ("Rep. Tom Reyes made an infamous comment about ...")', () => {
    const b = brief({
      text: 'In 2016, Rep. Tom Reyes made an infamous comment about “the ferry question” at a town hall.',
    });
    expect(b.claims.some((c) => c.speaker?.name === 'an infamous')).toBe(false);
  });
});

describe('speakers: a slot with no noun phrase names nobody', () => {
  it('"Following a closed meeting, the board issued a statement calling X Y": no "Following a" speaker', () => {
    const claims = claimsOf(
      'Following a swiftly called, late-night meeting, the harbor board issued a statement calling the strike "a clear breach" of the contract.',
    );
    expect(claims.some((c) => c.speaker?.name.startsWith('Following'))).toBe(false);
  });

  it('a slot opened by a preposition gives a claim with no speaker, and the quotations after it none either', () => {
    const claims = claimsOf(
      'Following the prior’s address are notes from the language groups, including the following:\n“Some houses fear losing their autonomy.”\n“Others want clear rules for electing a prioress.”',
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.speaker).toBeNull();
  });

  it('"From Reuters:" before a name is a credit, not an adverbial', () => {
    const claims = claimsOf('From Reuters: “The port will reopen on Monday.”');
    expect(claims.some((c) => c.speaker === null)).toBe(false);
  });
});
