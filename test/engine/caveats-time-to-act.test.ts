/**
 * "It's time" calls to action only when what it is time for is an act (issue 16, news false
 * alarms): "It's time to act", "It's time for the council to act", "It's time we stopped ...";
 * "It is time for the annual budget review" schedules an event. Sentences written for this suite.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const opinions = (text: string) =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && k.kind === 'opinion')
    .map((k) => k.text);

describe('"it is time" as a call to action', () => {
  it('leaves a scheduled event alone ("It is time for the annual budget review")', () => {
    expect(opinions('It is time for the annual budget review.')).toEqual([]);
    expect(opinions('Now it’s time for the harbour regatta, held every June.')).toEqual([]);
  });

  it('still takes a call to act as the author’s', () => {
    expect(opinions('It is time to scrap the ferry levy.')).toEqual([expect.stringContaining('It is time to scrap')]);
    expect(opinions('It’s time for the harbour board to resign.')).toEqual([
      expect.stringContaining('time for the harbour board to resign'),
    ]);
    expect(opinions('It is high time that the board resigned.')).toEqual([expect.stringContaining('time that')]);
    expect(opinions('It is time we stopped subsidising the ferry.')).toEqual([
      expect.stringContaining('time we stopped'),
    ]);
  });
});
