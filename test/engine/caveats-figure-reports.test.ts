/**
 * A hedge, a guess or a booster in a sentence that reports figures weighs the data and is not the
 * author's view (caveats/figure-reports.ts); without a figure, or beside a charged word or a
 * prescription, or with an intensifier that grades ('needlessly'), it stays flagged. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const author = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => `${k.kind}: ${k.text}`);

describe('weak cues in a sentence of figures', () => {
  it('drops a guess, a hedge or a booster about the figures reported', () => {
    expect(
      author('The port handled 4.1 million containers last year, and the figure will probably rise again.'),
    ).toEqual([]);
    expect(author('Ferry fares have apparently gone up by 18 percent since the spring timetable.')).toEqual([]);
    expect(author('Demand for the bonds was extremely strong, at $2.4 billion in bids.')).toEqual([]);
    expect(
      author('Repairs to the bridge are going to be delayed by a $40 million shortfall in the county budget.'),
    ).toEqual([]);
  });

  it('keeps them without a figure, and beside a charged word or a prescription', () => {
    expect(author('The figure will probably rise again next year.')).not.toEqual([]);
    expect(author('The refund form for a $20 rebate is needlessly complex.')).not.toEqual([]);
    expect(author('The council will probably waste another $40 million on this shameful vanity project.')).not.toEqual(
      [],
    );
    expect(
      author('Ferry fares have apparently gone up by 18 percent, and the operator should be ashamed.'),
    ).not.toEqual([]);
  });
});
