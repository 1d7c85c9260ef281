/**
 * An initialism English uses as a common word ("GDP", "DNA", "an SUV") or as page chatter ("FYI.",
 * "VS:") is no actor; an initialism of a body ("NATO", "the FBI") stays one. Issue 16 (page
 * furniture and headline words as actors), found reading briefs of unseen PTC train articles;
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const actorsOf = (text: string) => brief({ text }).actors.map((a) => a.name);

describe('actors: initialisms used as common words', () => {
  it('are not actors', () => {
    expect(actorsOf('GDP rose in May, and DNA tests and an SUV crash made the news. FYI.')).toEqual([]);
    expect(actorsOf('Compare the results from the two engines:\nVS:\nThe HIV rate fell.')).toEqual([]);
  });

  it('leaves the initialisms of bodies as actors', () => {
    expect(actorsOf('NATO met on Monday. The FBI said GDP data was safe.').sort()).toEqual(['FBI', 'NATO']);
  });
});
