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
