import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// cue/topic-about: "about" after a verb of saying names the topic, not what was said.
const said = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('cue/topic-about: what someone talks about is no report', () => {
  it('gives no claim for a topic inside a subject or after the verb', () => {
    expect(said('The things the mayor says about farmers are unfair, Tom Hale said.')).toEqual([
      ['Tom Hale', 'The things the mayor says about farmers are unfair'],
    ]);
    expect(said('What the mayor says about farmers matters to the county.')).toEqual([]);
    expect(said('Tom Hale wrote about his years on the farm in a short book.')).toEqual([]);
  });

  it('reads the "that" clause after the topic as the report', () => {
    expect(said('The mayor says about farmers that they work too hard.')).toEqual([
      ['The mayor', 'they work too hard'],
    ]);
    expect(said('Tom Hale claimed about the two of us: that our visit would cause trouble.')).toEqual([
      ['Tom Hale', 'our visit would cause trouble'],
    ]);
  });

  it('reads "about" before an amount as roughly, and a relative "that" as part of the topic', () => {
    expect(said('Officials say about half of the homes were built without permits.')).toEqual([
      ['Officials', 'about half of the homes were built without permits'],
    ]);
    expect(said('The mayor said about 40 farms would close.')).toEqual([['The mayor', 'about 40 farms would close']]);
    expect(said('Tom Hale wrote about the farm rules that were passed in May.')).toEqual([]);
  });
});

describe('an addressee after "to" is whom it was said to, not what', () => {
  it('gives no claim for "wrote to the mayor in 2015 about the pier" or "spoke to him"', () => {
    expect(
      said('Harbor\n\nBen Okafor wrote to the mayor in 2015 about the leaking pier. Ann Lee spoke to him.'),
    ).toEqual([]);
  });

  it('still reads what follows the addressee: a "that" clause, an "-ing" cue, a comma', () => {
    const claims = said(
      "Harbor\n\nBen Okafor wrote to the mayor that the pier was unsafe. Ann Lee wrote to Sen. Cory Hale's office on " +
        'Sept. 22 alleging that the toll was illegal. Mark Dyer said to me, the ferry is late.',
    );
    expect(claims.map((c) => c[0])).toEqual(['Ben Okafor', 'Ann Lee', 'Mark Dyer']);
    expect(claims[0][1]).toBe('the pier was unsafe');
  });
});
