/**
 * Rule content/addressee-noun-phrase: the addressee of "told" can be a noun phrase ("the Globe's
 * editorial board", "the committee") with the told clause right after it and no "that"; the
 * content starts where that clause opens. Issue 16, seen reading a PolNeAR dev wire report;
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a noun-phrase addressee of "told"', () => {
  it('leaves an outlet’s programme or board out of what was told', () => {
    expect(claimsOf('Harbor\n\nAnn Moss told the Boston Globe’s editorial board the plan would fail.')).toEqual([
      ['Ann Moss', 'the plan would fail'],
    ]);
    expect(claimsOf('Harbor\n\nDan Ruiz told NPR’s weekly politics program he would run again.')).toEqual([
      ['Dan Ruiz', 'he would run again'],
    ]);
  });

  it('leaves a common-noun addressee out too', () => {
    expect(claimsOf('Harbor\n\nJo Hart told the committee there was no choice.')).toEqual([
      ['Jo Hart', 'there was no choice'],
    ]);
  });

  it('keeps words that open no clause after the nouns', () => {
    expect(claimsOf('Harbor\n\nJo Hart told the committee members were wrong.')).toEqual([
      ['Jo Hart', 'committee members were wrong'],
    ]);
    // (An infinitive after the nouns is what was urged: the content keeps its "to give".)
    const [urged] = claimsOf('Harbor\n\nJo Hart urged the council to give the ferry company a few more days.');
    expect(urged[1]).toMatch(/to give the ferry company a few more days$/);
  });
});
