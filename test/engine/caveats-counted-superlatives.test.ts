/**
 * "The most" before a plural noun counts things (rule counted-superlatives/count-of-things); before
 * an adjective it ranks by merit and stays the author's. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const opinions = (text: string) =>
  brief({ text })
    .caveats.filter((c) => c.voice === 'author' && c.kind === 'opinion')
    .map((c) => c.text);

describe('counted superlatives', () => {
  it('reads "the most" before a plural noun as a count', () => {
    expect(opinions('The harbour district recorded the most burglaries in the county last year.')).toEqual([]);
    expect(opinions('The ferry line that carried the most passengers won the contract.')).toEqual([]);
  });

  it('keeps a ranking by an adjective, plural head or not, flagged', () => {
    expect(opinions('The harbour master was among the most stubborn officials in the county.')).not.toEqual([]);
    expect(opinions('It was the most reckless budget in years.')).not.toEqual([]);
    expect(opinions('It was the most dangerous crossing of the season.')).not.toEqual([]);
  });
});
